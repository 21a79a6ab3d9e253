//! [`Host`]: the host an action goes to, written straight into its URL; [`NoHost`]: why there is
//! none.

use std::fmt;

/// The host a product's rule gives for a region, not yet written out: the client writes it
/// into the URL it parses, so finding it allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Host<'r> {
    /// A host as declared (central, international, or the table's).
    Fixed(&'static str),
    /// `<code>.<region>.aliyuncs.com`.
    Regional {
        /// The product's code in lowercase (`ecs`).
        code: &'static str,
        /// The client's region (`cn-hangzhou`).
        region: &'r str,
    },
}

impl fmt::Display for Host<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Fixed(host) => f.write_str(host),
            Host::Regional { code, region } => write!(f, "{code}.{region}.aliyuncs.com"),
        }
    }
}

/// Why a product has no host for the client's region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NoHost {
    /// The product's host depends on the region, and the client has none.
    MissingRegion,
    /// The product lists its hosts, and not the client's region.
    RegionNotListed,
}
