//! An instance as `DescribeInstances` answers it.

use serde::Deserialize;

/// One ECS instance (the fields most callers read; the service sends many more, which are
/// ignored).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Instance {
    /// `InstanceId`: `i-bp67acfmxazb4p****`.
    pub instance_id: String,
    /// `InstanceName`: the owner's name for it.
    #[serde(default)]
    pub instance_name: Option<String>,
    /// `RegionId`: its region.
    #[serde(default)]
    pub region_id: Option<String>,
    /// `ZoneId`: its zone.
    #[serde(default)]
    pub zone_id: Option<String>,
    /// `Status`: `Running`, `Stopped`, ….
    #[serde(default)]
    pub status: Option<String>,
    /// `InstanceType`: `ecs.g5.large`.
    #[serde(default)]
    pub instance_type: Option<String>,
    /// `Cpu`: its vCPUs.
    #[serde(default)]
    pub cpu: Option<u32>,
    /// `Memory`: its memory, in MiB.
    #[serde(default)]
    pub memory: Option<u64>,
    /// `ImageId`: the image it runs.
    #[serde(default)]
    pub image_id: Option<String>,
    /// `CreationTime`: when it was created (UTC, `2017-12-10T04:04Z`).
    #[serde(default)]
    pub creation_time: Option<String>,
    /// `InstanceChargeType`: `PostPaid` or `PrePaid`.
    #[serde(default)]
    pub instance_charge_type: Option<String>,
    /// `PublicIpAddress.IpAddress`: its public addresses.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub public_ip_address: Vec<String>,
    /// `SecurityGroupIds.SecurityGroupId`: its security groups.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub security_group_ids: Vec<String>,
    /// `VpcAttributes`: where it sits in its VPC.
    #[serde(default)]
    pub vpc_attributes: Option<VpcAttributes>,
    /// `Tags.Tag`: its tags.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub tags: Vec<InstanceTag>,
}

/// An instance's place in its VPC.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpcAttributes {
    /// `VpcId`: the VPC.
    #[serde(default)]
    pub vpc_id: Option<String>,
    /// `VSwitchId`: the vSwitch.
    #[serde(rename = "VSwitchId", default)]
    pub vswitch_id: Option<String>,
    /// `PrivateIpAddress.IpAddress`: its private addresses.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub private_ip_address: Vec<String>,
}

/// A tag of an instance, as the answer spells it (`TagKey`, `TagValue`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceTag {
    /// `TagKey`.
    pub tag_key: String,
    /// `TagValue`.
    #[serde(default)]
    pub tag_value: Option<String>,
}
