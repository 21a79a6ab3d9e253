//! `SaveSingleTaskForReserveDropListDomain`, Domain 2018-01-29: back-order one domain from the drop
//! list.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforreservedroplistdomain>

use crate::save_batch_task_for_reserve_drop_list_domain::ReserveDropDomain;
use crate::task_submitted::TaskSubmittedResponse;

/// Reserves (back-orders) one domain from the list of domains about to be deleted by their
/// registries: when it drops, Alibaba Cloud tries to register it for you.
///
/// **A reservation costs money when it succeeds and has no idempotency token**: the client never
/// resends it after an ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForReserveDropListDomain",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForReserveDropListDomain {
    /// `ContactTemplateId`: the saved registrant profile (its id) that will hold the domain;
    /// required.
    pub contact_template_id: String,
    /// The domain (`DomainName`, required) and its name servers (`Dns1`, `Dns2`, optional), sent
    /// without a prefix.
    #[rpc(flatten)]
    pub domain: ReserveDropDomain,
}

// A paid order must never be declared idempotent: the client would then resend it after an
// ambiguous failure and could pay twice. Checked when the crate compiles.
const _: () =
    assert!(!<SaveSingleTaskForReserveDropListDomain as aliyun_rpc::RpcAction>::IDEMPOTENT);
