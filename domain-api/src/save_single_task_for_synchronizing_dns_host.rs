//! `SaveSingleTaskForSynchronizingDnsHost`, Domain 2018-01-29: read a domain's DNS hosts back from
//! its registry.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforsynchronizingdnshost>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Reads the DNS hosts of one domain back from its registry, in an asynchronous task, so that what
/// `QueryDnsHost` shows matches the registry. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForSynchronizingDnsHost",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForSynchronizingDnsHost {
    /// `InstanceId`: the domain's instance id (`S2019...`, from
    /// [`QueryDomainList`](crate::QueryDomainList)); required.
    pub instance_id: String,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
