//! `SaveBatchTaskForCreatingOrderRedeem`, Domain 2018-01-29: redeem several expired domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforcreatingorderredeem>

use aliyun_rpc::ParamWriter;

use crate::domain_name::reject_repeated_domains;
use crate::payment::Payment;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Redeems up to 1,000 domains that expired and are in their redemption period, in one asynchronous
/// task; read each domain's outcome with [`QueryTaskDetailList`](crate::QueryTaskDetailList).
///
/// **A redemption costs money (far more than a renewal) and has no idempotency token**: the client
/// never resends it after an ambiguous failure, and refuses a batch that names a domain twice.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForCreatingOrderRedeem",
    product = crate::Domain,
    response = TaskSubmittedResponse,
    validate = check_batch
)]
#[non_exhaustive]
pub struct SaveBatchTaskForCreatingOrderRedeem {
    /// `OrderRedeemParam.N.*`: the domains to redeem, 1 to 1,000; required.
    #[rpc(min_len = 1, max_len = 1000)]
    pub order_redeem_param: Vec<OrderRedeemParam>,
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
const _: () = assert!(!<SaveBatchTaskForCreatingOrderRedeem as aliyun_rpc::RpcAction>::IDEMPOTENT);

/// One domain to redeem, sent as `OrderRedeemParam.N.*`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct OrderRedeemParam {
    /// `DomainName`: the domain to redeem; the metadata marks it optional, but an entry without it
    /// redeems nothing.
    pub domain_name: Option<String>,
    /// `CurrentExpirationDate`: the domain's expiration, in milliseconds since the Unix epoch
    /// (`ExpirationDateLong` from [`QueryDomainList`](crate::QueryDomainList)); optional.
    pub current_expiration_date: Option<i64>,
}

/// No domain may be redeemed twice in one order.
fn check_batch(request: &SaveBatchTaskForCreatingOrderRedeem, writer: &mut ParamWriter) {
    let names = request
        .order_redeem_param
        .iter()
        .filter_map(|entry| entry.domain_name.as_deref());
    reject_repeated_domains(writer, names, "redeem");
}
