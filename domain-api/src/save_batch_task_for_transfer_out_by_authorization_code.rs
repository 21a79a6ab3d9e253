//! `SaveBatchTaskForTransferOutByAuthorizationCode`, Domain 2018-01-29: transfer several domains
//! out with authorization codes.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskfortransferoutbyauthorizationcode>

use crate::task_submitted::TaskSubmittedResponse;

/// Starts the transfer out of up to 100 domains, each with the authorization code you choose for
/// it, in one asynchronous task; the gaining registrar then presents that code. Charges nothing
/// here (the gaining registrar charges for the transfer).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForTransferOutByAuthorizationCode",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveBatchTaskForTransferOutByAuthorizationCode {
    /// `TransferOutParamList.N.*`: the domains and their codes, 1 to 100; required.
    #[rpc(min_len = 1, max_len = 100)]
    pub transfer_out_param_list: Vec<TransferOutParam>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
}

/// One domain to transfer out, sent as `TransferOutParamList.N.*`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct TransferOutParam {
    /// `DomainName`: the domain to transfer out; optional in the metadata, but an entry without it
    /// transfers nothing.
    pub domain_name: Option<String>,
    /// `AuthorizationCode`: the transfer (EPP) code to set for it; optional.
    pub authorization_code: Option<String>,
}
