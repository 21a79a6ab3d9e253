//! Domain `CheckDomain`: whether a name can be registered, and at what price.

use aliyun_rpc::Rpc;
use serde::Deserialize;

/// Asks whether `domain_name` is free to register.
#[derive(Debug, Clone, Rpc)]
#[rpc(action = "CheckDomain", product = crate::Domain, response = CheckDomainResponse)]
pub struct CheckDomain {
    /// The name to check (`example.com`).
    pub domain_name: String,
    /// `create`, `renew`, `transfer` or `restore`: which price to quote.
    pub fee_command: Option<String>,
    /// `CNY` or `USD`.
    pub fee_currency: Option<String>,
    /// Years to quote for.
    #[rpc(min = 1, max = 10)]
    pub fee_period: Option<i32>,
    /// `zh` or `en`.
    pub lang: Option<String>,
}

/// The answer to [`CheckDomain`].
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckDomainResponse {
    /// The request's id.
    pub request_id: String,
    /// The name checked.
    pub domain_name: Option<String>,
    /// `1` when the name can be registered.
    pub avail: Option<String>,
    /// Whether the name is premium-priced.
    pub premium: Option<String>,
    /// Why it cannot be registered.
    pub reason: Option<String>,
    /// The quoted price.
    pub price: Option<i64>,
}
