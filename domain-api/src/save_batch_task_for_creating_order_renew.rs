//! `SaveBatchTaskForCreatingOrderRenew`, Domain 2018-01-29: submit a batch renewal task.
//! <https://www.alibabacloud.com/help/doc-detail/67723.htm>

use std::collections::HashSet;

use aliyun_rpc::{ParamWriter, Problem};
use serde::Deserialize;

use crate::domain_name::domain_key;
use crate::types::Lang;

/// Renews several domains in one asynchronous task; read each domain's outcome with
/// `QueryTaskDetailList`.
///
/// **A renewal costs money and has no idempotency token**: the client never resends it after an
/// ambiguous failure. Build it with [`SaveBatchTaskForCreatingOrderRenew::new`]; before anything
/// is sent the client checks that there are 1 to 1,000 entries, each domain appears once, each
/// duration is 1 to 10 years, and a coupon or promotion flag comes with its number.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForCreatingOrderRenew",
    product = crate::Domain,
    response = SaveBatchTaskForCreatingOrderRenewResponse,
    validate = check_batch
)]
pub struct SaveBatchTaskForCreatingOrderRenew {
    /// The domains to renew, sent as `OrderRenewParam.N.*`.
    #[rpc(min_len = 1, max_len = 1000)]
    order_renew_param: Vec<OrderRenewParam>,
    /// `UserClientIp`: the end user's IP address; the service suggests `127.0.0.1`.
    user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`zh` or `en`, default `en`).
    lang: Option<Lang>,
    /// `CouponNo`: the voucher to pay with.
    coupon_no: Option<String>,
    /// `UseCoupon`: whether to pay with the voucher `CouponNo`.
    use_coupon: Option<bool>,
    /// `PromotionNo`: the promotion to apply.
    promotion_no: Option<String>,
    /// `UsePromotion`: whether to apply the promotion `PromotionNo`.
    use_promotion: Option<bool>,
}

/// One domain of a batch renewal, sent as `OrderRenewParam.N.*`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
pub struct OrderRenewParam {
    /// `DomainName`: the domain to renew (list them with `QueryDomainList`).
    #[rpc(non_empty, max_len = 253)]
    domain_name: String,
    /// `SubscriptionDuration`: years to add, 1 to 10.
    #[rpc(min = 1, max = 10)]
    subscription_duration: u32,
    /// `CurrentExpirationDate`: the domain's current expiration, in milliseconds since the Unix
    /// epoch (UTC): `ExpirationDateLong` from `QueryDomainList`.
    #[rpc(min = 0, max = 9_007_199_254_740_991)]
    current_expiration_date: i64,
    /// `PermitPremiumRenew`: allow renewing a premium domain at its premium price.
    permit_premium_renew: Option<bool>,
}

impl OrderRenewParam {
    /// Allows the renewal of a premium domain at its premium price.
    pub fn permit_premium_renew(self) -> OrderRenewParam {
        self.with_permit_premium_renew(true)
    }

    /// The domain to renew.
    pub fn domain_name(&self) -> &str {
        &self.domain_name
    }

    /// The years to add.
    pub fn subscription_duration(&self) -> u32 {
        self.subscription_duration
    }

    /// The domain's current expiration, in milliseconds since the Unix epoch.
    pub fn current_expiration_date(&self) -> i64 {
        self.current_expiration_date
    }
}

impl SaveBatchTaskForCreatingOrderRenew {
    /// Pays with the voucher `coupon_no` (sets `UseCoupon=true` and `CouponNo`).
    pub fn with_coupon(self, coupon_no: impl Into<String>) -> SaveBatchTaskForCreatingOrderRenew {
        self.with_coupon_no(coupon_no).with_use_coupon(true)
    }

    /// Applies the promotion `promotion_no` (sets `UsePromotion=true` and `PromotionNo`).
    pub fn with_promotion(
        self,
        promotion_no: impl Into<String>,
    ) -> SaveBatchTaskForCreatingOrderRenew {
        self.with_promotion_no(promotion_no)
            .with_use_promotion(true)
    }

