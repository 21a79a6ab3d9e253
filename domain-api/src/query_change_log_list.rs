//! `QueryChangeLogList`, Domain 2018-01-29: the log of operations on the account's domains, a page
//! at a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querychangeloglist>

use aliyun_rpc::RpcPage;
use serde::Deserialize;

use crate::types::Lang;

/// Lists the operations made on the account's domains (name-server changes, registrant changes, …)
/// with their outcome, filtered by domain and date. The service reads at most the latest 1,000
/// entries (`ResultLimit` says when there were more: narrow the dates). Stream every entry with
/// `client.items(..)`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryChangeLogList", product = crate::Domain, response = ChangeLogPage)]
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
    /// `Lang`: the language of error messages, `zh` or `en` (the service's default). Optional.
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

/// One page of the change log: the usual page fields, and whether the service capped the search.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ChangeLogPage {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `CurrentPageNum`: the page this is.
    #[serde(default)]
    #[rpc(page_number)]
    pub current_page_num: u32,
    /// `PageSize`: entries per page.
    #[serde(default)]
    pub page_size: u32,
    /// `TotalItemNum`: entries matching the request, over all pages.
    #[serde(default)]
    #[rpc(total_items)]
    pub total_item_num: u64,
    /// `TotalPageNum`: pages over all.
    #[serde(default)]
    #[rpc(total_pages)]
    pub total_page_num: u32,
    /// `PrePage`: whether a previous page exists.
    #[serde(default)]
    pub pre_page: bool,
    /// `NextPage`: whether a next page exists.
    #[serde(default)]
    #[rpc(next_page)]
    pub next_page: bool,
    /// `ResultLimit`: whether more than the 1,000 entries the service reads matched; narrow the
    /// dates to see the others.
    #[serde(default)]
    pub result_limit: bool,
    /// `Data.ChangeLog[]`: the entries of this page.
    #[serde(
        rename = "Data",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    #[rpc(items)]
    pub items: Vec<ChangeLog>,
}

/// One operation of the change log.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ChangeLog {
    /// `DomainName`: the domain.
    #[serde(default)]
    pub domain_name: Option<String>,
    /// `Operation`: what was done, such as a name-server change.
    #[serde(default)]
    pub operation: Option<String>,
    /// `Details`: what changed (`dns1;dns2 -> dns3;dns4`).
    #[serde(default)]
    pub details: Option<String>,
    /// `Result`: how it ended.
    #[serde(default)]
    pub result: Option<String>,
    /// `Time`: when, in UTC, formatted after `Lang`.
    #[serde(default)]
    pub time: Option<String>,
    /// `OperationIPAddress`: the IP address the operation came from.
    #[serde(rename = "OperationIPAddress", default)]
    pub operation_ip_address: Option<String>,
}
