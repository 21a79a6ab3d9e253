//! `DescribeRegions`, ECS 2014-05-26: the regions the account can use.
//! <https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describeregions>

use serde::Deserialize;

/// Lists the ECS regions, each with its host.
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeRegions", product = crate::Ecs, response = DescribeRegionsResponse)]
pub struct DescribeRegions {
    /// `InstanceChargeType`: only regions that sell this billing method (`PrePaid`, `PostPaid`).
    pub instance_charge_type: Option<String>,
    /// `ResourceType`: only regions that offer this resource (`instance`, `disk`, `reservedinstance`, `scu`).
    pub resource_type: Option<String>,
    /// `AcceptLanguage`: the language of `LocalName` (`zh-CN`, `en-US`, `ja`).
    pub accept_language: Option<String>,
}

/// The answer: `Regions.Region[]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRegionsResponse {
    /// `RequestId`: the service's id of the request.
    pub request_id: String,
    /// `Regions.Region`: every region.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub regions: Vec<Region>,
}

/// One region.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Region {
    /// `RegionId`: `cn-hangzhou`, `eu-central-1`, ….
    pub region_id: String,
    /// `LocalName`: its name in the language asked for.
    #[serde(default)]
    pub local_name: Option<String>,
    /// `RegionEndpoint`: the ECS host of the region.
    #[serde(default)]
    pub region_endpoint: Option<String>,
    /// `Status`: `available` or `soldOut`.
    #[serde(default)]
    pub status: Option<String>,
}