    /// The domains to renew.
    pub fn entries(&self) -> &[OrderRenewParam] {
        &self.order_renew_param
    }

    /// The voucher, if one is used.
    pub fn coupon_no(&self) -> Option<&str> {
        self.coupon_no.as_deref()
    }

    /// The promotion, if one is applied.
    pub fn promotion_no(&self) -> Option<&str> {
        self.promotion_no.as_deref()
    }
}

// A paid order must never be declared idempotent: the client would then resend it after an
// ambiguous failure. Checked when the crate compiles.
const _: () = assert!(!<SaveBatchTaskForCreatingOrderRenew as aliyun_rpc::RpcAction>::IDEMPOTENT);

/// The rules that span fields: one entry per domain, as the service compares names (two entries
/// for one domain, even spelled differently, would renew it twice), and a voucher or promotion flag only with its number.
fn check_batch(request: &SaveBatchTaskForCreatingOrderRenew, writer: &mut ParamWriter) {
    let mut seen: HashSet<String, foldhash::fast::RandomState> =
        HashSet::with_capacity_and_hasher(request.order_renew_param.len(), Default::default());
    for entry in &request.order_renew_param {
        if !seen.insert(domain_key(&entry.domain_name)) {
            writer.reject(Problem::Invalid(format!(
                "lists the domain `{}` twice, which would renew it twice",
                entry.domain_name
            )));
        }
    }
    check_payment_flags(
        writer,
        (request.use_coupon, &request.coupon_no),
        (request.use_promotion, &request.promotion_no),
    );
}

/// A voucher or promotion flag set without its number would be refused by the service, or worse,
/// charged at full price: refuse it before sending.
pub(crate) fn check_payment_flags(
    writer: &mut ParamWriter,
    coupon: (Option<bool>, &Option<String>),
    promotion: (Option<bool>, &Option<String>),
) {
    let flag_without_number = |(flag, number): (Option<bool>, &Option<String>)| {
        flag == Some(true) && number.as_deref().is_none_or(|n| n.trim().is_empty())
    };
    if flag_without_number(coupon) {
        writer.reject(Problem::Invalid(
            "sets `UseCoupon` without a `CouponNo`".into(),
        ));
    }
    if flag_without_number(promotion) {
        writer.reject(Problem::Invalid(
            "sets `UsePromotion` without a `PromotionNo`".into(),
        ));
    }
}

