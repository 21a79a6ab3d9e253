//! `DescribeDomains`, Alidns 2015-01-09: the domains the account hosts, page by page.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomains>

use aliyun_rpc::RpcPage;
use serde::Deserialize;

use crate::hosted_domain::HostedDomain;
use crate::types::{DomainSearchMode, Lang};

/// Lists the hosted domains, optionally by keyword or group; stream every page with
/// [`Client::items`](aliyun_rpc::Client::items).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDomains", product = crate::Alidns, response = DescribeDomainsResponse)]
#[non_exhaustive]
pub struct DescribeDomains {
    /// `PageNumber`: the page, counted from 1; a page stream moves it.
    #[rpc(min = 1, page_number)]
    pub page_number: Option<i64>,
    /// `PageSize`: domains per page, 1 to 100 (the service's default is 20); `new` asks for 100,
    /// the most.
    #[rpc(min = 1, max = 100, default = Some(100))]
    pub page_size: Option<i64>,
    /// `KeyWord`: matches the domain name.
    pub key_word: Option<String>,
    /// `SearchMode`: how `KeyWord` matches.
    pub search_mode: Option<DomainSearchMode>,
    /// `GroupId`: only domains of this group (`defaultGroup` the default one).
    pub group_id: Option<String>,
    /// `ResourceGroupId`: only domains of this resource group.
    pub resource_group_id: Option<String>,
    /// `Starmark`: only starred (`true`) or only unstarred domains.
    pub starmark: Option<bool>,
    /// `Lang`: the language of messages.
    pub lang: Option<Lang>,
}

impl Default for DescribeDomains {
    fn default() -> DescribeDomains {
        DescribeDomains::new()
    }
}

/// One page of hosted domains, from the `Domains` wrapper.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DescribeDomainsResponse {
    /// `RequestId`.
    pub request_id: String,
    /// `TotalCount`: domains matching, over all pages.
    #[serde(default)]
    #[rpc(total_items)]
    pub total_count: u64,
    /// `PageNumber`: this page, counted from 1.
    #[serde(default)]
    #[rpc(page_number)]
    pub page_number: Option<u64>,
    /// `PageSize`.
    pub page_size: Option<u64>,
    /// `Domains.Domain[]`.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    #[rpc(items)]
    pub domains: Vec<HostedDomain>,
}
