//! `SaveBatchTaskForModifyingDomainDns`, Domain 2018-01-29: change the name servers of domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskformodifyingdomaindns>

use aliyun_rpc::{ParamWriter, Problem};

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Changes the name servers (the DNS delegation at the registry) of up to 1,000 domains in one
/// asynchronous task; read each domain's outcome with `QueryTaskDetailList` (task type
/// `CHG_DNS`).
///
/// Either hands the domains back to Alibaba Cloud DNS ([`to_aliyun_dns`](Self::to_aliyun_dns))
/// or delegates them to up to 13 name servers of your own
/// ([`to_name_servers`](Self::to_name_servers)). Changing a delegation twice gives the same
/// result, but the action is not declared idempotent: a resent request queues a second task.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SaveBatchTaskForModifyingDomainDns", product = crate::Domain, response = TaskSubmittedResponse, validate = check_name_servers)]
pub struct SaveBatchTaskForModifyingDomainDns {
    /// `DomainName.N`: the domains to change.
    #[rpc(min_len = 1, max_len = 1000)]
    domain_name: Vec<String>,
    /// `AliyunDns`: `true` to use Alibaba Cloud DNS's own name servers, `false` to use
    /// `DomainNameServer`.
    aliyun_dns: bool,
    /// `DomainNameServer.N`: the name servers, when `AliyunDns` is `false`.
    #[rpc(max_len = 13)]
    domain_name_server: Option<Vec<String>>,
    /// `UserClientIp`: the end user's IP address.
    user_client_ip: Option<String>,
    /// `Lang`: the language of error messages.
    lang: Option<Lang>,
}

impl SaveBatchTaskForModifyingDomainDns {
    /// Delegates `domains` to `name_servers` (2 to 13 host names).
    pub fn to_name_servers<D, S>(
        domains: impl IntoIterator<Item = D>,
        name_servers: impl IntoIterator<Item = S>,
    ) -> Self
    where
        D: Into<String>,
        S: Into<String>,
    {
        Self::new(domains, false).with_domain_name_server(name_servers)
    }

    /// Hands `domains` back to Alibaba Cloud DNS's name servers.
    pub fn to_aliyun_dns<D: Into<String>>(domains: impl IntoIterator<Item = D>) -> Self {
        Self::new(domains, true)
    }

    /// The domains the task changes.
    pub fn domain_names(&self) -> &[String] {
        &self.domain_name
    }
}

/// Own name servers need at least two (a registry's minimum for a delegation), each non-empty;
/// with Alibaba Cloud DNS none may be given.
fn check_name_servers(request: &SaveBatchTaskForModifyingDomainDns, writer: &mut ParamWriter) {
    let servers = request.domain_name_server.as_deref().unwrap_or_default();
    if request.aliyun_dns {
        if !servers.is_empty() {
            writer.reject(Problem::Invalid(
                "gives `DomainNameServer` with `AliyunDns=true`, which uses Alibaba's own".into(),
            ));
        }
    } else if servers.len() < 2 {
        writer.reject(Problem::Invalid(
            "needs at least two `DomainNameServer` entries when `AliyunDns` is false".into(),
        ));
    }
    if servers.iter().any(|s| s.trim().is_empty()) {
        writer.reject(Problem::Invalid("has an empty `DomainNameServer`".into()));
    }
    if request.domain_name.iter().any(|d| d.trim().is_empty()) {
        writer.reject(Problem::Invalid("has an empty `DomainName`".into()));
    }
}

// A resent change queues a second task, so the client must not resend it on its own.
const _: () = assert!(!<SaveBatchTaskForModifyingDomainDns as aliyun_rpc::RpcAction>::IDEMPOTENT);

#[cfg(test)]
mod tests {
    use super::*;
    use aliyun_rpc::RpcAction;

    /// The query the request becomes, `Name=value` joined by `&`, or how many problems stop it.
    fn wire(request: &SaveBatchTaskForModifyingDomainDns) -> Result<String, usize> {
        let mut writer = ParamWriter::new();
        request.write_params(&mut writer);
        match writer.finish() {
            Err(problems) => Err(problems.len()),
            Ok(params) => Ok(params
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect::<Vec<_>>()
                .join("&")),
        }
    }

    #[test]
    fn domains_and_name_servers_flatten_to_numbered_lists() {
        let request = SaveBatchTaskForModifyingDomainDns::to_name_servers(
            ["a.com", "b.net"],
            ["ns1.example.org", "ns2.example.org"],
        );
        assert_eq!(
            wire(&request),
            Ok("DomainName.1=a.com&DomainName.2=b.net&AliyunDns=false\
                &DomainNameServer.1=ns1.example.org&DomainNameServer.2=ns2.example.org"
                .to_owned())
        );
        let aliyun = SaveBatchTaskForModifyingDomainDns::to_aliyun_dns(["a.com"]);
        assert_eq!(
            wire(&aliyun),
            Ok("DomainName.1=a.com&AliyunDns=true".to_owned())
        );
    }

    #[test]
    fn too_few_name_servers_and_empty_lists_are_refused_before_sending() {
        let one =
            SaveBatchTaskForModifyingDomainDns::to_name_servers(["a.com"], ["ns1.example.org"]);
        assert_eq!(wire(&one), Err(1));
        let none = SaveBatchTaskForModifyingDomainDns::to_aliyun_dns(Vec::<String>::new());
        assert_eq!(wire(&none), Err(1));
        let blank =
            SaveBatchTaskForModifyingDomainDns::to_name_servers(["a.com"], ["ns1.x.org", " "]);
        assert_eq!(wire(&blank), Err(1));
    }
}
