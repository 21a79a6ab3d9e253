//! `DescribeDomainRecordInfo`, Alidns 2015-01-09: one record by its id.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomainrecordinfo>

use serde::Deserialize;

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

/// One record, with the domain it belongs to; the fields sit at the top level.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DescribeDomainRecordInfoResponse {
    /// `RequestId`.
    pub request_id: String,
    /// `RecordId`.
    pub record_id: String,
    /// `DomainId`.
    #[serde(default)]
    pub domain_id: Option<String>,
    /// `DomainName`.
    #[serde(default)]
    pub domain_name: Option<String>,
    /// `PunyCode`.
    #[serde(default)]
    pub puny_code: Option<String>,
    /// `GroupId`: the domain's group.
    #[serde(default)]
    pub group_id: Option<String>,
    /// `GroupName`.
    #[serde(default)]
    pub group_name: Option<String>,
    /// `RR`: the host record.
    #[serde(rename = "RR")]
    pub rr: String,
    /// `Type`, as the service writes it.
    pub r#type: String,
    /// `Value`.
    pub value: String,
    /// `TTL`, in seconds.
    #[serde(rename = "TTL", default)]
    pub ttl: Option<i64>,
    /// `Priority`: an MX record's priority.
    #[serde(default)]
    pub priority: Option<i64>,
    /// `Line`: the resolution line.
    #[serde(default)]
    pub line: Option<String>,
    /// `Status`: `ENABLE` or `DISABLE`.
    #[serde(default)]
    pub status: Option<String>,
    /// `Locked`.
    #[serde(default)]
    pub locked: Option<bool>,
    /// `Remark`.
    #[serde(default)]
    pub remark: Option<String>,
}
