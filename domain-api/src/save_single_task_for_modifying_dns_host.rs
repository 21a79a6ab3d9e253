//! `SaveSingleTaskForModifyingDnsHost`, Domain 2018-01-29: change the addresses of a DNS host.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskformodifyingdnshost>

use crate::dns_host::DnsHost;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Replaces the addresses of a DNS host registered under one domain, in an asynchronous task.
/// Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForModifyingDnsHost",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForModifyingDnsHost {
    /// `InstanceId`: the domain's instance id (`S2019...`, from
    /// [`QueryDomainList`](crate::QueryDomainList)); required.
    pub instance_id: String,
    /// The host (`DnsName`) and its new addresses (`Ip.N`, 1 to 13), both required, sent without a
    /// prefix.
    #[rpc(flatten)]
    pub host: DnsHost,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
