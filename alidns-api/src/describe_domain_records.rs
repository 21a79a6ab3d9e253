//! `DescribeDomainRecords`, Alidns 2015-01-09: the records of one domain, page by page.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomainrecords>

use crate::record::RecordsPage;
use crate::types::{Lang, RecordSearchMode, RecordStatus, RecordType, SortDirection};

/// Lists the DNS records of `DomainName`, optionally filtered; stream every page with
/// [`Client::items`](aliyun_rpc::Client::items).
///
/// `KeyWord` applies with the `LIKE` and `EXACT` search modes; `RRKeyWord`, `TypeKeyWord`,
/// `ValueKeyWord`, `Type`, `Line` and `Status` with `ADVANCED` and `COMBINATION`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDomainRecords", product = crate::Alidns, response = RecordsPage)]
#[non_exhaustive]
pub struct DescribeDomainRecords {
    /// `DomainName` (required): the hosted domain.
    pub domain_name: String,
    /// `PageNumber`: the page, counted from 1 (the service's default); a page stream moves it.
    #[rpc(min = 1, page_number)]
    pub page_number: Option<i64>,
    /// `PageSize`: records per page, 1 to 500 (the service's default is 20); `new` asks for 500,
    /// the most.
    #[rpc(min = 1, max = 500, default = Some(500))]
    pub page_size: Option<i64>,
    /// `KeyWord`: matches the host record or the value.
    pub key_word: Option<String>,
    /// `RRKeyWord`: part of the host record, ignoring case.
    #[rpc(rename = "RRKeyWord")]
    pub rr_key_word: Option<String>,
    /// `TypeKeyWord`: the record type, exactly, ignoring case.
    pub type_key_word: Option<String>,
    /// `ValueKeyWord`: part of the value, ignoring case.
    pub value_key_word: Option<String>,
    /// `OrderBy`: the sort key (by default, the time records were added).
    pub order_by: Option<String>,
    /// `Direction`: the sort direction (default newest first).
    pub direction: Option<SortDirection>,
    /// `SearchMode`: how the keywords and filters apply.
    pub search_mode: Option<RecordSearchMode>,
    /// `GroupId`: only domains of this group (`-1` the default group).
    pub group_id: Option<i64>,
    /// `Type`: only records of this type.
    pub r#type: Option<RecordType>,
    /// `Line`: only records of this resolution line.
    pub line: Option<String>,
    /// `Status`: only enabled or only paused records.
    pub status: Option<RecordStatus>,
    /// `Lang`: the language of messages.
    pub lang: Option<Lang>,
}
