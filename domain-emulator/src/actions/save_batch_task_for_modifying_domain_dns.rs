//! `SaveBatchTaskForModifyingDomainDns`, Domain 2018-01-29: change the name servers of domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskformodifyingdomaindns>

use super::change_task::submit_change;
use super::params::{Params, boolean, repeat_list, required};
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::{ALIYUN_DNS_SERVERS, Change};

/// At most this many domains per task, as the metadata says.
const MAX_DOMAINS: usize = 1000;
/// At most this many name servers, as the metadata says.
const MAX_NAME_SERVERS: usize = 13;
/// Registries want at least two name servers for a delegation (the emulator's rule).
const MIN_NAME_SERVERS: usize = 2;

/// Reads `AliyunDns`, `DomainName.N` and, unless `AliyunDns` is true, `DomainNameServer.N`, and
/// queues one name-server change per domain. `AliyunDns=true` puts Alibaba Cloud DNS's own
/// servers back. Domains are checked when the task executes, as for a batch renewal.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let aliyun_dns = boolean("AliyunDns", required(params, "AliyunDns")?)?;
    let domains = repeat_list(params, "DomainName", true, MAX_DOMAINS)?;
    let given = repeat_list(params, "DomainNameServer", false, MAX_NAME_SERVERS)?;
    let servers = if aliyun_dns {
        ALIYUN_DNS_SERVERS.map(str::to_owned).to_vec()
    } else {
        if given.is_empty() {
            return Err(ApiError::missing("DomainNameServer"));
        }
        if given.len() < MIN_NAME_SERVERS {
            return Err(ApiError::illegal(&format!(
                "DomainNameServer needs at least {MIN_NAME_SERVERS} name servers."
            )));
        }
        if let Some(bad) = given.iter().find(|s| !is_host_name(s)) {
            return Err(ApiError::invalid(
                "DomainNameServer",
                &format!("{bad:?} is not a host name."),
            ));
        }
        given.iter().map(|s| s.to_ascii_lowercase()).collect()
    };
    let change = Change::NameServers(servers);
    Ok(submit_change(params, domains, &change, context))
}

/// Dot-separated labels of letters, digits and inner hyphens, at least two of them.
fn is_host_name(name: &str) -> bool {
    let name = name.strip_suffix('.').unwrap_or(name);
    name.len() <= 253
        && name.split('.').count() >= 2
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names_need_two_clean_labels() {
        assert!(is_host_name("ns1.example.net"));
        assert!(is_host_name("NS1.Example.NET."));
        assert!(!is_host_name("localhost"));
        assert!(!is_host_name("ns1..example.net"));
        assert!(!is_host_name("-ns.example.net"));
        assert!(!is_host_name("ns 1.example.net"));
    }
}
