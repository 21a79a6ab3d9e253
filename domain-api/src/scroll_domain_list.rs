//! `ScrollDomainList`, Domain 2018-01-29: the account's domains matching an advanced search, scroll
//! by scroll.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-scrolldomainlist>

use serde::Deserialize;

use crate::domain_search_filter::DomainSearchFilter;
use crate::query_domain_list::DomainSummary;
use crate::types::Lang;

/// Lists the account's domains with the filter of `QueryAdvancedDomainList`, by scrolling rather
/// than by page number, for reading very many domains: send the previous answer's `ScrollId` back
/// to read on, until an answer has no domains. It is read one scroll at a time (the service does
/// not say whether a scroll id stays the same between answers).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "ScrollDomainList",
    product = crate::Domain,
    response = ScrollDomainListResponse,
    idempotent
)]
#[non_exhaustive]
pub struct ScrollDomainList {
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `PageSize`: domains per answer, 1 to 500. Optional.
    #[rpc(min = 1, max = 500)]
    pub page_size: Option<u32>,
    /// `ScrollId`: where to read on: the previous answer's `ScrollId`; none for the first answer.
    /// Optional.
    pub scroll_id: Option<String>,
    /// The search filter, written as the listing's own parameters (`KeyWord`, `Suffixs`, the date
    /// ranges, …); the default matches every domain.
    #[rpc(flatten)]
    pub filter: DomainSearchFilter,
}

/// One scroll of domains.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ScrollDomainListResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `ScrollId`: send it back as `ScrollId` to read the next domains.
    pub scroll_id: Option<String>,
    /// `PageSize`: domains per answer.
    pub page_size: Option<i32>,
    /// `TotalItemNum`: domains matching the request, over all scrolls.
    pub total_item_num: Option<i64>,
    /// `Data`: the domains of this answer (`Data.Domain[]`).
    #[serde(
        rename = "Data",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    pub domains: Vec<DomainSummary>,
}
