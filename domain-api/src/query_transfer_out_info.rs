//! `QueryTransferOutInfo`, Domain 2018-01-29: the transfer out of a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytransferoutinfo>

use serde::Deserialize;

use crate::types::Lang;

/// Reads where the transfer of a domain away from Alibaba Cloud to another registrar stands: when
/// the authorization code was sent and how the transfer ended.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryTransferOutInfo",
    product = crate::Domain,
    response = QueryTransferOutInfoResponse
)]
#[non_exhaustive]
pub struct QueryTransferOutInfo {
    /// `DomainName`: the domain. Required.
    pub domain_name: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// The transfer out.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryTransferOutInfoResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Status`: the stage, as the service numbers it (`8` ended, and others).
    pub status: Option<i32>,
    /// `Email`: the address the authorization code was sent to.
    pub email: Option<String>,
    /// `TransferAuthorizationCodeSendDate`: when the authorization code was sent.
    pub transfer_authorization_code_send_date: Option<String>,
    /// `PendingRequestDate`: when the other registrar asked for the domain.
    pub pending_request_date: Option<String>,
    /// `ExpirationDate`: when the transfer lapses if not completed.
    pub expiration_date: Option<String>,
    /// `ResultCode`: how the transfer ended, as a code (`clientRejected`).
    pub result_code: Option<String>,
    /// `ResultMsg`: how the transfer ended, in words.
    pub result_msg: Option<String>,
}
