//! The DNS host (glue record) actions, Domain 2018-01-29: create, modify, delete or synchronize
//! the hosts registered under a domain, found by its instance id.
//!
//! - `SaveSingleTaskForCreatingDnsHost`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforcreatingdnshost>)
//! - `SaveSingleTaskForModifyingDnsHost`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskformodifyingdnshost>)
//! - `SaveSingleTaskForDeletingDnsHost`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfordeletingdnshost>)
//! - `SaveSingleTaskForSynchronizingDnsHost`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforsynchronizingdnshost>)

use std::net::IpAddr;

use super::change_task::submit_change;
use super::domain_fields::by_instance_id;
use super::params::{Params, repeat_list, required};
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::Change;

/// At most this many addresses per host, as the registries allow.
const MAX_IPS: usize = 13;

/// What a DNS host action does.
#[derive(Debug, Clone, Copy)]
pub(super) enum HostAction {
    Create,
    Modify,
    Delete,
    Synchronize,
}

/// Reads `InstanceId` (which must name a domain of the account), `DnsName` and `Ip.N` as the
/// action needs them, and queues the change; whether the host exists is checked when it runs.
pub(super) fn handle(
    action: HostAction,
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    let domain = by_instance_id(context.state, params)?.domain_name.clone();
    let change = match action {
        HostAction::Synchronize => Change::SyncDnsHosts,
        HostAction::Delete => Change::DeleteDnsHost(host_name(params)?),
        HostAction::Create => Change::CreateDnsHost(host_name(params)?, addresses(params)?),
        HostAction::Modify => Change::UpdateDnsHost(host_name(params)?, addresses(params)?),
    };
    Ok(submit_change(params, vec![domain], &change, context))
}

/// `DnsName`: one label (`ns1`), lowercase.
fn host_name(params: &Params) -> Result<String, ApiError> {
    let name = required(params, "DnsName")?.trim().to_ascii_lowercase();
    let clean = name.len() <= 63
        && !name.starts_with('-')
        && !name.ends_with('-')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if clean {
        Ok(name)
    } else {
        Err(ApiError::invalid(
            "DnsName",
            "One label of letters, digits and inner hyphens is expected, such as ns1.",
        ))
    }
}

/// `Ip.N`: 1 to 13 IPv4 or IPv6 addresses, in their canonical form.
fn addresses(params: &Params) -> Result<Vec<String>, ApiError> {
    repeat_list(params, "Ip", true, MAX_IPS)?
        .iter()
        .map(|ip| {
            ip.parse::<IpAddr>()
                .map(|ip| ip.to_string())
                .map_err(|_| ApiError::invalid("Ip", &format!("{ip:?} is not an IP address.")))
        })
        .collect()
}
