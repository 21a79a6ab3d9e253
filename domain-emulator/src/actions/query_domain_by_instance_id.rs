//! `QueryDomainByInstanceId`, Domain 2018-01-29: one domain's details, found by its instance id.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainbyinstanceid>

use super::params::{Params, required};
use super::query_domain_by_domain_name::details;
use super::{Context, Outcome};
use crate::respond::ApiError;

/// Answers the fields of `QueryDomainByDomainName` but `Registrar`, which this action's
/// response does not have (the official SDK's model lacks it), or `DomainNotExist`.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let instance_id = required(params, "InstanceId")?.trim();
    let domain = context
        .state
        .domains
        .iter()
        .find(|d| d.instance_id == instance_id)
        .ok_or_else(|| ApiError::new(400, "DomainNotExist", "The domain does not exist."))?;
    let mut outcome = details(domain, context.now_ms);
    outcome.fields.remove("Registrar");
    Ok(outcome)
}
