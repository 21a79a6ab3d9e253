//! `DescribeDomainRecordInfo`, Alidns 2015-01-09: one record by its id.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomainrecordinfo>

use crate::record::Record;
use crate::types::Lang;

/// Reads one DNS record by its `RecordId`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDomainRecordInfo", product = crate::Alidns, response = DescribeDomainRecordInfoResponse)]
#[non_exhaustive]
pub struct DescribeDomainRecordInfo {
    /// `RecordId` (required).
    pub record_id: String,
    /// `Lang`: the language of messages.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the end user's address, for the service's logs.
    pub user_client_ip: Option<String>,
}

impl DescribeDomainRecordInfo {
    /// The record `record_id`.
    pub fn new(record_id: impl Into<String>) -> DescribeDomainRecordInfo {
        DescribeDomainRecordInfo {
            record_id: record_id.into(),
            lang: None,
            user_client_ip: None,
        }
    }
}

/// The record, with the request id and the domain's id and group.
pub type DescribeDomainRecordInfoResponse = Record;
