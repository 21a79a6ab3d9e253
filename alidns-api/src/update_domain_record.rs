//! `UpdateDomainRecord`, Alidns 2015-01-09: change one DNS record.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-updatedomainrecord>

use crate::record_changed::RecordChanged;
use crate::types::{Lang, RecordType};

/// Replaces the host, type and value (and optionally TTL, priority, line) of record `RecordId`.
/// The service refuses a change that leaves the record as it was.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "UpdateDomainRecord", product = crate::Alidns, response = UpdateDomainRecordResponse)]
#[non_exhaustive]
pub struct UpdateDomainRecord {
    /// `RecordId` (required): from `DescribeDomainRecords`.
    pub record_id: String,
    /// `RR` (required): the host record, `@` for the domain itself.
    #[rpc(rename = "RR")]
    pub rr: String,
    /// `Type` (required).
    pub r#type: RecordType,
    /// `Value` (required).
    pub value: String,
    /// `TTL`: seconds resolvers may cache the answer, 1 to 86400 (default 600).
    #[rpc(rename = "TTL", min = 1, max = 86400)]
    pub ttl: Option<i64>,
    /// `Priority`: an MX record's priority (needed for MX), 0 to 65535.
    #[rpc(min = 0, max = 65535)]
    pub priority: Option<i64>,
    /// `Line`: the resolution line (default `default`).
    pub line: Option<String>,
    /// `Lang`: the language of messages.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the end user's address, for the service's logs.
    pub user_client_ip: Option<String>,
}

impl UpdateDomainRecord {
    /// Record `record_id` becomes host `rr` answering `value` as a `record_type` record.
    pub fn new(
        record_id: impl Into<String>,
        rr: impl Into<String>,
        record_type: RecordType,
        value: impl Into<String>,
    ) -> UpdateDomainRecord {
        UpdateDomainRecord {
            record_id: record_id.into(),
            rr: rr.into(),
            r#type: record_type,
            value: value.into(),
            ttl: None,
            priority: None,
            line: None,
            lang: None,
            user_client_ip: None,
        }
    }
}

/// The changed record's id.
pub type UpdateDomainRecordResponse = RecordChanged;
