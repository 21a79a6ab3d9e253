//! `AddDomainRecord`, Alidns 2015-01-09: add one DNS record to a hosted domain.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-adddomainrecord>

use crate::call_options::CallOptions;
use crate::record_changed::RecordChanged;
use crate::record_content::RecordContent;

/// Adds a record to `DomainName`: its host `RR` answers `Value` for type `Type`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "AddDomainRecord", product = crate::Alidns, response = AddDomainRecordResponse)]
#[non_exhaustive]
pub struct AddDomainRecord {
    /// `DomainName` (required): the hosted domain.
    pub domain_name: String,
    /// `RR`, `Type`, `Value` (required), `TTL`, `Priority`, `Line`.
    #[rpc(flatten)]
    pub record: RecordContent,
    /// `Lang`, `UserClientIp`.
    #[rpc(flatten, default)]
    pub options: CallOptions,
}

/// The new record's id.
pub type AddDomainRecordResponse = RecordChanged;
