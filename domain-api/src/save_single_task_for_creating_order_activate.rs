//! `SaveSingleTaskForCreatingOrderActivate`, Domain 2018-01-29: register one new domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforcreatingorderactivate>

use crate::payment::Payment;
use crate::save_batch_task_for_creating_order_activate::OrderActivateParam;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Registers one new domain in an asynchronous task; follow it with
/// [`QueryTaskDetailList`](crate::QueryTaskDetailList).
///
/// **A registration costs money and has no idempotency token**: the client never resends it after
/// an ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForCreatingOrderActivate",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForCreatingOrderActivate {
    /// The domain and how to register it (`DomainName`, required; `SubscriptionDuration`,
    /// `RegistrantProfileId` or the contact fields, name servers, …, optional), sent without a
    /// prefix.
    #[rpc(flatten)]
    pub order: OrderActivateParam,
    /// The voucher or promotion to pay with (`CouponNo`, `UseCoupon`, `PromotionNo`,
    /// `UsePromotion`); all optional, leave it at its default to pay the list price.
    #[rpc(flatten, default)]
    pub payment: Payment,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}

// A paid order must never be declared idempotent: the client would then resend it after an
// ambiguous failure and could pay twice. Checked when the crate compiles.
const _: () =
    assert!(!<SaveSingleTaskForCreatingOrderActivate as aliyun_rpc::RpcAction>::IDEMPOTENT);
