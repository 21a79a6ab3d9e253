//! `CheckDomain`, Domain 2018-01-29: whether a domain can be registered, and at what price.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-checkdomain>

use serde::Deserialize;

use crate::types::Lang;

/// Checks whether a domain name is free to register and what it costs: the first call before
/// ordering a new domain. `Avail` says whether it can be registered, `Premium` and `Price` whether
/// it is a premium name and its price.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "CheckDomain", product = crate::Domain, response = CheckDomainResponse)]
#[non_exhaustive]
pub struct CheckDomain {
    /// `DomainName`: the domain name to check, such as `example.com`. Required.
    pub domain_name: String,
    /// `FeeCommand`: the operation to price: `create` (a new registration), `renew`, `transfer` (a
    /// transfer in) or `restore` (a redemption). Optional.
    pub fee_command: Option<String>,
    /// `FeeCurrency`: the currency of the price; the service documents `USD`. Optional.
    pub fee_currency: Option<String>,
    /// `FeePeriod`: the years to price, 1 to 10. Optional.
    pub fee_period: Option<i32>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}

/// Whether the domain can be registered, and its prices.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CheckDomainResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `DomainName`: the domain checked.
    pub domain_name: Option<String>,
    /// `Avail`: whether it can be registered: `1` yes, `3` pre-registration, `4` can be reserved
    /// for when it is deleted, `0` no, `-1` the check failed, `-2` registration suspended, `-3`
    /// blacklisted.
    pub avail: Option<String>,
    /// `Premium`: whether the name is a premium name, priced above the suffix's usual price: the
    /// text `true` or `false`.
    pub premium: Option<String>,
    /// `Price`: the registration price of a premium name.
    pub price: Option<i64>,
    /// `DynamicCheck`: whether the price was asked of the registry just now rather than read from a
    /// price list.
    pub dynamic_check: Option<bool>,
    /// `Reason`: why the name cannot be registered, in the registry's words (each registry words it
    /// its own way).
    pub reason: Option<String>,
    /// `StaticPriceInfo`: the listed prices, each for one operation and period
    /// (`StaticPriceInfo.PriceInfo[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub static_price_info: Vec<DomainPrice>,
}

/// One listed price of `CheckDomain`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DomainPrice {
    /// `action`: the operation priced, such as `activate` (a new registration).
    #[serde(rename = "action", default)]
    pub action: Option<String>,
    /// `money`: the price, in yuan.
    #[serde(rename = "money", default)]
    pub money: Option<f64>,
    /// `period`: the period priced, in months.
    #[serde(rename = "period", default)]
    pub period: Option<i64>,
}
