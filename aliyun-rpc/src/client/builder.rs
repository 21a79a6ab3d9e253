//! [`ClientBuilder`]: a client's settings and their defaults, checked when the client is built.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;

use super::{Client, Inner, http};
use crate::credentials::{ChainConfig, DefaultCredentialsChain, ProvideCredentials};
use crate::endpoints::{ClientRegion, Scheme, Site};
use crate::error::Error;
use crate::pacing::{Pacer, Pacing};
use crate::protocol::{Format, SignatureVersion};
use crate::retry::RetryPolicy;
use crate::sign::{Clock, NonceSource, RandomNonce, SystemClock};

/// The connect timeout of the official SDKs.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The read timeout of the official SDKs: how long the server may stay silent. It starts again
/// with every byte received, so it does not bound an attempt; [`DEFAULT_ATTEMPT_TIMEOUT`] does.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one attempt may take in all: connecting, sending, and reading the headers and the
/// whole body, however slowly the server drips them.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long one call may take in all: every attempt, every pause between attempts, and the
/// fetching of credentials. No call of a default client runs longer.
pub const DEFAULT_OPERATION_TIMEOUT: Duration = Duration::from_secs(120);
/// Above this many bytes of encoded query, action parameters move into a form body.
pub const DEFAULT_MAX_QUERY_BYTES: usize = 4096;
/// The largest response body read; a larger one is an error, not an allocation.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// Configures a [`Client`].
#[derive(Debug)]
#[must_use = "a ClientBuilder does nothing until `build` is called"]
pub struct ClientBuilder {
    endpoint: Option<String>,
    region: Option<String>,
    site: Site,
    scheme: Scheme,
    config: Option<ChainConfig>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    format: Format,
    signature_version: Option<SignatureVersion>,
    connect_timeout: Duration,
    read_timeout: Duration,
    attempt_timeout: Duration,
    operation_timeout: Duration,
    max_query_bytes: usize,
    max_response_bytes: usize,
    clock: Arc<dyn Clock>,
    nonce: Arc<dyn NonceSource>,
    user_agent: String,
    retry: RetryPolicy,
    pacing: Pacing,
}

impl Default for ClientBuilder {
    fn default() -> ClientBuilder {
        ClientBuilder {
            endpoint: None,
            region: None,
            site: Site::default(),
            scheme: Scheme::default(),
            config: None,
            credentials: None,
            format: Format::Json,
            signature_version: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            read_timeout: DEFAULT_READ_TIMEOUT,
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            operation_timeout: DEFAULT_OPERATION_TIMEOUT,
            max_query_bytes: DEFAULT_MAX_QUERY_BYTES,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            clock: Arc::new(SystemClock),
            nonce: Arc::new(RandomNonce),
            user_agent: concat!("aliyun-rpc/", env!("CARGO_PKG_VERSION"), " (rust)").to_owned(),
            retry: RetryPolicy::default(),
            pacing: Pacing::default(),
        }
    }
}

impl ClientBuilder {
    /// Sends every action to `endpoint` instead of its product's host, whatever the region and
    /// site: a URL such as `http://127.0.0.1:8080/`, or a bare host, which gets the
    /// [`scheme`](Self::scheme) (`https://` by default).
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> ClientBuilder {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// The region (`cn-hangzhou`): it picks the host of regional products and fills the
    /// `RegionId` of actions that take one and leave it unset (see
    /// [`endpoints`](crate::endpoints)). Without it the region is the first of
    /// `ALIBABA_CLOUD_REGION_ID` (and [the other variables](crate::endpoints::REGION_VARS)) and
    /// `region_id` of the CLI profile; a regional product with no region at all fails before
    /// sending. A value that is not a region id (lowercase letters, digits, `-`) fails
    /// [`build`](Self::build).
    pub fn region(mut self, region: impl Into<String>) -> ClientBuilder {
        self.region = Some(region.into());
        self
    }

    /// The account's site (default [`Site::China`]): [`Site::International`] sends the actions
    /// of products with an international host of their own there (Domain:
    /// `domain-intl.aliyuncs.com`).
    pub fn site(mut self, site: Site) -> ClientBuilder {
        self.site = site;
        self
    }

    /// The scheme of the URLs built from a host (default [`Scheme::Https`]): a product's host,
    /// or an endpoint given as a bare host.
    pub fn scheme(mut self, scheme: Scheme) -> ClientBuilder {
        self.scheme = scheme;
        self
    }

    /// Reads the environment and home directory of `config` instead of the process's: for the
    /// region, and for the default credentials chain when no credentials are given.
    pub fn config(mut self, config: ChainConfig) -> ClientBuilder {
        self.config = Some(config);
        self
    }

    /// Signs with these credentials (fixed credentials, or any provider).
    pub fn credentials(mut self, provider: impl ProvideCredentials + 'static) -> ClientBuilder {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// Asks for JSON (the default) or XML responses.
    pub fn format(mut self, format: Format) -> ClientBuilder {
        self.format = format;
        self
    }

    /// Signs with V3 (the default) or V1. V3 responses are always JSON, so asking for
    /// [`Format::Xml`] without naming a version signs with V1.
    pub fn signature_version(mut self, version: SignatureVersion) -> ClientBuilder {
        self.signature_version = Some(version);
        self
    }

    /// How long establishing a connection may take (default 5 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> ClientBuilder {
        self.connect_timeout = timeout;
        self
    }

    /// How long the server may stay silent while a response is awaited or read (default 10 s).
    ///
    /// It starts again with every byte received, so a server that drips one byte at a time never
    /// trips it: [`attempt_timeout`](Self::attempt_timeout) and
    /// [`operation_timeout`](Self::operation_timeout) bound such a server.
    pub fn read_timeout(mut self, timeout: Duration) -> ClientBuilder {
        self.read_timeout = timeout;
        self
    }

    /// How long one attempt may take from start to end: connecting, sending, and reading the
    /// headers and the whole body (default 30 s). An attempt cut short may have been processed,
    /// so a non-idempotent action ends with [`Error::OutcomeUnknown`] rather than being resent.
    pub fn attempt_timeout(mut self, timeout: Duration) -> ClientBuilder {
        self.attempt_timeout = timeout;
        self
    }

    /// How long one call may take in all: its credentials, every attempt and every pause
    /// between attempts (default 120 s). A [`RetryPolicy::total_timeout`] shorter than this
    /// bounds the calls made with that policy. A limit too large to add to the current time
    /// means no limit.
    pub fn operation_timeout(mut self, timeout: Duration) -> ClientBuilder {
        self.operation_timeout = timeout;
        self
    }

    /// Above this many bytes of encoded query, action parameters go in a form body (default 4096).
    pub fn max_query_bytes(mut self, bytes: usize) -> ClientBuilder {
        self.max_query_bytes = bytes;
        self
    }

    /// The largest response body read (default 16 MiB).
    pub fn max_response_bytes(mut self, bytes: usize) -> ClientBuilder {
        self.max_response_bytes = bytes;
        self
    }

    /// Takes `Timestamp` from `clock` (tests pin it to reproduce a signature).
    pub fn clock(mut self, clock: impl Clock + 'static) -> ClientBuilder {
        self.clock = Arc::new(clock);
        self
    }

    /// Takes `SignatureNonce` from `nonce` (tests pin it to reproduce a signature).
    pub fn nonce_source(mut self, nonce: impl NonceSource + 'static) -> ClientBuilder {
        self.nonce = Arc::new(nonce);
        self
    }

    /// Retries by `policy` (default [`RetryPolicy::default`]; [`RetryPolicy::disabled`] for
    /// one attempt). Non-idempotent actions are only resent when the failure proves they had no
    /// effect, whatever the policy.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> ClientBuilder {
        self.retry = policy;
        self
    }

