//! `DescribeDomainInfo`, Alidns 2015-01-09: one hosted domain's settings.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomaininfo>

use serde::Deserialize;

use crate::types::Lang;

/// Reads one hosted domain: its name servers, edition, and with `NeedDetailAttributes` the TTLs
/// and resolution lines its edition allows.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDomainInfo", product = crate::Alidns, response = DescribeDomainInfoResponse)]
#[non_exhaustive]
pub struct DescribeDomainInfo {
    /// `DomainName` (required).
    pub domain_name: String,
    /// `NeedDetailAttributes`: also answer the lines, TTLs and secondary-DNS settings.
    pub need_detail_attributes: Option<bool>,
    /// `Lang`: the language of messages.
    pub lang: Option<Lang>,
}

impl DescribeDomainInfo {
    /// The settings of `domain_name`, without the detailed attributes.
    pub fn new(domain_name: impl Into<String>) -> DescribeDomainInfo {
        DescribeDomainInfo {
            domain_name: domain_name.into(),
            need_detail_attributes: None,
            lang: None,
        }
    }
}

/// One hosted domain's settings; the fields sit at the top level.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DescribeDomainInfoResponse {
    /// `RequestId`.
    pub request_id: String,
    /// `DomainId`.
    #[serde(default)]
    pub domain_id: Option<String>,
    /// `DomainName`.
    pub domain_name: String,
    /// `PunyCode`.
    #[serde(default)]
    pub puny_code: Option<String>,
    /// `AliDomain`: whether the domain is registered with Alibaba Cloud too.
    #[serde(default)]
    pub ali_domain: Option<bool>,
    /// `Remark`.
    #[serde(default)]
    pub remark: Option<String>,
    /// `GroupId`.
    #[serde(default)]
    pub group_id: Option<String>,
    /// `GroupName`.
    #[serde(default)]
    pub group_name: Option<String>,
    /// `InstanceId`: the paid DNS edition, if any.
    #[serde(default)]
    pub instance_id: Option<String>,
    /// `VersionCode`: the edition's code.
    #[serde(default)]
    pub version_code: Option<String>,
    /// `VersionName`: the edition's name.
    #[serde(default)]
    pub version_name: Option<String>,
    /// `CreateTime`, as the service formats it.
    #[serde(default)]
    pub create_time: Option<String>,
    /// `ResourceGroupId`.
    #[serde(default)]
    pub resource_group_id: Option<String>,
    /// `DnsServers.DnsServer[]`: the name servers to delegate the domain to.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub dns_servers: Vec<String>,
    /// `MinTtl`: the smallest TTL the edition allows, in seconds (detailed attributes).
    #[serde(default)]
    pub min_ttl: Option<i64>,
    /// `AvailableTtls.AvailableTtl[]`: the TTLs the edition allows (detailed attributes).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub available_ttls: Vec<String>,
    /// `LineType`: the kind of resolution lines the edition offers (detailed attributes).
    #[serde(default)]
    pub line_type: Option<String>,
    /// `RecordLines.RecordLine[]`: the lines a record may use (detailed attributes).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub record_lines: Vec<RecordLine>,
    /// `RecordLineTreeJson`: the same lines as a JSON tree, as text.
    #[serde(default)]
    pub record_line_tree_json: Option<String>,
    /// `RegionLines`: whether region lines are offered.
    #[serde(default)]
    pub region_lines: Option<bool>,
    /// `SlaveDns`: whether secondary DNS is on.
    #[serde(default)]
    pub slave_dns: Option<bool>,
    /// `SubDomain`: whether the name is a subdomain hosted on its own.
    #[serde(default)]
    pub sub_domain: Option<bool>,
    /// `InBlackHole`: whether traffic to the domain is being dropped (an attack).
    #[serde(default)]
    pub in_black_hole: Option<bool>,
    /// `InClean`: whether traffic to the domain is being scrubbed.
    #[serde(default)]
    pub in_clean: Option<bool>,
    /// `DomainLoggingSwitchStatus`: whether query logging is on.
    #[serde(default)]
    pub domain_logging_switch_status: Option<String>,
}

/// One resolution line a record may use (`RecordLines.RecordLine[]`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RecordLine {
    /// `LineCode`: what a record's `Line` takes (`default`, `telecom`, …).
    pub line_code: String,
    /// `LineName`.
    #[serde(default)]
    pub line_name: Option<String>,
    /// `LineDisplayName`.
    #[serde(default)]
    pub line_display_name: Option<String>,
    /// `FatherCode`: the line this one refines.
    #[serde(default)]
    pub father_code: Option<String>,
}
