//! How the code `#[derive(Rpc)]` and `#[derive(RpcParams)]` generate writes a structure's fields:
//! one call with the structure's field table and its values, rather than one generated call per
//! field, so that the derive emits data and the wire work is compiled once, here.

use crate::shape::FieldMeta;

use super::traits::ParamValue;
#[cfg(doc)]
use super::traits::RpcParams;
use super::writer::ParamWriter;

/// A flattened field's value: its own fields, written at the current name by `write`, the
/// field type's [`RpcParams::write_fields`]. The function is named where the value is made, so
/// that a type without `RpcParams` is reported there, on `flatten`, with the same error as the
/// field's other uses (which the compiler then shows once).
pub struct Flattened<'a, T: ?Sized> {
    /// The field.
    pub value: &'a T,
    /// `<T as RpcParams>::write_fields`.
    pub write: fn(&T, &mut ParamWriter),
}

impl<T: ?Sized> ParamValue for Flattened<'_, T> {
    fn write_value(&self, writer: &mut ParamWriter) {
        (self.write)(self.value, writer);
    }
}

/// Writes a derived structure's fields: `values[i]` is the field `fields[i]` describes.
///
/// The client's writer (which keeps pairs in canonical order) takes them in the order
/// `by_name` gives, sorted by wire name, so that each field's pairs land in place without being
/// moved; any other writer, and a structure whose `by_name` is empty (its two orders are one, or
/// a flattened field's names are not known to the derive), takes them as declared. `reserved`
/// marks the fields whose wire names percent-encoding changes (none, usually, and then it is
/// empty): the derive decides it once rather than the writer on every call.
pub fn write_derived(
    writer: &mut ParamWriter,
    fields: &[FieldMeta],
    values: &[&dyn ParamValue],
    by_name: &[u16],
    reserved: &[bool],
) {
    let by_name = if writer.writes_canonically() {
        by_name
    } else {
        &[]
    };
    for position in 0..values.len() {
        let index = by_name
            .get(position)
            .map_or(position, |&index| usize::from(index));
        let (field, value) = (&fields[index], values[index]);
        if field.flatten {
            value.write_value(writer);
        } else if field.body {
            writer.body_field(field.wire_name, value, &field.rules);
        } else if reserved.get(index).copied().unwrap_or(false) {
            writer.field(field.wire_name, value, &field.rules);
        } else {
            writer.declared_field(field.wire_name, value, &field.rules);
        }
    }
}
