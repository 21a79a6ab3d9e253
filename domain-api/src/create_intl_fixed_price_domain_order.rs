//! `CreateIntlFixedPriceDomainOrder`, Domain 2018-01-29: order a fixed-price domain on the
//! international site.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-createintlfixedpricedomainorder>

use serde::Deserialize;

/// Orders a domain sold at a fixed price on the international site (a premium or aftermarket name
/// with a set price). **It costs money**: with `AutoPay` the account is charged at once, otherwise
/// the answer gives a payment link. `ExpectedPrice` guards against a price that changed since you
/// looked. Only the Tea SDK and the newest metadata know this action, and neither documents its
/// parameters beyond their names; it is never resent by the client.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "CreateIntlFixedPriceDomainOrder", product = crate::Domain, response = CreateIntlFixedPriceDomainOrderResponse)]
#[non_exhaustive]
pub struct CreateIntlFixedPriceDomainOrder {
    /// `Domain`: the domain name to order. Optional.
    pub domain: Option<String>,
    /// `ContactId`: the registrant profile (contact template) to register it with, as
    /// `QueryRegistrantProfiles` gives it. Optional.
    pub contact_id: Option<i64>,
    /// `ExpectedPrice`: the price you expect to pay, in the smallest unit of the currency
    /// (undocumented; the order should fail rather than charge another price). Optional.
    pub expected_price: Option<i64>,
    /// `AutoPay`: `true` to pay from the account at once, `false` (the default) to pay through the
    /// answer's link. Optional.
    pub auto_pay: Option<bool>,
    /// `ProductType`: an undocumented product kind, known only to the Tea SDK. Optional.
    pub product_type: Option<i32>,
}

/// The response: the order placed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CreateIntlFixedPriceDomainOrderResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `Module`: the order, when one was placed.
    #[serde(default)]
    pub module: Option<FixedPriceDomainOrder>,
}

/// One fixed-price order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct FixedPriceDomainOrder {
    /// `Domain`: the domain ordered.
    #[serde(default)]
    pub domain: Option<String>,
    /// `OrderNo`: the order's number.
    #[serde(default)]
    pub order_no: Option<String>,
    /// `PayPrice`: the price charged, in the unit of `ExpectedPrice`.
    #[serde(default)]
    pub pay_price: Option<i64>,
    /// `PayUrl`: where to pay, when the order was not paid at once.
    #[serde(default)]
    pub pay_url: Option<String>,
}
