//! ECS (Elastic Compute Service, API version 2014-05-26) actions declared with nothing but
//! `#[derive(aliyun_rpc::Rpc)]`: proof that the runtime holds no product-specific code.
//!
//! The three actions cover what Domain and Alidns do not: a regional product, JSON-style lists
//! (`InstanceIds=["i-1","i-2"]`, `#[rpc(json)]`), repeat lists of structures (`Tag.1.Key`), a
//! `flat` structure with a list inside (`CopyEncryptionConfiguration.Arn.1.RoleType`), wire
//! names in lower camel case (`regionId`), and a listing chained by tokens.
//! `tests/tests/metadata_drift.rs` holds them against `specs/ecs/actions.json`.
//!
//! Not published: a real ECS crate would declare far more than three actions.

#![forbid(unsafe_code)]

mod create_auto_snapshot_policy;
mod describe_instances;
mod describe_regions;
mod endpoints;
mod filter;
mod instance;
mod tag;

pub use create_auto_snapshot_policy::{
    CopyEncryptionConfiguration, CreateAutoSnapshotPolicy, CreateAutoSnapshotPolicyResponse,
    EncryptionRole,
};
pub use describe_instances::{DescribeInstances, InstancesPage};
pub use describe_regions::{DescribeRegions, DescribeRegionsResponse, Region};
pub use endpoints::{ECS_ENDPOINTS, ECS_REGIONS};
pub use filter::Filter;
pub use instance::{Instance, InstanceTag, VpcAttributes};
pub use tag::Tag;

/// The ECS product: API version 2014-05-26, sent to the host of the client's region
/// ([`ECS_ENDPOINTS`]); a client with no region refuses to send.
#[derive(Debug, Clone, Copy)]
pub struct Ecs;

impl aliyun_rpc::Product for Ecs {
    const NAME: &'static str = "Ecs";
    const VERSION: &'static str = "2014-05-26";
    const ENDPOINT: &'static str = "ecs.aliyuncs.com";
    const ENDPOINTS: aliyun_rpc::Endpoints = ECS_ENDPOINTS;
}
