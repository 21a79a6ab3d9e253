//! `SaveSingleTaskForDeletingDnsHost`, Domain 2018-01-29: remove a DNS host of a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfordeletingdnshost>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Removes a DNS host registered under one domain, in an asynchronous task. The registry refuses
/// while any domain still uses the host as a name server. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForDeletingDnsHost",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForDeletingDnsHost {
    /// `InstanceId`: the domain's instance id (`S2019...`, from
    /// [`QueryDomainList`](crate::QueryDomainList)); required.
    pub instance_id: String,
    /// `DnsName`: the host's label under the domain (`ns1`); required.
    pub dns_name: String,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
