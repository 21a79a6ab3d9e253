//! The URL an action is sent to: the client's endpoint, else its product's host for the
//! client's region and site (the order is in [`endpoints`](crate::endpoints)).

use std::fmt::Write as _;

use reqwest::Url;

use super::Client;
use super::builder::parse_url;
use crate::action::RpcAction;
use crate::endpoints::{EndpointError, NoHost};
use crate::error::Error;

impl Client {
    /// The URL the client sends `A` to: its explicit endpoint, else the host `A`'s product
    /// declares for the client's region and site (see [`endpoints`](crate::endpoints)).
    ///
    /// A product that needs a region the client does not have is
    /// [`EndpointError::MissingRegion`]; every call of such an action fails so, before sending.
    pub fn endpoint_for<A: RpcAction>(&self) -> Result<Url, Error> {
        let inner = &*self.inner;
        if let Some(endpoint) = &inner.endpoint {
            return Ok(endpoint.clone());
        }
        let endpoints = A::ENDPOINTS;
        let region = if endpoints.depends_on_region() {
            inner.region.get()?
        } else {
            None
        };
        let host = endpoints
            .host(region, inner.site)
            .map_err(|no_host| match no_host {
                NoHost::MissingRegion => inner.region.missing(A::ACTION),
                NoHost::RegionNotListed => EndpointError::RegionNotListed {
                    action: A::ACTION,
                    region: region.unwrap_or_default().to_owned(),
                    listed: endpoints
                        .regions()
                        .iter()
                        .map(|&(region, _)| region)
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            })?;
        // Written once and parsed: as many allocations as parsing a constant host took.
        let mut text = String::with_capacity(64);
        let _ = write!(text, "{}://{host}", inner.scheme);
        parse_url(&text, &host)
    }

    /// The client's region: the builder's, else the first of the environment
    /// ([`REGION_VARS`](crate::endpoints::REGION_VARS)) and the CLI profile's `region_id`,
    /// looked up at the first call that needs it. A malformed value found there is an
    /// [`Error::Config`] naming where it was found.
    pub fn region(&self) -> Result<Option<&str>, Error> {
        self.inner.region.get()
    }
}
