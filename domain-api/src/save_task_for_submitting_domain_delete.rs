//! `SaveTaskForSubmittingDomainDelete`, Domain 2018-01-29: delete a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savetaskforsubmittingdomaindelete>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Deletes one domain at its registry, in an asynchronous task: the domain is given up before it
/// expires and the time left is not refunded. **It cannot be undone** (at most, the domain may be
/// redeemed at a cost during the registry's grace period), and like every write the client never
/// resends it on its own. Only accounts Alibaba Cloud has put on an allow list may call it; others
/// get an error.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveTaskForSubmittingDomainDelete",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveTaskForSubmittingDomainDelete {
    /// `InstanceId`: the domain's instance id (`S2019...`, from
    /// [`QueryDomainList`](crate::QueryDomainList)); required.
    pub instance_id: String,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
