//! `QueryAdvancedDomainList`, Domain 2018-01-29: the account's domains matching an advanced search,
//! a page at a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryadvanceddomainlist>

use crate::domain_search_filter::DomainSearchFilter;
use crate::pagination::ListPage;
use crate::query_domain_list::DomainSummary;
use crate::types::{Lang, Tag};

/// Lists the account's domains with a richer filter than `QueryDomainList` (key words, suffixes,
/// name length, sale status, tags) and sorting by name, type or dates. Stream every domain with
/// `client.items(..)`; `ScrollDomainList` takes the same filter without page numbers.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryAdvancedDomainList",
    product = crate::Domain,
    response = ListPage<DomainSummary>
)]
#[non_exhaustive]
pub struct QueryAdvancedDomainList {
    /// `PageNum`: the page to read, counted from 1; a page stream moves it. Required.
    #[rpc(min = 1, page_number)]
    pub page_num: u32,
    /// `PageSize`: domains per page, 1 to 200. Required.
    #[rpc(min = 1, max = 200)]
    pub page_size: u32,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `DomainNameSort`: sort by name: `true` ascending, `false` descending. Optional.
    pub domain_name_sort: Option<bool>,
    /// `ExpirationDateSort`: sort by expiration date: `true` ascending, `false` descending.
    /// Optional.
    pub expiration_date_sort: Option<bool>,
    /// `ProductDomainTypeSort`: sort by domain type: `true` ascending, `false` descending.
    /// Optional.
    pub product_domain_type_sort: Option<bool>,
    /// `RegistrationDateSort`: sort by registration date: `true` ascending, `false` descending.
    /// Optional.
    pub registration_date_sort: Option<bool>,
    /// `Tag`: only domains with all these tags, sent as `Tag.N.Key` and `Tag.N.Value`, at most 21.
    /// Optional.
    #[rpc(max_len = 21)]
    pub tag: Vec<Tag>,
    /// `IsPremiumDomain`: only premium names (`true`) or only others (`false`). Optional.
    pub is_premium_domain: Option<bool>,
    /// The search filter, written as the listing's own parameters (`KeyWord`, `Suffixs`, the date
    /// ranges, …); the default matches every domain.
    #[rpc(flatten)]
    pub filter: DomainSearchFilter,
}
