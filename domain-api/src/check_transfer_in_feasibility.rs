//! `CheckTransferInFeasibility`, Domain 2018-01-29: whether a domain can be transferred in.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-checktransferinfeasibility>

use serde::Deserialize;

use crate::types::Lang;

/// Checks whether a domain held at another registrar can be transferred to Alibaba Cloud,
/// optionally with its authorization code, before ordering the transfer. When it cannot,
/// `CanTransfer` is false and `Code` and `Message` say why; this answer arrives as a success (the
/// response declares `Code`, so the client reads it as part of the answer, not as an error).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "CheckTransferInFeasibility",
    product = crate::Domain,
    response = CheckTransferInFeasibilityResponse
)]
#[non_exhaustive]
pub struct CheckTransferInFeasibility {
    /// `DomainName`: the domain to check. Required.
    pub domain_name: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `TransferAuthorizationCode`: the domain's authorization code (EPP code) from its current
    /// registrar, to have it checked too. Optional.
    pub transfer_authorization_code: Option<String>,
}

/// Whether the transfer can go ahead.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CheckTransferInFeasibilityResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `CanTransfer`: whether the domain can be transferred in.
    pub can_transfer: Option<bool>,
    /// `Code`: why not, as a code (`CheckTransferResult.DomainTransferProhibited`); absent when it
    /// can.
    pub code: Option<String>,
    /// `Message`: why not, in words.
    pub message: Option<String>,
    /// `ProductId`: the domain product the transfer would be.
    pub product_id: Option<String>,
}
