//! `SaveBatchTaskForReserveDropListDomain`, Domain 2018-01-29: back-order several domains from the
//! drop list.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforreservedroplistdomain>

use aliyun_rpc::ParamWriter;

use crate::domain_name::reject_repeated_domains;
use crate::task_submitted::TaskSubmittedResponse;

/// Reserves (back-orders) up to 5,000 domains from the list of domains about to be deleted by their
/// registries, in one asynchronous task: when a domain drops, Alibaba Cloud tries to register it
/// for you.
///
/// **A reservation costs money when it succeeds and has no idempotency token**: the client never
/// resends it after an ambiguous failure, and refuses a batch that names a domain twice.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForReserveDropListDomain",
    product = crate::Domain,
    response = TaskSubmittedResponse,
    validate = check_batch
)]
#[non_exhaustive]
pub struct SaveBatchTaskForReserveDropListDomain {
    /// `ContactTemplateId`: the saved registrant profile (its id, from `QueryRegistrantProfiles`)
    /// that will hold the domains; required.
    pub contact_template_id: String,
    /// `Domains.N.*`: the domains to reserve, 1 to 5,000; required.
    #[rpc(min_len = 1, max_len = 5000)]
    pub domains: Vec<ReserveDropDomain>,
}

// A paid order must never be declared idempotent: the client would then resend it after an
// ambiguous failure and could pay twice. Checked when the crate compiles.
const _: () =
    assert!(!<SaveBatchTaskForReserveDropListDomain as aliyun_rpc::RpcAction>::IDEMPOTENT);

/// One domain to reserve, sent as `Domains.N.*` (and, flattened, as the parameters of
/// [`SaveSingleTaskForReserveDropListDomain`](crate::SaveSingleTaskForReserveDropListDomain)).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct ReserveDropDomain {
    /// `DomainName`: the domain to reserve; required.
    pub domain_name: String,
    /// `Dns1`: the first name server to give it once registered; optional.
    pub dns1: Option<String>,
    /// `Dns2`: the second name server; optional.
    pub dns2: Option<String>,
}

/// No domain may be reserved twice in one order.
fn check_batch(request: &SaveBatchTaskForReserveDropListDomain, writer: &mut ParamWriter) {
    let names = request
        .domains
        .iter()
        .map(|entry| entry.domain_name.as_str());
    reject_repeated_domains(writer, names, "reserve");
}
