//! ECS `DescribeSpotAdvice`: spot instance discounts and interruption rates by zone.

use aliyun_rpc::Rpc;
use serde::Deserialize;

/// Asks which spot instance types fit `cores` and `memory`, zone by zone.
#[derive(Debug, Clone, Rpc)]
#[rpc(action = "DescribeSpotAdvice", product = crate::Ecs, response = DescribeSpotAdviceResponse)]
pub struct DescribeSpotAdvice {
    /// The region (`cn-hangzhou`).
    pub region_id: String,
    /// vCPUs wanted.
    pub cores: Option<i32>,
    /// Memory wanted, in GiB (a float: `0.5` is allowed).
    pub memory: Option<f64>,
    /// The fewest vCPUs.
    pub min_cores: Option<i32>,
    /// The least memory, in GiB.
    pub min_memory: Option<f64>,
    /// The zone.
    pub zone_id: Option<String>,
    /// The instance family (`ecs.g5`).
    pub instance_type_family: Option<String>,
    /// `EntryLevel`, `EnterpriseLevel` or `CreditEntryLevel`.
    pub instance_family_level: Option<String>,
    /// The GPU model.
    pub gpu_spec: Option<String>,
    /// GPUs wanted.
    pub gpu_amount: Option<i32>,
    /// Instance types to consider, sent as `InstanceTypes.1`, `InstanceTypes.2`, …
    #[rpc(max_len = 10)]
    pub instance_types: Option<Vec<String>>,
}

/// The answer to [`DescribeSpotAdvice`].
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSpotAdviceResponse {
    /// The request's id.
    pub request_id: String,
    /// The region asked about.
    pub region_id: Option<String>,
    /// One entry per zone (`"AvailableSpotZones": {"AvailableSpotZone": [...]}`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub available_spot_zones: Vec<AvailableSpotZone>,
}

/// The spot offers of one zone.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AvailableSpotZone {
    /// The zone.
    pub zone_id: String,
    /// Its offers.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub available_spot_resources: Vec<AvailableSpotResource>,
}

/// One spot offer.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AvailableSpotResource {
    /// The instance type.
    pub instance_type: String,
    /// The average discount, in percent of the pay-as-you-go price.
    pub average_spot_discount: Option<i64>,
    /// The interruption rate, from 0 to 1.
    pub interruption_rate: Option<f64>,
}
