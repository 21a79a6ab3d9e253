//! `SaveSingleTaskForModifyingDSRecord`, Domain 2018-01-29: change a domain's DS record.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskformodifyingdsrecord>

use crate::ds_record::DsRecord;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Replaces the DNSSEC delegation-signer (DS) record of one domain that has the given key tag, in
/// an asynchronous task; use it when the zone's key signing key rolls over. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForModifyingDSRecord",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForModifyingDsRecord {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// The new record (`KeyTag`, which chooses the record to replace, `Algorithm`, `DigestType`,
    /// `Digest`, all required), sent without a prefix.
    #[rpc(flatten)]
    pub ds_record: DsRecord,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
