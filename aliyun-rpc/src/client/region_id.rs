//! The `RegionId` parameter, filled from the client's region when an action takes one and
//! leaves it unset.

use crate::endpoints::REGION_ID;
use crate::params::ParamWriter;
use crate::rules::Rules;
use crate::shape::FieldMeta;

/// Whether an action with these fields takes `RegionId` for the client to fill: a top-level
/// field of that wire name, declared `Option`. (A required one is always written by the
/// action, and one inside a structure belongs to that structure.)
pub(super) fn takes_region_id(fields: &[FieldMeta]) -> bool {
    fields
        .iter()
        .any(|field| field.wire_name == REGION_ID && !field.flatten && !field.required())
}

/// Writes `RegionId` = `region` unless the action has written it.
pub(super) fn fill_region_id(writer: &mut ParamWriter, region: &str) {
    if !writer.has_written(REGION_ID) {
        writer.field(REGION_ID, region, &Rules::NONE);
    }
}
