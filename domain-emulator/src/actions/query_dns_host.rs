//! `QueryDnsHost`, Domain 2018-01-29: the DNS hosts (glue records) registered under a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydnshost>

use serde_json::{Value, json};

use super::domain_fields::by_instance_id;
use super::params::Params;
use super::{Context, Outcome};
use crate::respond::ApiError;

/// The hosts of the domain `InstanceId` names, by name; `DomainNotExist` for an unknown one.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let domain = by_instance_id(context.state, params)?;
    let hosts: Vec<Value> = domain
        .dns_hosts
        .iter()
        .map(|(name, ips)| json!({ "DnsName": name, "IpList": ips }))
        .collect();
    Ok(Outcome::read(json!({ "DnsHostList": hosts })))
}
