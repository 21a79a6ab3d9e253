//! `SaveSingleTaskForCreatingOrderTransfer`, Domain 2018-01-29: transfer one domain in from another
//! registrar.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforcreatingordertransfer>

use crate::payment::Payment;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Transfers one domain from another registrar to Alibaba Cloud in an asynchronous task.
///
/// **A transfer costs money (it adds a paid year) and has no idempotency token**: the client never
/// resends it after an ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForCreatingOrderTransfer",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForCreatingOrderTransfer {
    /// `DomainName`: the domain to transfer in; required.
    pub domain_name: String,
    /// `AuthorizationCode`: the transfer (EPP) code from the current registrar; required.
    pub authorization_code: String,
    /// `RegistrantProfileId`: the saved registrant profile that holds the domain after the transfer
    /// (from `QueryRegistrantProfiles`); required.
    pub registrant_profile_id: i64,
    /// `PermitPremiumTransfer`: allow transferring a premium domain at its premium price; optional.
    pub permit_premium_transfer: Option<bool>,
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
    assert!(!<SaveSingleTaskForCreatingOrderTransfer as aliyun_rpc::RpcAction>::IDEMPOTENT);
