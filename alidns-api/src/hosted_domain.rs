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
    pub puny_code: Option<String>,
    /// `AliDomain`: whether the domain is registered with Alibaba Cloud too.
    pub ali_domain: Option<bool>,
    /// `RecordCount`: how many records it has.
    pub record_count: Option<i64>,
    /// `RegistrantEmail`.
    pub registrant_email: Option<String>,
    /// `Remark`.
    pub remark: Option<String>,
    /// `GroupId`: its domain group.
    pub group_id: Option<String>,
    /// `GroupName`.
    pub group_name: Option<String>,
    /// `InstanceId`: the paid DNS edition it uses, if any.
    pub instance_id: Option<String>,
    /// `VersionCode`: the edition's code (`mianfei` for the free one).
    pub version_code: Option<String>,
    /// `VersionName`: the edition's name.
    pub version_name: Option<String>,
    /// `InstanceEndTime`: when the paid edition ends.
    pub instance_end_time: Option<String>,
    /// `InstanceExpired`: whether it has ended.
    pub instance_expired: Option<bool>,
    /// `Starmark`: whether the owner starred it.
    pub starmark: Option<bool>,
    /// `CreateTime`, as the service formats it.
    pub create_time: Option<String>,
    /// `CreateTimestamp`: when it was added, in ms since the epoch.
    pub create_timestamp: Option<i64>,
    /// `ResourceGroupId`.
    pub resource_group_id: Option<String>,
    /// `SlaveDnsStatus`: whether secondary DNS is on.
    pub slave_dns_status: Option<String>,
    /// `DomainLoggingSwitchStatus`: whether query logging is on.
    pub domain_logging_switch_status: Option<String>,
    /// `DnsServers.DnsServer[]`: the name servers Alidns serves it from.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub dns_servers: Vec<String>,
    /// `Tags.Tag[]`.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub tags: Vec<Tag>,
    /// `RequestId`: only in the answer of `DescribeDomainInfo`.
    pub request_id: Option<String>,
    /// `MinTtl`: the smallest TTL the edition allows, in seconds (detailed attributes only).
    pub min_ttl: Option<i64>,
    /// `AvailableTtls.AvailableTtl[]`: the TTLs the edition allows (detailed attributes only).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub available_ttls: Vec<String>,
    /// `LineType`: the kind of resolution lines the edition offers (detailed attributes only).
    pub line_type: Option<String>,
    /// `RecordLines.RecordLine[]`: the lines a record may use (detailed attributes only).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub record_lines: Vec<RecordLine>,
    /// `RecordLineTreeJson`: the same lines as a JSON tree, as text.
    pub record_line_tree_json: Option<String>,
    /// `RegionLines`: whether region lines are offered.
    pub region_lines: Option<bool>,
    /// `SlaveDns`: whether secondary DNS is on.
    pub slave_dns: Option<bool>,
    /// `SubDomain`: whether the name is a subdomain hosted on its own.
    pub sub_domain: Option<bool>,
    /// `InBlackHole`: whether traffic to the domain is being dropped (an attack).
    pub in_black_hole: Option<bool>,
    /// `InClean`: whether traffic to the domain is being scrubbed.
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
    pub line_name: Option<String>,
    /// `LineDisplayName`.
    pub line_display_name: Option<String>,
    /// `FatherCode`: the line this one refines.
    pub father_code: Option<String>,
}
