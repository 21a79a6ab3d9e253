//! [`EndpointError`]: why an action has no URL; nothing was sent.

/// Why the client found no host for an action; nothing was sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EndpointError {
    /// The action's product finds its host by region, and the client has no region.
    #[error(
        "{action} is sent to a regional endpoint and the client has no region: set one with \
         ClientBuilder::region, ALIBABA_CLOUD_REGION_ID or `region_id` of the CLI profile, or give \
         an endpoint ({looked_at})"
    )]
    MissingRegion {
        /// The action's name.
        action: &'static str,
        /// Where the region was looked for, and why each place gave none.
        looked_at: String,
    },
    /// The action's product lists its hosts, and not the client's region.
    #[error("{action} has no endpoint in region `{region}`; its product lists {listed}")]
    RegionNotListed {
        /// The action's name.
        action: &'static str,
        /// The client's region.
        region: String,
        /// The regions the product lists, comma-separated.
        listed: String,
    },
}
