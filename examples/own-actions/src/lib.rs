//! One action each of Domain, Alidns and ECS, declared the way a user of `aliyun-rpc` declares
//! their own: a product with its parameter names (or the one `domain-api` or `alidns-api`
//! declares), a struct with attributes, a response type.
//! Nothing else is written by hand; `tests/metadata.rs` holds each against Alibaba's metadata.

mod names;

mod check_domain;
mod describe_domain_groups;
mod describe_spot_advice;

pub use check_domain::{CheckDomain, CheckDomainResponse};
pub use describe_domain_groups::{DescribeDomainGroups, DescribeDomainGroupsResponse, DomainGroup};
pub use describe_spot_advice::{
    AvailableSpotResource, AvailableSpotZone, DescribeSpotAdvice, DescribeSpotAdviceResponse,
};

/// Domain, API version 2018-01-29: `domain-api` already declares the product, with its
/// parameter names, so an action it does not have yet is declared against it.
pub use domain_api::Domain;

/// Alibaba Cloud DNS, API version 2015-01-09: `alidns-api` declares the product, with its
/// parameter names, as `domain-api` does Domain.
pub use alidns_api::Alidns;

/// Elastic Compute Service, API version 2014-05-26.
pub struct Ecs;

impl aliyun_rpc::Product for Ecs {
    const NAME: &'static str = "Ecs";
    const VERSION: &'static str = "2014-05-26";
    const ENDPOINT: &'static str = "ecs.aliyuncs.com";
    const PARAMETER_NAMES: &'static [&'static str] = names::ecs::PARAMETER_NAMES;
}
