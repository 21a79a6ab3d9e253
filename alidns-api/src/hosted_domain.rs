//! A domain hosted on Alidns, as `DescribeDomains` lists it and `DescribeDomainInfo` answers it.

use serde::Deserialize;

use crate::types::Tag;

/// One domain hosted on Alidns: an item of `DescribeDomains` (`Domains.Domain[]`), or the whole
/// answer of `DescribeDomainInfo`, which adds the request id and, with `NeedDetailAttributes`, the
/// TTLs, lines and protection state (empty in listings).
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
    /// `RequestId`: only in the answer of `DescribeDomainInfo`.
    #[serde(default)]
    pub request_id: Option<String>,
    /// `MinTtl`: the smallest TTL the edition allows, in seconds (detailed attributes only).
    #[serde(default)]
    pub min_ttl: Option<i64>,
    /// `AvailableTtls.AvailableTtl[]`: the TTLs the edition allows (detailed attributes only).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub available_ttls: Vec<String>,
    /// `LineType`: the kind of resolution lines the edition offers (detailed attributes only).
    #[serde(default)]
    pub line_type: Option<String>,
    /// `RecordLines.RecordLine[]`: the lines a record may use (detailed attributes only).
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
