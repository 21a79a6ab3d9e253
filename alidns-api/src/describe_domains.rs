//! `DescribeDomains`, Alidns 2015-01-09: the domains the account hosts, page by page.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomains>

use aliyun_rpc::RpcPage;
use serde::Deserialize;

use crate::types::{DomainSearchMode, Lang, Tag};

/// Lists the hosted domains, optionally by keyword or group; stream every page with
/// [`Client::items`](aliyun_rpc::Client::items).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDomains", product = crate::Alidns, response = DescribeDomainsResponse)]
#[non_exhaustive]
pub struct DescribeDomains {
    /// `PageNumber`: the page, counted from 1; a page stream moves it.
    #[rpc(min = 1, page_number)]
    pub page_number: Option<i64>,
    /// `PageSize`: domains per page, 1 to 100 (default 20).
    #[rpc(min = 1, max = 100)]
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

impl DescribeDomains {
    /// Every hosted domain, 100 to a page.
    pub fn new() -> DescribeDomains {
        DescribeDomains {
            page_number: None,
            page_size: Some(100),
            key_word: None,
            search_mode: None,
            group_id: None,
            resource_group_id: None,
            starmark: None,
            lang: None,
        }
    }
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
    #[serde(default)]
    pub page_size: Option<u64>,
    /// `Domains.Domain[]`.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    #[rpc(items)]
    pub domains: Vec<HostedDomain>,
}

/// One domain hosted on Alidns.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct HostedDomain {
    /// `DomainId`.
    pub domain_id: String,
    /// `DomainName`.
    pub domain_name: String,
    /// `PunyCode`: the ASCII form of an internationalized name.
    #[serde(default)]
    pub puny_code: Option<String>,
    /// `AliDomain`: whether the domain is registered with Alibaba Cloud too.
    #[serde(default)]
    pub ali_domain: Option<bool>,
    /// `RecordCount`: how many records it has.
    #[serde(default)]
    pub record_count: Option<i64>,
    /// `RegistrantEmail`.
    #[serde(default)]
    pub registrant_email: Option<String>,
    /// `Remark`.
    #[serde(default)]
    pub remark: Option<String>,
    /// `GroupId`: its domain group.
    #[serde(default)]
    pub group_id: Option<String>,
    /// `GroupName`.
    #[serde(default)]
    pub group_name: Option<String>,
    /// `InstanceId`: the paid DNS edition it uses, if any.
    #[serde(default)]
    pub instance_id: Option<String>,
    /// `VersionCode`: the edition's code (`mianfei` for the free one).
    #[serde(default)]
    pub version_code: Option<String>,
    /// `VersionName`: the edition's name.
    #[serde(default)]
    pub version_name: Option<String>,
    /// `InstanceEndTime`: when the paid edition ends.
    #[serde(default)]
    pub instance_end_time: Option<String>,
    /// `InstanceExpired`: whether it has ended.
    #[serde(default)]
    pub instance_expired: Option<bool>,
    /// `Starmark`: whether the owner starred it.
    #[serde(default)]
    pub starmark: Option<bool>,
    /// `CreateTime`, as the service formats it.
    #[serde(default)]
    pub create_time: Option<String>,
    /// `CreateTimestamp`: when it was added, in ms since the epoch.
    #[serde(default)]
    pub create_timestamp: Option<i64>,
    /// `ResourceGroupId`.
    #[serde(default)]
    pub resource_group_id: Option<String>,
    /// `SlaveDnsStatus`: whether secondary DNS is on.
    #[serde(default)]
    pub slave_dns_status: Option<String>,
    /// `DomainLoggingSwitchStatus`: whether query logging is on.
    #[serde(default)]
    pub domain_logging_switch_status: Option<String>,
    /// `DnsServers.DnsServer[]`: the name servers Alidns serves it from.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub dns_servers: Vec<String>,
    /// `Tags.Tag[]`.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub tags: Vec<Tag>,
}
