//! `SaveSingleTaskForCreatingOrderRedeem`, Domain 2018-01-29: redeem one expired domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforcreatingorderredeem>

use crate::payment::Payment;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Redeems one domain that expired and is in its redemption period, in an asynchronous task.
///
/// **A redemption costs money (far more than a renewal) and has no idempotency token**: the client
/// never resends it after an ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForCreatingOrderRedeem",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForCreatingOrderRedeem {
    /// `DomainName`: the domain to redeem; required.
    pub domain_name: String,
    /// `CurrentExpirationDate`: the domain's expiration, in milliseconds since the Unix epoch
    /// (`ExpirationDateLong` from [`QueryDomainList`](crate::QueryDomainList)); required.
    pub current_expiration_date: i64,
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
const _: () = assert!(!<SaveSingleTaskForCreatingOrderRedeem as aliyun_rpc::RpcAction>::IDEMPOTENT);
