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
    #[rpc(flatten, default)]
    pub options: CallOptions,
}

/// The record, with the request id and the domain's id and group.
pub type DescribeDomainRecordInfoResponse = Record;
