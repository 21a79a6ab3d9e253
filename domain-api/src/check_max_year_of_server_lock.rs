//! `CheckMaxYearOfServerLock`, Domain 2018-01-29: the most years a registry lock can be bought or
//! renewed for.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-checkmaxyearofserverlock>

use serde::Deserialize;

use crate::types::Lang;

/// Reads how many years of registry lock (the server lock kept at the registry, above the
/// registrar's own locks) a domain can still be given by a purchase or a renewal.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "CheckMaxYearOfServerLock",
    product = crate::Domain,
    response = CheckMaxYearOfServerLockResponse
)]
#[non_exhaustive]
pub struct CheckMaxYearOfServerLock {
    /// `DomainName`: the domain to check. Required.
    pub domain_name: String,
    /// `CheckAction`: the purchase to check: `activate` (a new registry lock) or `renew`. Required.
    pub check_action: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// The longest registry lock on offer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CheckMaxYearOfServerLockResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `MaxYear`: the most years that can be bought, in years.
    pub max_year: Option<i32>,
}
