//! A DNS record as the listings and `DescribeDomainRecordInfo` give it, and the listings' page.

use aliyun_rpc::RpcPage;
use serde::Deserialize;

/// One DNS record: an item of a listing (`DomainRecords.Record[]`), or the whole answer of
/// `DescribeDomainRecordInfo`, which adds the request id and the domain's id and group.
///
/// The type and status are kept as the service writes them, so that a record of a type this
/// crate does not name yet still reads.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Record {
    /// `RecordId`: what `UpdateDomainRecord`, `DeleteDomainRecord` and `SetDomainRecordStatus`
    /// take.
    pub record_id: String,
    /// `DomainName`: the domain the record belongs to.
    pub domain_name: Option<String>,
    /// `RR`: the host record, `@` for the domain itself.
    #[serde(rename = "RR")]
    pub rr: String,
    /// `Type`: `A`, `CNAME`, `MX`, … (see [`RecordType`](crate::RecordType)).
    pub r#type: String,
    /// `Value`: the address, name or text the record answers with.
    pub value: String,
    /// `TTL`: how long resolvers may cache the answer, in seconds.
    #[serde(rename = "TTL", default)]
    pub ttl: Option<i64>,
    /// `Priority`: an MX record's priority; lower is preferred.
    pub priority: Option<i64>,
    /// `Line`: the resolution line (`default`, or a carrier or region line).
    pub line: Option<String>,
    /// `Status`: `ENABLE` or `DISABLE`.
    pub status: Option<String>,
    /// `Locked`: a locked record cannot be changed.
    pub locked: Option<bool>,
    /// `Weight`: the record's share among records of one name and type, when load is weighted.
    pub weight: Option<i64>,
    /// `Remark`: the owner's note.
    pub remark: Option<String>,
    /// `LbaStatus`: whether weighted answers are on for the record's name and type.
    pub lba_status: Option<bool>,
    /// `CreateTimestamp`: when the record was added, in ms since the epoch.
    pub create_timestamp: Option<i64>,
    /// `UpdateTimestamp`: when it last changed, in ms since the epoch.
    pub update_timestamp: Option<i64>,
    /// `RequestId`: only in the answer of `DescribeDomainRecordInfo`.
    pub request_id: Option<String>,
    /// `DomainId`: only in the answer of `DescribeDomainRecordInfo`.
    pub domain_id: Option<String>,
    /// `PunyCode`: the domain's ASCII form; only in the answer of `DescribeDomainRecordInfo`.
    pub puny_code: Option<String>,
    /// `GroupId`: the domain's group; only in the answer of `DescribeDomainRecordInfo`.
    pub group_id: Option<String>,
    /// `GroupName`: only in the answer of `DescribeDomainRecordInfo`.
    pub group_name: Option<String>,
}

/// One page of records (`DescribeDomainRecords`, `DescribeSubDomainRecords`): the counts, and
/// the items from their `DomainRecords` wrapper.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RecordsPage {
    /// `RequestId`.
    pub request_id: String,
    /// `TotalCount`: records matching the request, over all pages.
    #[serde(default)]
    #[rpc(total_items)]
    pub total_count: u64,
    /// `PageNumber`: this page, counted from 1.
    #[serde(default)]
    #[rpc(page_number)]
    pub page_number: Option<u64>,
    /// `PageSize`.
    pub page_size: Option<u64>,
    /// `DomainRecords.Record[]`.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    #[rpc(items)]
    pub domain_records: Vec<Record>,
}
