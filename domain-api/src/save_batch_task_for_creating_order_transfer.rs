//! `SaveBatchTaskForCreatingOrderTransfer`, Domain 2018-01-29: transfer several domains in from
//! other registrars.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforcreatingordertransfer>

use aliyun_rpc::ParamWriter;

use crate::domain_name::reject_repeated_domains;
use crate::payment::Payment;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Transfers up to 1,000 domains from other registrars to Alibaba Cloud in one asynchronous task;
/// each needs the authorization code its current registrar gave. Read each domain's outcome with
/// [`QueryTaskDetailList`](crate::QueryTaskDetailList) or `QueryTransferInList`.
///
/// **A transfer costs money (it adds a paid year) and has no idempotency token**: the client never
/// resends it after an ambiguous failure, and refuses a batch that names a domain twice.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForCreatingOrderTransfer",
    product = crate::Domain,
    response = TaskSubmittedResponse,
    validate = check_batch
)]
#[non_exhaustive]
pub struct SaveBatchTaskForCreatingOrderTransfer {
    /// `OrderTransferParam.N.*`: the domains to transfer in, 1 to 1,000; required.
    #[rpc(min_len = 1, max_len = 1000)]
    pub order_transfer_param: Vec<OrderTransferParam>,
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
    assert!(!<SaveBatchTaskForCreatingOrderTransfer as aliyun_rpc::RpcAction>::IDEMPOTENT);

/// One domain to transfer in, sent as `OrderTransferParam.N.*`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct OrderTransferParam {
    /// `DomainName`: the domain to transfer in; the metadata marks it optional, but an entry
    /// without it transfers nothing.
    pub domain_name: Option<String>,
    /// `AuthorizationCode`: the transfer (EPP) code from the current registrar; optional here, but
    /// the registry refuses a transfer without it.
    pub authorization_code: Option<String>,
    /// `RegistrantProfileId`: the saved registrant profile that holds the domain after the
    /// transfer; optional.
    pub registrant_profile_id: Option<i64>,
    /// `PermitPremiumTransfer`: allow transferring a premium domain at its premium price; optional.
    pub permit_premium_transfer: Option<bool>,
}

/// No domain may be transferred twice in one order.
fn check_batch(request: &SaveBatchTaskForCreatingOrderTransfer, writer: &mut ParamWriter) {
    let names = request
        .order_transfer_param
        .iter()
        .filter_map(|entry| entry.domain_name.as_deref());
    reject_repeated_domains(writer, names, "transfer");
}
