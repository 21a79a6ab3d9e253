//! `CheckIntlFixPriceDomainStatus`, Domain 2018-01-29: the sale status of a fixed-price domain of
//! the international site.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-checkintlfixpricedomainstatus>

use serde::Deserialize;

use crate::module_envelope::ModuleEnvelope;

/// Reads whether a domain offered at a fixed price on the international site (alibabacloud.com) is
/// still for sale, and its price and dates. Only the Tea SDK and the first metadata know this
/// action; its answer is read as the Tea SDK models it.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "CheckIntlFixPriceDomainStatus",
    product = crate::Domain,
    response = ModuleEnvelope<IntlFixPriceDomainStatus>
)]
#[non_exhaustive]
pub struct CheckIntlFixPriceDomainStatus {
    /// `Domain`: the fixed-price domain name to check. Optional.
    pub domain: Option<String>,
}

/// A fixed-price domain offered for sale (`Module`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct IntlFixPriceDomainStatus {
    /// `Domain`: the domain name.
    pub domain: Option<String>,
    /// `Price`: its price, in `Currency`.
    pub price: Option<i64>,
    /// `Currency`: the currency of the price: `RMB` or `USD`.
    pub currency: Option<String>,
    /// `Premium`: whether it is a premium name.
    pub premium: Option<bool>,
    /// `RegDate`: when the name was registered, in milliseconds since the Unix epoch.
    pub reg_date: Option<i64>,
    /// `DeadDate`: when the name expires and must be renewed, in milliseconds since the Unix epoch.
    pub dead_date: Option<i64>,
    /// `EndTime`: when the offer ends, in milliseconds since the Unix epoch.
    pub end_time: Option<i64>,
}
