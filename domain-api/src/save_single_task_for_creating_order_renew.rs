//! `SaveSingleTaskForCreatingOrderRenew`, Domain 2018-01-29: submit a renewal of one domain.
//! <https://www.alibabacloud.com/help/zh/doc-detail/67728.htm>

use crate::save_batch_task_for_creating_order_renew::SaveBatchTaskForCreatingOrderRenewResponse;
use crate::types::Lang;

/// Renews one domain in an asynchronous task. Like the batch action it costs money and has no
/// idempotency token, so the client never resends it after an ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForCreatingOrderRenew",
    product = crate::Domain,
    response = SaveBatchTaskForCreatingOrderRenewResponse,
    validate = check_single
)]
pub struct SaveSingleTaskForCreatingOrderRenew {
    /// `DomainName`.
    #[rpc(non_empty, max_len = 253)]
    domain_name: String,
    /// `SubscriptionDuration`: years to add, 1 to 10.
    #[rpc(min = 1, max = 10)]
    subscription_duration: u32,
    /// `CurrentExpirationDate`: the current expiration, ms since the epoch.
    #[rpc(min = 0, max = 9_007_199_254_740_991)]
    current_expiration_date: i64,
    /// `PermitPremiumRenew`.
    permit_premium_renew: Option<bool>,
    /// `CouponNo`.
    coupon_no: Option<String>,
    /// `UseCoupon`.
    use_coupon: Option<bool>,
    /// `PromotionNo`.
    promotion_no: Option<String>,
    /// `UsePromotion`.
    use_promotion: Option<bool>,
    /// `Lang`.
    lang: Option<Lang>,
    /// `UserClientIp`.
    user_client_ip: Option<String>,
}

impl SaveSingleTaskForCreatingOrderRenew {
    /// Allows the premium price of a premium domain.
    pub fn permit_premium_renew(self) -> Self {
        self.with_permit_premium_renew(true)
    }

    /// Pays with the voucher `coupon_no`.
    pub fn with_coupon(self, coupon_no: impl Into<String>) -> Self {
        self.with_coupon_no(coupon_no).with_use_coupon(true)
    }

    /// Applies the promotion `promotion_no`.
    pub fn with_promotion(self, promotion_no: impl Into<String>) -> Self {
        self.with_promotion_no(promotion_no)
            .with_use_promotion(true)
    }

    /// The domain to renew.
    pub fn domain_name(&self) -> &str {
        &self.domain_name
    }
}

// A paid order must never be declared idempotent (see the batch action).
const _: () = assert!(!<SaveSingleTaskForCreatingOrderRenew as aliyun_rpc::RpcAction>::IDEMPOTENT);

fn check_single(
    request: &SaveSingleTaskForCreatingOrderRenew,
    writer: &mut aliyun_rpc::ParamWriter,
) {
    crate::save_batch_task_for_creating_order_renew::check_payment_flags(
        writer,
        (request.use_coupon, &request.coupon_no),
        (request.use_promotion, &request.promotion_no),
    );
}
