//! Where an action is sent: the product's rule for finding its host, the client's region and
//! site, and the `RegionId` parameter filled from that region.
//!
//! A [`Product`](crate::Product) declares in `ENDPOINTS` how its host is found ([`Endpoints`]):
//!
//! - **central**: one host whatever the region (Domain: `domain.aliyuncs.com`);
//! - **regional**: `<code>.<region>.aliyuncs.com` (`ecs.cn-hangzhou.aliyuncs.com`);
//! - **a table** of region → host, as the product's metadata lists them, before either rule or
//!   alone;
//! - and, for products whose international site has a host of its own, that host
//!   (`domain-intl.aliyuncs.com`), used when the client is built with
//!   [`Site::International`].
//!
//! The client picks an action's URL in this order:
//!
//! 1. the client's explicit endpoint ([`ClientBuilder::endpoint`]), whatever the product says;
//! 2. the international host, when the client's site is [`Site::International`] and the product
//!    declares one;
//! 3. the table's host for the client's region, when the table lists it;
//! 4. the rule: the central host, or the regional pattern with the client's region. A product
//!    that needs a region when the client has none fails with [`EndpointError::MissingRegion`]
//!    before anything is sent; a table-only product asked for a region it does not list fails
//!    with [`EndpointError::RegionNotListed`].
//!
//! Steps 1, 3 and 4 are the official SDKs' (`alibabacloud-tea-openapi`: the endpoint, then the
//! product's endpoint map, then the `central`/`regional` rule). Step 2 is this crate's: an official
//! product client serves one product, so its region may select Domain's international host
//! (`ap-southeast-1` → `domain-intl`); one [`Client`](crate::Client) serves every product, and the
//! region that sends ECS calls to Singapore must not move Domain calls to another site.
//!
//! The client's region is the first of: [`ClientBuilder::region`], the variables
//! [`REGION_VARS`], and `region_id` of the Alibaba Cloud CLI profile that the credentials would
//! use (`~/.aliyun/config.json`, the profile named by `ALIBABA_CLOUD_PROFILE`, else the file's
//! `current`). The environment and profile are read once, at the first call that needs a
//! region, so a client that never does (Domain only) never reads the file.
//!
//! An action with a top-level `Option` field whose wire name is `RegionId` (`region_id:
//! Option<String>`), left `None`, is sent with `RegionId` = the client's region when the client
//! has one; a value set on the action is sent as set.
//!
//! [`ClientBuilder::endpoint`]: crate::ClientBuilder::endpoint
//! [`ClientBuilder::region`]: crate::ClientBuilder::region

mod error;
mod host;
mod region;
mod rule;
mod scheme;
mod site;

pub use error::EndpointError;
pub use host::{Host, NoHost};
pub(crate) use region::ClientRegion;
pub use region::{REGION_ID, REGION_VARS};
pub use rule::{EndpointRule, Endpoints};
pub use scheme::Scheme;
pub use site::Site;
