//! `SaveSingleTaskForCreatingDnsHost`, Domain 2018-01-29: register a DNS host (glue record) under a
//! domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforcreatingdnshost>

use crate::dns_host::DnsHost;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Registers a DNS host under one domain (`ns1.example.com` and its addresses) at the registry, in
/// an asynchronous task, so that the host can then serve as a name server for this or other
/// domains. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForCreatingDnsHost",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForCreatingDnsHost {
    /// `InstanceId`: the domain's instance id (`S2019...`, from
    /// [`QueryDomainList`](crate::QueryDomainList)); required.
    pub instance_id: String,
    /// The host (`DnsName`) and its addresses (`Ip.N`, 1 to 13), both required, sent without a
    /// prefix.
    #[rpc(flatten)]
    pub host: DnsHost,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
