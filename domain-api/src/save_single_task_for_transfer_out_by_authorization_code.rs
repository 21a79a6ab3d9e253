//! `SaveSingleTaskForTransferOutByAuthorizationCode`, Domain 2018-01-29: transfer one domain out
//! with an authorization code.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfortransferoutbyauthorizationcode>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Starts the transfer out of one domain with the authorization code you choose, in an asynchronous
/// task; the gaining registrar then presents that code. Charges nothing here.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForTransferOutByAuthorizationCode",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForTransferOutByAuthorizationCode {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// `AuthorizationCode`: the transfer (EPP) code to set; required.
    pub authorization_code: String,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
