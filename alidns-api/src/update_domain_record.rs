//! `UpdateDomainRecord`, Alidns 2015-01-09: change one DNS record.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-updatedomainrecord>

use crate::call_options::CallOptions;
use crate::record_changed::RecordChanged;
use crate::record_content::RecordContent;

/// Replaces what record `RecordId` answers. The service refuses a change that leaves the record
/// as it was.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "UpdateDomainRecord", product = crate::Alidns, response = UpdateDomainRecordResponse)]
#[non_exhaustive]
pub struct UpdateDomainRecord {
    /// `RecordId` (required): from `DescribeDomainRecords`.
    pub record_id: String,
    /// `RR`, `Type`, `Value` (required), `TTL`, `Priority`, `Line`: the record as it becomes.
    #[rpc(flatten)]
    pub record: RecordContent,
    /// `Lang`, `UserClientIp`.
    #[rpc(flatten, default)]
    pub options: CallOptions,
}

/// The changed record's id.
pub type UpdateDomainRecordResponse = RecordChanged;
