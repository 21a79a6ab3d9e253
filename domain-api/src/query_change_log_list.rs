//! `QueryChangeLogList`, Domain 2018-01-29: the log of operations on the account's domains, a page
//! at a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querychangeloglist>

use serde::Deserialize;

use crate::pagination::ListPage;
use crate::types::Lang;

/// Lists the operations made on the account's domains (name-server changes, registrant changes, …)
/// with their outcome, filtered by domain and date. The service reads at most the latest 1,000
/// entries (the page's `result_limit` says when there were more: narrow the dates). Stream every
/// entry with `client.items(..)`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryChangeLogList", product = crate::Domain, response = ListPage<ChangeLog>)]
#[non_exhaustive]
pub struct QueryChangeLogList {
    /// `PageNum`: the page to read, counted from 1; a page stream moves it. Required.
    #[rpc(min = 1, page_number)]
    pub page_num: u32,
    /// `PageSize`: entries per page, 1 to 100. Required.
    #[rpc(min = 1, max = 100)]
    pub page_size: u32,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `DomainName`: only operations on this domain. Optional.
    pub domain_name: Option<String>,
    /// `StartDate`: only operations at or after this time, in milliseconds since the Unix epoch.
    /// Optional.
    pub start_date: Option<i64>,
    /// `EndDate`: only operations at or before this time, in milliseconds since the Unix epoch.
    /// Optional.
    pub end_date: Option<i64>,
}

/// One operation of the change log.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ChangeLog {
    /// `DomainName`: the domain.
    pub domain_name: Option<String>,
    /// `Operation`: what was done, such as a name-server change.
    pub operation: Option<String>,
    /// `Details`: what changed (`dns1;dns2 -> dns3;dns4`).
    pub details: Option<String>,
    /// `Result`: how it ended.
    pub result: Option<String>,
    /// `Time`: when, in UTC, formatted after `Lang`.
    pub time: Option<String>,
    /// `OperationIPAddress`: the IP address the operation came from.
    #[serde(rename = "OperationIPAddress", default)]
    pub operation_ip_address: Option<String>,
}
