//! `QueryDomainByInstanceId`, Domain 2018-01-29: one domain's details, found by its instance id.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainbyinstanceid>

use super::domain_fields::by_instance_id;
use super::params::Params;
use super::query_domain_by_domain_name::details;
use super::{Context, Outcome};
use crate::respond::ApiError;

/// Answers the fields of `QueryDomainByDomainName` but `Registrar`, which this action's
/// response does not have (the official SDK's model lacks it), or `DomainNotExist`.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let domain = by_instance_id(context.state, params)?;
    let mut outcome = details(domain, context.now_ms);
    outcome.fields.remove("Registrar");
    Ok(outcome)
}
