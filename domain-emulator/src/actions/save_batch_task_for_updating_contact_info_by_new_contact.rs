//! `SaveBatchTaskForUpdatingContactInfoByNewContact`, Domain 2018-01-29: set one contact of
//! domains to new details.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforupdatingcontactinfobynewcontact>

use std::collections::BTreeMap;

use super::change_task::submit_change;
use super::params::{Params, optional, optional_boolean, repeat_list, required};
use super::query_contact_info::contact_type;
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::{Change, ContactChange};

/// The contact fields the action takes, with the names QueryContactInfo answers them under.
const CONTACT_FIELDS: [&str; 16] = [
    "RegistrantName",
    "RegistrantOrganization",
    "ZhRegistrantName",
    "ZhRegistrantOrganization",
    "Email",
    "Country",
    "Province",
    "City",
    "Address",
    "ZhProvince",
    "ZhCity",
    "ZhAddress",
    "PostalCode",
    "TelArea",
    "Telephone",
    "TelExt",
];

/// Reads `DomainName.N`, `ContactType`, `RegistrantType`, the contact fields given and
/// `TransferOutProhibited`, and queues one contact change per domain (task type `CHG_HOLDER`
/// for the registrant, `UPDATE_ADMIN_CONTACT` etc. for the others). Domains are checked when
/// the task runs; a domain with the update lock on keeps its contact.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let domains = repeat_list(params, "DomainName", true, 1000)?;
    let contact_type = contact_type(params)?;
    let registrant_type = registrant_type(required(params, "RegistrantType")?)?;
    let fields = contact_fields(params)?;
    let change = ContactChange {
        contact_type,
        registrant_type,
        fields,
        transfer_out_prohibited: optional_boolean(params, "TransferOutProhibited")?,
    };
    let change = Change::Contact(change);
    Ok(submit_change(params, domains, &change, context))
}

/// `RegistrantType`, trimmed: `1` (individual) or `2` (enterprise), else `ParameterIllegal`.
pub(super) fn registrant_type(value: &str) -> Result<String, ApiError> {
    match value.trim() {
        kind @ ("1" | "2") => Ok(kind.to_owned()),
        _ => Err(ApiError::illegal(
            "RegistrantType must be 1 (individual) or 2 (enterprise).",
        )),
    }
}

/// The contact fields given, trimmed, by name; an `Email` that is no e-mail address is refused
/// with `InvalidParameter`.
pub(super) fn contact_fields(params: &Params) -> Result<BTreeMap<String, String>, ApiError> {
    let fields: BTreeMap<String, String> = CONTACT_FIELDS
        .iter()
        .filter_map(|name| {
            optional(params, name).map(|v| ((*name).to_owned(), v.trim().to_owned()))
        })
        .collect();
    if let Some(email) = fields.get("Email")
        && !is_email(email)
    {
        return Err(ApiError::invalid(
            "Email",
            &format!("{email:?} is not an e-mail address."),
        ));
    }
    Ok(fields)
}

/// `local@domain.tld`, roughly: one `@`, something before it, a dot after it.
fn is_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, host)) => {
            !local.is_empty()
                && !host.contains('@')
                && host.split('.').count() >= 2
                && host.split('.').all(|label| !label.is_empty())
                && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_addresses_need_a_local_part_and_a_dotted_host() {
        assert!(is_email("owner@example.com"));
        assert!(!is_email("owner@example"));
        assert!(!is_email("@example.com"));
        assert!(!is_email("a@b@example.com"));
        assert!(!is_email("own er@example.com"));
    }
}
