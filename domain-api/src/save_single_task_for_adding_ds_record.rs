//! `SaveSingleTaskForAddingDSRecord`, Domain 2018-01-29: publish a DS record for a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforaddingdsrecord>

use crate::ds_record::DsRecord;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Adds a DNSSEC delegation-signer (DS) record for one domain at its registry, in an asynchronous
/// task: the step that links a signed zone to the chain of trust. Use it after signing the zone at
/// your DNS provider. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForAddingDSRecord",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForAddingDsRecord {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// The record (`KeyTag`, `Algorithm`, `DigestType`, `Digest`, all required), sent without a
    /// prefix.
    #[rpc(flatten)]
    pub ds_record: DsRecord,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
