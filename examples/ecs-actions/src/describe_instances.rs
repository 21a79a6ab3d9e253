//! `DescribeInstances`, ECS 2014-05-26: the instances of one region, filtered, page by page.
//! <https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describeinstances>

use aliyun_rpc::RpcPage;
use serde::Deserialize;

use crate::filter::Filter;
use crate::instance::Instance;
use crate::tag::Tag;

/// Lists the instances of `RegionId` that match every filter given; stream every page with
/// [`Client::items`](aliyun_rpc::Client::items), which follows `NextToken`.
///
/// The id and address filters are JSON arrays of up to 100 values (`InstanceIds=["i-1","i-2"]`).
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeInstances", product = crate::Ecs, response = InstancesPage)]
pub struct DescribeInstances {
    /// `RegionId` (required by the service): the region, `cn-hangzhou`; left `None`, the client
    /// sends its own region.
    pub region_id: Option<String>,
    /// `VpcId`: only instances in this VPC.
    pub vpc_id: Option<String>,
    /// `VSwitchId`: only instances on this vSwitch.
    #[rpc(rename = "VSwitchId")]
    pub vswitch_id: Option<String>,
    /// `ZoneId`: only instances in this zone.
    pub zone_id: Option<String>,
    /// `InstanceNetworkType`: `vpc` or `classic`.
    pub instance_network_type: Option<String>,
    /// `SecurityGroupId`: only members of this security group.
    pub security_group_id: Option<String>,
    /// `InstanceIds`: only these instances, sent as a JSON array.
    #[rpc(json)]
    pub instance_ids: Option<Vec<String>>,
    /// `PageNumber`: the page, from 1 (to be retired: the listing moves by `NextToken`).
    #[rpc(min = 1)]
    pub page_number: Option<i32>,
    /// `PageSize`: instances per page, 1 to 100 (to be retired, like `PageNumber`).
    #[rpc(min = 1, max = 100)]
    pub page_size: Option<i32>,
    /// `NextToken`: where the previous page ended; a page stream moves it.
    #[rpc(next_token)]
    pub next_token: Option<String>,
    /// `MaxResults`: instances per page, 1 to 100 (the service's default is 10; `new` asks for
    /// 100).
    #[rpc(min = 1, max = 100, default = Some(100))]
    pub max_results: Option<i32>,
    /// `InnerIpAddresses`: classic-network addresses, a JSON array.
    #[rpc(json)]
    pub inner_ip_addresses: Option<Vec<String>>,
    /// `PrivateIpAddresses`: VPC addresses, a JSON array.
    #[rpc(json)]
    pub private_ip_addresses: Option<Vec<String>>,
    /// `PublicIpAddresses`: public addresses, a JSON array.
    #[rpc(json)]
    pub public_ip_addresses: Option<Vec<String>>,
    /// `EipAddresses`: elastic addresses, a JSON array.
    #[rpc(json)]
    pub eip_addresses: Option<Vec<String>>,
    /// `InstanceChargeType`: `PostPaid` or `PrePaid`.
    pub instance_charge_type: Option<String>,
    /// `InternetChargeType`: `PayByBandwidth` or `PayByTraffic`.
    pub internet_charge_type: Option<String>,
    /// `InstanceName`: the name, `*` as a wildcard.
    pub instance_name: Option<String>,
    /// `ImageId`: only instances of this image.
    pub image_id: Option<String>,
    /// `Status`: `Pending`, `Running`, `Starting`, `Stopping` or `Stopped`.
    pub status: Option<String>,
    /// `LockReason`: only instances locked for this reason.
    pub lock_reason: Option<String>,
    /// `Filter.N.Key`, `Filter.N.Value`: up to four time bounds.
    #[rpc(max_len = 4)]
    pub filter: Vec<Filter>,
    /// `DeviceAvailable`: not public yet.
    pub device_available: Option<bool>,
    /// `IoOptimized`: only I/O optimized instances.
    pub io_optimized: Option<bool>,
    /// `NeedSaleCycle`: not public yet.
    pub need_sale_cycle: Option<bool>,
    /// `InstanceType`: only instances of this type, `ecs.g5.large`.
    pub instance_type: Option<String>,
    /// `InstanceTypeFamily`: only instances of this family, `ecs.g5`.
    pub instance_type_family: Option<String>,
    /// `KeyPairName`: only instances using this SSH key pair.
    pub key_pair_name: Option<String>,
    /// `ResourceGroupId`: only instances of this resource group.
    pub resource_group_id: Option<String>,
    /// `HpcClusterId`: only instances of this HPC cluster.
    pub hpc_cluster_id: Option<String>,
    /// `RdmaIpAddresses`: RDMA addresses of HPC instances.
    pub rdma_ip_addresses: Option<String>,
    /// `DryRun`: check the request only, answering `DryRunOperation`.
    pub dry_run: Option<bool>,
    /// `HttpEndpoint`: whether the metadata service is `enabled` or `disabled`.
    pub http_endpoint: Option<String>,
    /// `HttpTokens`: whether the metadata service's hardened mode is `optional` or `required`.
    pub http_tokens: Option<String>,
    /// `HttpPutResponseHopLimit`: not public yet.
    pub http_put_response_hop_limit: Option<i32>,
    /// `Ipv6Address.N`: only instances with these IPv6 addresses, up to 100.
    #[rpc(max_len = 100)]
    pub ipv6_address: Vec<String>,
    /// `Tag.N.Key`, `Tag.N.Value`: only instances with all these tags, up to 20.
    #[rpc(max_len = 20)]
    pub tag: Vec<Tag>,
    /// `AdditionalAttributes.N`: extra attributes to answer with (`META_OPTIONS`, …), up to 5.
    #[rpc(max_len = 5)]
    pub additional_attributes: Vec<String>,
}

/// A page of `DescribeInstances`: `Instances.Instance[]` and the token of the next page.
#[derive(Debug, Clone, PartialEq, Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase")]
pub struct InstancesPage {
    /// `RequestId`: the service's id of the request.
    pub request_id: String,
    /// `TotalCount`: instances over all pages.
    #[serde(default)]
    pub total_count: Option<u64>,
    /// `NextToken`: the next page's token; absent or empty on the last page.
    #[rpc(next_token)]
    #[serde(default)]
    pub next_token: Option<String>,
    /// `Instances.Instance`: this page's instances.
    #[rpc(items)]
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub instances: Vec<Instance>,
}
