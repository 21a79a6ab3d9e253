//! `QueryDomainRealTimePrice`, Domain 2018-01-29: live prices of domain operations.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainrealtimeprice>

use serde::Deserialize;
use serde::Serialize;

use crate::module_envelope::ModuleEnvelope;

/// Asks the live price of registering, renewing or transferring domains, several at once. Only the
/// Tea SDK knows this action; its answer is read as the Tea SDK models it.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryDomainRealTimePrice",
    product = crate::Domain,
    response = ModuleEnvelope<RealTimePrices>
)]
#[non_exhaustive]
pub struct QueryDomainRealTimePrice {
    /// `Currency`: the currency to price in, such as `USD`. Required.
    pub currency: String,
    /// `DomainItem`: the operations to price, sent as one JSON list (`[{"Action": …}]`). Required.
    #[rpc(json)]
    pub domain_item: Vec<DomainPriceQuery>,
}

/// The prices asked for (`Module`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RealTimePrices {
    /// `DomainPrices`: one price per operation asked.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub domain_prices: Vec<RealTimePrice>,
}

/// The live price of one operation.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RealTimePrice {
    /// `DomainName`: the domain.
    pub domain_name: Option<String>,
    /// `Action`: the operation priced.
    pub action: Option<String>,
    /// `Period`: the period priced, in years.
    pub period: Option<i32>,
    /// `Avail`: whether the operation is possible, coded as `CheckDomain` codes `Avail`.
    pub avail: Option<i32>,
    /// `Premium`: whether it is a premium name.
    pub premium: Option<bool>,
    /// `Price`: the price, in `Currency`.
    pub price: Option<f64>,
    /// `Currency`: the currency of the price.
    pub currency: Option<String>,
    /// `Reason`: why the operation is not possible, when it is not.
    pub reason: Option<String>,
}

/// One operation to price, an item of `DomainItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DomainPriceQuery {
    /// `Action`: the operation, such as `activate` (a new registration), `renew` or `transfer`.
    /// Required.
    pub action: String,
    /// `DomainName`: the domain. Required.
    pub domain_name: String,
    /// `Period`: the years to price. Optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<i32>,
    /// `Suffix`: the domain's suffix (`com`). Optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
}
