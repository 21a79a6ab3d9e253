//! `DeleteDomainRecord`, Alidns 2015-01-09: remove one DNS record.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-deletedomainrecord>

use crate::call_options::CallOptions;
use crate::record_changed::RecordChanged;

/// Removes record `RecordId`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DeleteDomainRecord", product = crate::Alidns, response = DeleteDomainRecordResponse)]
#[non_exhaustive]
pub struct DeleteDomainRecord {
    /// `RecordId` (required): from `DescribeDomainRecords`.
    pub record_id: String,
    /// `Lang`, `UserClientIp`.
    #[rpc(flatten, default)]
    pub options: CallOptions,
}

/// The removed record's id.
pub type DeleteDomainRecordResponse = RecordChanged;