/// The response: the task to follow with `QueryTaskDetailList`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SaveBatchTaskForCreatingOrderRenewResponse {
    /// `RequestId`: quote it to Alibaba support.
    pub request_id: String,
    /// `TaskNo`: the renewal task.
    pub task_no: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use aliyun_rpc::RpcAction;

    fn flatten(request: &SaveBatchTaskForCreatingOrderRenew) -> Result<Vec<String>, Vec<String>> {
        let mut writer = ParamWriter::new();
        request.write_params(&mut writer);
        writer
            .finish()
            .map(|params| params.iter().map(|(n, v)| format!("{n}={v}")).collect())
            .map_err(|problems| problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn entries_flatten_to_numbered_order_renew_params() {
        let request = SaveBatchTaskForCreatingOrderRenew::new([
            OrderRenewParam::new("test1.com", 1, 1_522_080_000_000),
            OrderRenewParam::new("test2.com", 2, 1_522_080_000_001).permit_premium_renew(),
        ])
        .with_coupon("12312412")
        .with_lang(Lang::Zh);
        assert_eq!(
            flatten(&request).unwrap(),
            [
                "OrderRenewParam.1.DomainName=test1.com",
                "OrderRenewParam.1.SubscriptionDuration=1",
                "OrderRenewParam.1.CurrentExpirationDate=1522080000000",
                "OrderRenewParam.2.DomainName=test2.com",
                "OrderRenewParam.2.SubscriptionDuration=2",
                "OrderRenewParam.2.CurrentExpirationDate=1522080000001",
                "OrderRenewParam.2.PermitPremiumRenew=true",
                "Lang=zh",
                "CouponNo=12312412",
                "UseCoupon=true",
            ]
        );
    }

    #[test]
    fn every_bad_value_is_reported_before_sending() {
        let request = SaveBatchTaskForCreatingOrderRenew::new([
            OrderRenewParam::new("a.com", 0, 1),
            OrderRenewParam::new("", 11, -5),
            OrderRenewParam::new("A.com.", 1, 1),
        ]);
        let problems = flatten(&request).unwrap_err();
        assert_eq!(
            problems,
            [
                "`OrderRenewParam.1.SubscriptionDuration` is 0, allowed 1..=10",
                "`OrderRenewParam.2.DomainName` has 0 characters, allowed 1..=253",
                "`OrderRenewParam.2.SubscriptionDuration` is 11, allowed 1..=10",
                "`OrderRenewParam.2.CurrentExpirationDate` is -5, allowed 0..=9007199254740991",
                "request lists the domain `A.com.` twice, which would renew it twice",
            ]
        );
    }

    #[test]
    fn unicode_and_punycode_spellings_of_one_domain_are_refused_as_twice() {
        let request = SaveBatchTaskForCreatingOrderRenew::new([
            OrderRenewParam::new("bücher.de", 1, 1),
            OrderRenewParam::new("XN--BCHER-KVA.de.", 1, 1),
        ]);
        assert_eq!(
            flatten(&request).unwrap_err(),
            ["request lists the domain `XN--BCHER-KVA.de.` twice, which would renew it twice"]
        );
    }

    #[test]
    fn an_empty_or_oversized_batch_is_refused() {
        let empty = SaveBatchTaskForCreatingOrderRenew::new([]);
        assert_eq!(
            flatten(&empty).unwrap_err(),
            ["`OrderRenewParam` has 0 entries, allowed 1..=1000"]
        );
        let huge = SaveBatchTaskForCreatingOrderRenew::new(
            (0..1001).map(|i| OrderRenewParam::new(format!("d{i}.com"), 1, 1)),
        );
        assert_eq!(
            flatten(&huge).unwrap_err(),
            ["`OrderRenewParam` has 1001 entries, allowed 1..=1000"]
        );
    }

    #[test]
    fn a_coupon_flag_needs_its_number() {
        let mut request =
            SaveBatchTaskForCreatingOrderRenew::new([OrderRenewParam::new("a.com", 1, 1)]);
        request.use_coupon = Some(true);
        assert_eq!(
            flatten(&request).unwrap_err(),
            ["request sets `UseCoupon` without a `CouponNo`"]
        );
    }

    #[test]
    fn declares_the_action_of_domain_2018_01_29() {
        type Action = SaveBatchTaskForCreatingOrderRenew;
        assert_eq!(Action::ACTION, "SaveBatchTaskForCreatingOrderRenew");
        assert_eq!(Action::VERSION, "2018-01-29");
        assert_eq!(Action::ENDPOINT, "domain.aliyuncs.com");
    }

    #[test]
    fn decodes_the_documented_json_xml_and_camel_case_samples() {
        let xml = b"<SaveBatchTaskForCreatingOrderRenewResponse>\n    <TaskNo>d3babb0a-c939-4c25-8c65-c47b65f5492a</TaskNo>\n    <RequestId>F51977F9-2B40-462B-BCCD-CF5BB1E9DB56</RequestId>\n</SaveBatchTaskForCreatingOrderRenewResponse>";
        let decoded =
            aliyun_rpc::decode_response::<SaveBatchTaskForCreatingOrderRenew>(200, xml).unwrap();
        assert_eq!(decoded.task_no, "d3babb0a-c939-4c25-8c65-c47b65f5492a");
        let camel = br#"{ "requestId" : "9DFBA504-3C59-427D-907D-B6C61F2A3A27", "taskNo" : "2daff10d-c284-4b98-a6f4-796148116b2b" }"#;
        let decoded =
            aliyun_rpc::decode_response::<SaveBatchTaskForCreatingOrderRenew>(200, camel).unwrap();
        assert_eq!(decoded.request_id, "9DFBA504-3C59-427D-907D-B6C61F2A3A27");
    }
}