    /// Paces each action once the service throttles it: [`Pacing::adaptive`] turns it on, the
    /// default [`Pacing::off`] sends every request at once (see [`pacing`](crate::pacing) for
    /// why). Clones of the client share one pacer. Pacing only delays attempts; it never
    /// resends anything.
    pub fn pacing(mut self, pacing: Pacing) -> ClientBuilder {
        self.pacing = pacing;
        self
    }

    /// Appends `suffix` to the `User-Agent` header.
    pub fn user_agent_suffix(mut self, suffix: &str) -> ClientBuilder {
        self.user_agent.push(' ');
        self.user_agent.push_str(suffix);
        self
    }

    /// Builds the client and its connection pool.
    pub fn build(self) -> Result<Client, Error> {
        let endpoint = self
            .endpoint
            .as_deref()
            .map(|endpoint| parse_endpoint(endpoint, self.scheme))
            .transpose()?;
        let config = self.config.unwrap_or_else(ChainConfig::from_process);
        let region = ClientRegion::new(self.region, config.clone())?;
        let signature_version = match (self.signature_version, self.format) {
            (Some(SignatureVersion::V3), Format::Xml) => {
                return Err(Error::Config(
                    "signature V3 has no `Format` parameter: its responses are JSON".into(),
                ));
            }
            (Some(version), _) => version,
            (None, Format::Xml) => SignatureVersion::V1,
            (None, Format::Json) => SignatureVersion::default(),
        };
        self.pacing.check()?;
        let http = http::http_client(self.connect_timeout, self.read_timeout, &self.user_agent)?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                endpoint,
                region,
                site: self.site,
                scheme: self.scheme,
                credentials: self
                    .credentials
                    .unwrap_or_else(|| Arc::new(DefaultCredentialsChain::with_config(config))),
                format: self.format,
                signature_version,
                attempt_timeout: self.attempt_timeout,
                operation_timeout: self.operation_timeout,
                max_query_bytes: self.max_query_bytes,
                max_response_bytes: self.max_response_bytes,
                clock: self.clock,
                nonce: self.nonce,
                retry: self.retry,
                pacer: Pacer::new(self.pacing),
            }),
        })
    }
}

/// Parses an endpoint given as a URL or a bare host, which gets `scheme`.
pub(super) fn parse_endpoint(endpoint: &str, scheme: Scheme) -> Result<Url, Error> {
    if endpoint.contains("://") {
        parse_url(endpoint, &endpoint)
    } else {
        parse_url(&format!("{scheme}://{endpoint}"), &endpoint)
    }
}

/// Parses `url`, an endpoint the user knows as `shown`, and checks that it is an http(s) scheme
/// and host with no query.
pub(super) fn parse_url(url: &str, shown: &dyn std::fmt::Display) -> Result<Url, Error> {
    let url = Url::parse(url)
        .map_err(|error| Error::Config(format!("endpoint `{shown}` is not a URL: {error}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::Config(format!(
            "endpoint `{shown}` is not http or https"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() || url.host_str().is_none() {
        return Err(Error::Config(format!(
            "endpoint `{shown}` must be a scheme and host, with no query"
        )));
    }
    Ok(url)
}
