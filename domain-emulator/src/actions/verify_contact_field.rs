//! `VerifyContactField`, Domain 2018-01-29: check contact details before using them.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-verifycontactfield>

use serde_json::json;

use super::change_task::require_domain;
use super::params::{Params, optional};
use super::save_batch_task_for_updating_contact_info_by_new_contact::{
    contact_fields, registrant_type,
};
use super::{Context, Outcome};
use crate::respond::ApiError;

/// Applies the checks a contact change applies (the e-mail address's shape, `RegistrantType`
/// 1 or 2, and `DomainName`, when given, must be in the account) and answers with no fields
/// when they pass, as the service does.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    if let Some(kind) = optional(params, "RegistrantType") {
        registrant_type(kind)?;
    }
    contact_fields(params)?;
    if let Some(domain) = optional(params, "DomainName") {
        require_domain(context, domain.trim())?;
    }
    Ok(Outcome::read(json!({})))
}
