//! `UpdateDomainRecord`, Alidns 2015-01-09: change one DNS record.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-updatedomainrecord>

use crate::record_changed::RecordChanged;
use crate::record_content::RecordContent;
use crate::types::Lang;

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
    /// `Lang`: the language of messages.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the end user's address, for the service's logs.
    pub user_client_ip: Option<String>,
}

impl UpdateDomainRecord {
    /// Record `record_id` becomes `record`.
    pub fn new(record_id: impl Into<String>, record: RecordContent) -> UpdateDomainRecord {
        UpdateDomainRecord {
            record_id: record_id.into(),
            record,
            lang: None,
            user_client_ip: None,
        }
    }
}

/// The changed record's id.
pub type UpdateDomainRecordResponse = RecordChanged;
