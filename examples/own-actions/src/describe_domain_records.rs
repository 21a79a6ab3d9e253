//! Alidns `DescribeDomainRecords`: the DNS records of a domain, page by page.

use aliyun_rpc::Rpc;
use serde::Deserialize;

/// Lists the records of `domain_name`, filtered by host record, type or value.
#[derive(Debug, Clone, Rpc)]
#[rpc(action = "DescribeDomainRecords", product = crate::Alidns, response = DescribeDomainRecordsResponse)]
pub struct DescribeDomainRecords {
    /// The domain whose records are listed.
    pub domain_name: String,
    /// The page to read, from 1.
    #[rpc(min = 1)]
    pub page_number: Option<i64>,
    /// Records per page.
    #[rpc(min = 1, max = 500)]
    pub page_size: Option<i64>,
    /// Matches any field.
    pub key_word: Option<String>,
    /// Matches the host record; Alibaba spells the acronym in capitals, which the product's
    /// parameter names enforce at compile time.
    #[rpc(rename = "RRKeyWord")]
    pub rr_key_word: Option<String>,
    /// Matches the record type.
    pub type_key_word: Option<String>,
    /// Matches the record value.
    pub value_key_word: Option<String>,
    /// The sort key.
    pub order_by: Option<String>,
    /// `DESC` or `ASC`.
    pub direction: Option<String>,
    /// `LIKE`, `EXACT`, `ADVANCED` or `COMBINATION`.
    pub search_mode: Option<String>,
    /// The record group.
    pub group_id: Option<i64>,
    /// The record type (`A`, `CNAME`, …).
    pub r#type: Option<String>,
    /// The resolution line.
    pub line: Option<String>,
    /// `Enable` or `Disable`.
    pub status: Option<String>,
    /// `zh` or `en`.
    pub lang: Option<String>,
}

/// One page of [`DescribeDomainRecords`].
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDomainRecordsResponse {
    /// The request's id.
    pub request_id: String,
    /// Records matching, over all pages.
    pub total_count: Option<i64>,
    /// This page's number.
    pub page_number: Option<i64>,
    /// Records per page.
    pub page_size: Option<i64>,
    /// This page's records (`"DomainRecords": {"Record": [...]}` on the wire).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub domain_records: Vec<Record>,
}

/// One DNS record.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Record {
    /// The record's id.
    pub record_id: String,
    /// The host record (`www`).
    #[serde(rename = "RR")]
    pub rr: String,
    /// The record type.
    pub r#type: String,
    /// The record value.
    pub value: String,
    /// The time to live, in seconds.
    #[serde(rename = "TTL")]
    pub ttl: Option<i64>,
    /// `ENABLE` or `DISABLE`.
    pub status: Option<String>,
}
