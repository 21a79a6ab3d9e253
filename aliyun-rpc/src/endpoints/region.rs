//! The client's region: given to the builder, else looked up once in the environment and then
//! in the CLI profile.

use std::sync::OnceLock;

use super::error::EndpointError;
use crate::credentials::{ChainConfig, CliProfileProvider};
use crate::error::Error;

/// The wire name of the parameter the client fills with its region (see [the module](super)).
pub const REGION_ID: &str = "RegionId";

/// The variables the region is read from, in order: those the Alibaba Cloud CLI reads, less its
/// bare `REGION_ID` and `REGION`, names too generic to trust.
pub const REGION_VARS: [&str; 3] = [
    "ALIBABA_CLOUD_REGION_ID",
    "ALIBABACLOUD_REGION_ID",
    "ALICLOUD_REGION_ID",
];

/// The longest region id accepted: one DNS label.
const MAX_REGION_BYTES: usize = 63;

/// Checks that `region` is a region id (`cn-hangzhou`): it becomes part of a host name, so it
/// may only hold lowercase ASCII letters, digits and inner hyphens.
pub(crate) fn check_region(region: &str, from: &str) -> Result<(), String> {
    let well_formed = !region.is_empty()
        && region.len() <= MAX_REGION_BYTES
        && !region.starts_with('-')
        && !region.ends_with('-')
        && region
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-');
    if well_formed {
        Ok(())
    } else {
        Err(format!(
            "region `{}` ({from}) is not a region id: lowercase letters, digits and inner `-`, at \
             most {MAX_REGION_BYTES} characters",
            region.escape_debug()
        ))
    }
}

/// The client's region: the builder's, or the first of the environment and the CLI profile,
/// looked up at the first call that needs it and kept.
#[derive(Debug)]
pub(crate) struct ClientRegion {
    given: Option<String>,
    config: ChainConfig,
    /// The lookup's region, or why a value found is no region id.
    found: OnceLock<Result<Found, String>>,
}

/// The outcome of the lookup.
#[derive(Debug)]
struct Found {
    region: Option<String>,
    /// Where the region was looked for, for an error that has none.
    looked_at: String,
}

impl ClientRegion {
    /// `given` (checked now), else the lookup in `config`'s environment and home directory.
    pub(crate) fn new(given: Option<String>, config: ChainConfig) -> Result<ClientRegion, Error> {
        if let Some(region) = &given {
            check_region(region, "ClientBuilder::region").map_err(Error::Config)?;
        }
        Ok(ClientRegion {
            given,
            config,
            found: OnceLock::new(),
        })
    }

    /// The region, if any: a malformed value in the environment or profile is an error.
    pub(crate) fn get(&self) -> Result<Option<&str>, Error> {
        if let Some(region) = &self.given {
            return Ok(Some(region));
        }
        match self.found.get_or_init(|| look_up(&self.config)) {
            Ok(found) => Ok(found.region.as_deref()),
            Err(message) => Err(Error::Config(message.clone())),
        }
    }

    /// The error of `action`, whose product needs a region the client does not have.
    pub(crate) fn missing(&self, action: &'static str) -> EndpointError {
        let looked_at = match self.found.get() {
            Some(Ok(found)) => found.looked_at.clone(),
            _ => String::new(),
        };
        EndpointError::MissingRegion { action, looked_at }
    }
}

/// The first region of [`REGION_VARS`], else of the CLI profile.
fn look_up(config: &ChainConfig) -> Result<Found, String> {
    for var in REGION_VARS {
        if let Some(region) = config.env.get(var) {
            check_region(&region, var)?;
            return Ok(Found {
                region: Some(region),
                looked_at: var.to_owned(),
            });
        }
    }
    let unset = REGION_VARS.join(", ");
    Ok(match CliProfileProvider::from_config(config).region() {
        Ok((Some(region), profile)) => {
            check_region(&region, &format!("`region_id` of {profile}"))?;
            Found {
                region: Some(region),
                looked_at: profile,
            }
        }
        Ok((None, profile)) => Found {
            region: None,
            looked_at: format!("{unset} unset; {profile} has no `region_id`"),
        },
        Err(reason) => Found {
            region: None,
            looked_at: format!("{unset} unset; no CLI profile: {reason}"),
        },
    })
}
