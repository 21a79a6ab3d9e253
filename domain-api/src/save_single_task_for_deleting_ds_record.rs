//! `SaveSingleTaskForDeletingDSRecord`, Domain 2018-01-29: remove a DS record of a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfordeletingdsrecord>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Removes one DNSSEC delegation-signer (DS) record of a domain at its registry, in an asynchronous
/// task. Removing the last one turns DNSSEC validation off for the domain; do it before unsigning
/// the zone, never after. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForDeletingDSRecord",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForDeletingDsRecord {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// `KeyTag`: the key tag of the record to remove, 0 to 65535; required.
    pub key_tag: u16,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
