//! `QueryContactInfo`, Domain 2018-01-29: one contact of a domain (registrant, administrative,
//! billing or technical).
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querycontactinfo>

use serde_json::{Map, Value};

use super::domain_fields::by_name;
use super::params::{Params, required};
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;

/// The contact types the service knows.
pub(super) const CONTACT_TYPES: [&str; 4] = ["registrant", "admin", "billing", "tech"];

/// Reads `ContactType`, which must be one of [`CONTACT_TYPES`].
pub(super) fn contact_type(params: &Params) -> Result<String, ApiError> {
    let contact_type = required(params, "ContactType")?.trim().to_ascii_lowercase();
    if CONTACT_TYPES.contains(&contact_type.as_str()) {
        Ok(contact_type)
    } else {
        Err(ApiError::illegal(
            "ContactType must be registrant, admin, billing or tech.",
        ))
    }
}

/// Answers the contact's fields at the top level, with `CreateDate` the registration date.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let contact_type = contact_type(params)?;
    let domain = by_name(context.state, params)?;
    let mut fields: Map<String, Value> = domain
        .contact(&contact_type)
        .into_iter()
        .map(|(name, value)| (name, Value::String(value)))
        .collect();
    fields.insert(
        "CreateDate".to_owned(),
        Value::String(format_cst_dash(domain.registration_date_long)),
    );
    Ok(Outcome::read(Value::Object(fields)))
}
