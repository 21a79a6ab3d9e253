//! The asynchronous client: builds, signs and sends requests, and decodes their responses.
//!
//! [`Client`] itself (this file) writes an action's parameters and signs them
//! ([`Client::prepare`]); the rest is split by concern:
//!
//! - `builder`: [`ClientBuilder`], the settings and their defaults;
//! - `endpoint`: the URL an action is sent to ([`Client::endpoint_for`]);
//! - `region_id`: the `RegionId` parameter filled from the client's region;
//! - `attempts`: one call's deadline, its attempts and the pauses between them;
//! - `http`: one attempt on the wire: reqwest, the body's size cap, and errors mapped to
//!   [`Error`].

use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use tokio::time::Instant;

use crate::action::RpcAction;
use crate::credentials::ProvideCredentials;
use crate::endpoints::{ClientRegion, Scheme, Site};
use crate::error::{Error, TimeoutKind};
use crate::params::{ParamWriter, WirePairs};
use crate::protocol::{Format, SignatureVersion};
use crate::request::{SignedRequest, Unsigned};
use crate::retry::RetryPolicy;
use crate::rules::ParamProblem;
use crate::sign::{Clock, NonceSource, format_timestamp};

mod attempts;
mod builder;
mod endpoint;
pub(crate) mod http;
mod region_id;

use attempts::within;
pub use builder::{
    ClientBuilder, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_QUERY_BYTES,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_OPERATION_TIMEOUT, DEFAULT_READ_TIMEOUT,
};
use region_id::{fill_region_id, takes_region_id};

/// Sends actions. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    endpoint: Option<Url>,
    region: ClientRegion,
    site: Site,
    scheme: Scheme,
    credentials: Arc<dyn ProvideCredentials>,
    format: Format,
    signature_version: SignatureVersion,
    attempt_timeout: Duration,
    operation_timeout: Duration,
    max_query_bytes: usize,
    max_response_bytes: usize,
    clock: Arc<dyn Clock>,
    nonce: Arc<dyn NonceSource>,
    retry: RetryPolicy,
    pacer: crate::pacing::Pacer,
}

impl Client {
    /// A builder with the official SDKs' timeouts, signature V3, the default retry policy, and
    /// credentials from the default chain (environment, OIDC, CLI profile, credentials file,
    /// ECS instance role, credentials URI).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Checks, signs and sends `action`, resending it by the client's retry policy, and decodes
    /// its response.
    ///
    /// Nothing is sent when a parameter breaks a declared rule: the error lists every problem.
    /// An idempotent action is resent after any transient failure; a non-idempotent one only
    /// after a failure that proves it had no effect (a refused connection, throttling), and
    /// otherwise ends with [`Error::OutcomeUnknown`].
    pub async fn call<A: RpcAction>(&self, action: &A) -> Result<A::Response, Error> {
        self.call_with(action, &self.inner.retry).await
    }

    /// Checks and signs `action` without sending it: for `--dry-run`, logging or inspection.
    pub async fn prepare<A: RpcAction>(&self, action: &A) -> Result<SignedRequest, Error> {
        let params = self.write_params(action)?;
        let url = self.endpoint_for::<A>()?;
        let credentials = self.inner.credentials.provide_credentials().await?;
        let inner = &*self.inner;
        let unsigned = Unsigned {
            action: A::ACTION,
            version: A::VERSION,
            url,
            params,
            credentials: &credentials,
            nonce: inner.nonce.nonce(),
            timestamp: format_timestamp(inner.clock.now()),
            max_query_bytes: inner.max_query_bytes,
        };
        Ok(match inner.signature_version {
            SignatureVersion::V1 => unsigned.sign_v1(inner.format),
            SignatureVersion::V3 => unsigned.sign_v3(),
        })
    }

    /// Sends `action` once without signing it, for the few actions that take no AccessKey
    /// (`AssumeRoleWithOIDC`). Its parameters go in a form body.
    pub async fn call_unsigned<A: RpcAction>(&self, action: &A) -> Result<A::Response, Error> {
        let params = self.write_params(action)?;
        let inner = &*self.inner;
        let url = self.endpoint_for::<A>()?;
        let anonymous = crate::credentials::Credentials::new("", "");
        let request = Unsigned {
            action: A::ACTION,
            version: A::VERSION,
            url,
            params,
            credentials: &anonymous,
            nonce: String::new(),
            timestamp: format_timestamp(inner.clock.now()),
            max_query_bytes: 0,
        }
        .unsigned(Format::Json);
        let deadline = Instant::now().checked_add(inner.operation_timeout);
        within(deadline, self.send::<A>(request))
            .await
            .unwrap_or_else(|| Err(timeout::<A>(TimeoutKind::Total)))
    }

    /// Writes and checks an action's parameters in the one form every request is built from:
    /// encoded for the wire, with their canonical order beside them, and `RegionId` filled from
    /// the client's region where the action takes it and left it unset.
    ///
    /// When a rule is broken the problems are listed in declaration order (`.2` before `.10`):
    /// the client's writer meets list entries in canonical order, so the parameters are written
    /// again by one that keeps declaration order, on this path only.
    fn write_params<A: RpcAction>(&self, action: &A) -> Result<WirePairs, Error> {
        let region = if takes_region_id(A::FIELDS) {
            self.inner.region.get()?
        } else {
            None
        };
        let write = |writer: &mut ParamWriter| {
            action.write_params(writer);
            if let Some(region) = region {
                fill_region_id(writer, region);
            }
        };
        let mut writer = ParamWriter::for_signing();
        write(&mut writer);
        writer.finish_for_signing().map_err(|_| {
            let mut writer = ParamWriter::new();
            write(&mut writer);
            invalid_request::<A>(writer.finish().err().unwrap_or_default())
        })
    }
}

/// The error for an action whose parameters break declared rules: nothing was sent.
fn invalid_request<A: RpcAction>(problems: Vec<ParamProblem>) -> Error {
    Error::InvalidRequest {
        action: A::ACTION,
        problems,
    }
}

/// A timeout of action `A`.
fn timeout<A: RpcAction>(kind: TimeoutKind) -> Error {
    Error::Timeout {
        action: A::ACTION,
        kind,
    }
}
