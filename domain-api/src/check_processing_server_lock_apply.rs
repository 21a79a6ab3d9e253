//! `CheckProcessingServerLockApply`, Domain 2018-01-29: whether a registry-lock application for a
//! domain is still being processed.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-checkprocessingserverlockapply>

use serde::Deserialize;

use crate::types::Lang;

/// Tells whether the registry still has an application for a registry lock on the domain in
/// progress: check it before applying again.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "CheckProcessingServerLockApply",
    product = crate::Domain,
    response = CheckProcessingServerLockApplyResponse
)]
#[non_exhaustive]
pub struct CheckProcessingServerLockApply {
    /// `DomainName`: the domain to check. Required.
    pub domain_name: String,
    /// `FeePeriod`: the years of registry lock applied for, 1 to 10. Optional.
    pub fee_period: Option<i32>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// Whether an application is in progress.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CheckProcessingServerLockApplyResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Exists`: whether the registry holds an application for a registry lock on the domain that
    /// is still being processed.
    pub exists: Option<bool>,
}
