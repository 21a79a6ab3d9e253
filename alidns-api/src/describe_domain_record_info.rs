//! `DescribeDomainRecordInfo`, Alidns 2015-01-09: one record by its id.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomainrecordinfo>

use crate::call_options::CallOptions;
use crate::record::Record;

/// Reads one DNS record by its `RecordId`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDomainRecordInfo", product = crate::Alidns, response = DescribeDomainRecordInfoResponse)]
#[non_exhaustive]
pub struct DescribeDomainRecordInfo {
    /// `RecordId` (required).
    pub record_id: String,
    /// `Lang`, `UserClientIp`.
    #[rpc(flatten)]
    pub options: CallOptions,
}

impl DescribeDomainRecordInfo {
    /// The record `record_id`.
    pub fn new(record_id: impl Into<String>) -> DescribeDomainRecordInfo {
        DescribeDomainRecordInfo {
            record_id: record_id.into(),
            options: CallOptions::default(),
        }
    }
}

/// The record, with the request id and the domain's id and group.
pub type DescribeDomainRecordInfoResponse = Record;
