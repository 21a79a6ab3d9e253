//! `CreateAutoSnapshotPolicy`, ECS 2014-05-26: a schedule of automatic disk snapshots.
//! <https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-createautosnapshotpolicy>
//!
//! Its wire names are in lower camel case (`regionId`, `timePoints`), and its copy settings are
//! a `flat` structure holding a list: `CopyEncryptionConfiguration.Arn.1.RoleType`.

use serde::Deserialize;

use crate::tag::Tag;

/// Creates a policy that snapshots disks at `timePoints` hours on `repeatWeekdays` days and
/// keeps each snapshot `retentionDays` days (`-1`: until deleted).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "CreateAutoSnapshotPolicy",
    product = crate::Ecs,
    response = CreateAutoSnapshotPolicyResponse,
    // The required JSON lists have no length rule in the metadata, so the generated `new` would
    // leave them out; this one takes every required parameter.
    no_constructor
)]
pub struct CreateAutoSnapshotPolicy {
    /// `regionId` (required): the region.
    #[rpc(rename = "regionId")]
    pub region_id: String,
    /// `autoSnapshotPolicyName`: the policy's name.
    #[rpc(rename = "autoSnapshotPolicyName")]
    pub auto_snapshot_policy_name: Option<String>,
    /// `timePoints` (required): hours of the day, `"0"` to `"23"` (UTC+8), as a JSON array.
    #[rpc(rename = "timePoints", json)]
    pub time_points: Vec<String>,
    /// `repeatWeekdays` (required): days, `"1"` (Monday) to `"7"`, as a JSON array.
    #[rpc(rename = "repeatWeekdays", json)]
    pub repeat_weekdays: Vec<String>,
    /// `retentionDays` (required): days a snapshot is kept, `-1` for ever.
    #[rpc(rename = "retentionDays")]
    pub retention_days: i32,
    /// `EnableCrossRegionCopy`: also copy each snapshot to another region.
    pub enable_cross_region_copy: Option<bool>,
    /// `TargetCopyRegions`: the region to copy to.
    pub target_copy_regions: Option<String>,
    /// `StorageLocationArn`: not available yet.
    pub storage_location_arn: Option<String>,
    /// `CopiedSnapshotsRetentionDays`: days a copy is kept.
    pub copied_snapshots_retention_days: Option<i32>,
    /// `Tag.N.Key`, `Tag.N.Value`: the policy's tags, up to 20.
    #[rpc(max_len = 20)]
    pub tag: Vec<Tag>,
    /// `ResourceGroupId`: the policy's resource group.
    pub resource_group_id: Option<String>,
    /// `CopyEncryptionConfiguration.*`: how copies are encrypted.
    pub copy_encryption_configuration: Option<CopyEncryptionConfiguration>,
}

impl CreateAutoSnapshotPolicy {
    /// A policy in `region_id` for these hours and days, keeping snapshots `retention_days`.
    pub fn new(
        region_id: impl Into<String>,
        time_points: Vec<String>,
        repeat_weekdays: Vec<String>,
        retention_days: i32,
    ) -> CreateAutoSnapshotPolicy {
        CreateAutoSnapshotPolicy {
            region_id: region_id.into(),
            auto_snapshot_policy_name: None,
            time_points,
            repeat_weekdays,
            retention_days,
            enable_cross_region_copy: None,
            target_copy_regions: None,
            storage_location_arn: None,
            copied_snapshots_retention_days: None,
            tag: Vec::new(),
            resource_group_id: None,
            copy_encryption_configuration: None,
        }
    }
}

/// How copied snapshots are encrypted: `CopyEncryptionConfiguration.Encrypted`, `.KMSKeyId`,
/// `.Arn.N.*` (the `flat` style).
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::RpcParams)]
pub struct CopyEncryptionConfiguration {
    /// `Encrypted`: encrypt the copies.
    pub encrypted: Option<bool>,
    /// `KMSKeyId`: the KMS key.
    #[rpc(rename = "KMSKeyId")]
    pub kms_key_id: Option<String>,
    /// `Arn.N.*`: the roles that may use the key, up to 10.
    #[rpc(max_len = 10)]
    pub arn: Vec<EncryptionRole>,
}

/// A role that may use the key: `RoleType`, `Rolearn`, `AssumeRoleFor`.
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::RpcParams)]
pub struct EncryptionRole {
    /// `RoleType`: the role's type.
    pub role_type: Option<String>,
    /// `Rolearn`: the role's ARN (spelled so by the service).
    pub rolearn: Option<String>,
    /// `AssumeRoleFor`: the account that assumes the role.
    pub assume_role_for: Option<i64>,
}

/// The new policy's id.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAutoSnapshotPolicyResponse {
    /// `RequestId`: the service's id of the request.
    pub request_id: String,
    /// `AutoSnapshotPolicyId`: `sp-bp14yziiuvu3s6jn****`.
    #[serde(default)]
    pub auto_snapshot_policy_id: Option<String>,
}
