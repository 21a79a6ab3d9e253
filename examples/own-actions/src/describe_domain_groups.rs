//! Alidns `DescribeDomainGroups`: the groups an account sorts its domains into, page by page.
//! `alidns-api` does not declare it, so it is declared here against that crate's product.

use aliyun_rpc::Rpc;
use serde::Deserialize;

/// Lists the account's domain groups, optionally only those whose name matches `key_word`.
#[derive(Debug, Clone, Rpc)]
#[rpc(action = "DescribeDomainGroups", product = crate::Alidns, response = DescribeDomainGroupsResponse)]
pub struct DescribeDomainGroups {
    /// Matches the group's name.
    pub key_word: Option<String>,
    /// The page to read, from 1.
    #[rpc(min = 1)]
    pub page_number: Option<i64>,
    /// Groups per page; Alibaba allows at most 110.
    #[rpc(min = 1, max = 110)]
    pub page_size: Option<i64>,
    /// `zh` or `en`.
    pub lang: Option<String>,
}

/// One page of [`DescribeDomainGroups`].
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDomainGroupsResponse {
    /// The request's id.
    pub request_id: String,
    /// Groups over all pages.
    pub total_count: Option<i64>,
    /// This page's number.
    pub page_number: Option<i64>,
    /// Groups per page.
    pub page_size: Option<i64>,
    /// This page's groups (`"DomainGroups": {"DomainGroup": [...]}` on the wire).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub domain_groups: Vec<DomainGroup>,
}

/// One group of domains.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DomainGroup {
    /// The group's id.
    pub group_id: String,
    /// The group's name.
    pub group_name: String,
    /// How many domains it holds.
    pub domain_count: Option<i64>,
}
