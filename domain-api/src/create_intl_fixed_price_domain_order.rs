//! `CreateIntlFixedPriceDomainOrder`, Domain 2018-01-29: order a fixed-price domain on the
//! international site.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-createintlfixedpricedomainorder>

use serde::Deserialize;

use crate::module_envelope::ModuleEnvelope;

/// Orders a domain that the international site sells at a fixed price. **It costs money**: with
/// `AutoPay` the account is charged at once, otherwise the answer gives a payment link. The newest
/// metadata and the SDKs know this action, but only the Tea SDK says anything of its parameters
/// (`AutoPay`), and none marks any of them required; it is not idempotent, so the client never
/// resends it after an ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "CreateIntlFixedPriceDomainOrder", product = crate::Domain, response = CreateIntlFixedPriceDomainOrderResponse)]
#[non_exhaustive]
pub struct CreateIntlFixedPriceDomainOrder {
    /// `Domain`: the domain name to order. Optional.
    pub domain: Option<String>,
    /// `ContactId`: the contact to register the domain with; undocumented, but by its name the
    /// number of a registrant profile, as `QueryRegistrantProfiles` gives it. Optional.
    pub contact_id: Option<i64>,
    /// `ExpectedPrice`: the price you expect to pay, as the fixed-price listing shows it (its unit
    /// is undocumented). Optional.
    pub expected_price: Option<i64>,
    /// `AutoPay`: `true` to pay from the account at once, `false` (the default) to pay through the
    /// answer's link. Optional.
    pub auto_pay: Option<bool>,
    /// `ProductType`: a product kind that only the Tea SDK knows, undocumented. Optional.
    pub product_type: Option<i32>,
}

/// The response: the back end's envelope around the order placed (`Module`).
pub type CreateIntlFixedPriceDomainOrderResponse = ModuleEnvelope<FixedPriceDomainOrder>;

/// One fixed-price order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct FixedPriceDomainOrder {
    /// `Domain`: the domain ordered.
    pub domain: Option<String>,
    /// `OrderNo`: the order's number.
    pub order_no: Option<String>,
    /// `PayPrice`: the price charged, in the unit of `ExpectedPrice`.
    pub pay_price: Option<i64>,
    /// `PayUrl`: where to pay, when the order was not paid at once.
    pub pay_url: Option<String>,
}

// An order costs money: the client must never resend it on its own.
const _: () = assert!(!<CreateIntlFixedPriceDomainOrder as aliyun_rpc::RpcAction>::IDEMPOTENT);

#[cfg(test)]
mod tests {
    use super::*;

    // The response metadata has no example of this action; these bodies follow the Tea SDK's
    // model of the answer, in both formats.
    #[test]
    fn the_order_is_read_from_json_and_xml() {
        let json = br#"{"RequestId": "R-1", "Module": {"Domain": "example.com",
            "OrderNo": "210001", "PayPrice": 1200, "PayUrl": "https://pay.example/210001"}}"#;
        let xml = b"<CreateIntlFixedPriceDomainOrderResponse><RequestId>R-1</RequestId>            <Module><Domain>example.com</Domain><OrderNo>210001</OrderNo>            <PayPrice>1200</PayPrice><PayUrl>https://pay.example/210001</PayUrl></Module>            </CreateIntlFixedPriceDomainOrderResponse>";
        for body in [&json[..], &xml[..]] {
            let answer = aliyun_rpc::decode_response::<CreateIntlFixedPriceDomainOrder>(200, body)
                .expect("decodes");
            assert_eq!(answer.request_id, "R-1");
            let order = answer.module.expect("an order");
            assert_eq!(order.domain.as_deref(), Some("example.com"));
            assert_eq!(order.order_no.as_deref(), Some("210001"));
            assert_eq!(order.pay_price, Some(1200));
            assert_eq!(order.pay_url.as_deref(), Some("https://pay.example/210001"));
        }
    }
}
