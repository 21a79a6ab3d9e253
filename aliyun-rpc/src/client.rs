//! The asynchronous client: builds, signs and sends requests, and decodes their responses.

use std::borrow::Cow;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use reqwest::Url;
use tokio::time::Instant;

use crate::action::RpcAction;
use crate::credentials::{DefaultCredentialsChain, ProvideCredentials};
use crate::error::{Error, ResponseError, ServiceError, TimeoutKind, TransportError};
use crate::params::ParamWriter;
use crate::request::{ActionParams, SignedRequest, Unsigned};
use crate::response::{decode_body, excerpt};
use crate::retry::{FailureClass, RETRY_AFTER_HEADER, RetryPolicy, classify};
use crate::rules::ParamProblem;
use crate::sign::{Clock, NonceSource, RandomNonce, SystemClock, format_timestamp};

/// The response format asked for with the `Format` parameter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// `Format=JSON` (the default here; the API's own default is XML).
    #[default]
    Json,
    /// `Format=XML`.
    Xml,
}

impl Format {
    /// The parameter value.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Xml => "XML",
        }
    }
}

/// Which signature scheme requests are signed with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureVersion {
    /// HMAC-SHA1 over the parameters, sent as the `Signature` parameter (`SignatureVersion=1.0`;
    /// Alibaba's newer documents call it "V2"). The only scheme that can ask for XML.
    V1,
    /// `ACS3-HMAC-SHA256` over a canonical request, sent in the `Authorization` header: the
    /// default here, as in the current official SDKs. Responses are JSON.
    #[default]
    V3,
}

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
}

impl Default for ClientBuilder {
    fn default() -> ClientBuilder {
        ClientBuilder {
            endpoint: None,
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
        }
    }
}

impl ClientBuilder {
    /// Sends every action to `endpoint` instead of its product's default host: a URL such as
    /// `http://127.0.0.1:8080/`, or a bare host, which gets `https://`.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> ClientBuilder {
        self.endpoint = Some(endpoint.into());
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

    /// Appends `suffix` to the `User-Agent` header.
    pub fn user_agent_suffix(mut self, suffix: &str) -> ClientBuilder {
        self.user_agent.push(' ');
        self.user_agent.push_str(suffix);
        self
    }

    /// Builds the client and its connection pool.
    pub fn build(self) -> Result<Client, Error> {
        let endpoint = self.endpoint.as_deref().map(parse_endpoint).transpose()?;
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
        let http = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .read_timeout(self.read_timeout)
            .user_agent(self.user_agent.clone())
            // Alibaba's gateways answer on the URL they are called at; a redirect would resend
            // a signed, possibly paid, request elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|error| Error::Config(format!("cannot build the HTTP client: {error}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                endpoint,
                credentials: self
                    .credentials
                    .unwrap_or_else(|| Arc::new(DefaultCredentialsChain::new())),
                format: self.format,
                signature_version,
                attempt_timeout: self.attempt_timeout,
                operation_timeout: self.operation_timeout,
                max_query_bytes: self.max_query_bytes,
                max_response_bytes: self.max_response_bytes,
                clock: self.clock,
                nonce: self.nonce,
                retry: self.retry,
            }),
        })
    }
}

/// Parses an endpoint given as a URL or a bare host.
pub(crate) fn parse_endpoint(endpoint: &str) -> Result<Url, Error> {
    let with_scheme = if endpoint.contains("://") {
        endpoint.to_owned()
    } else {
        format!("https://{endpoint}")
    };
    let url = Url::parse(&with_scheme)
        .map_err(|error| Error::Config(format!("endpoint `{endpoint}` is not a URL: {error}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::Config(format!(
            "endpoint `{endpoint}` is not http or https"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() || url.host_str().is_none() {
        return Err(Error::Config(format!(
            "endpoint `{endpoint}` must be a scheme and host, with no query"
        )));
    }
    Ok(url)
}

/// Sends actions. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    endpoint: Option<Url>,
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

    /// Like [`call`](Self::call), with `policy` instead of the client's retry policy.
    pub async fn call_with<A: RpcAction>(
        &self,
        action: &A,
        policy: &RetryPolicy,
    ) -> Result<A::Response, Error> {
        let now = Instant::now();
        let deadline = [Some(self.inner.operation_timeout), policy.total_timeout]
            .into_iter()
            .flatten()
            .filter_map(|limit| now.checked_add(limit))
            .min();
        self.attempts(action, policy, deadline).await
    }

    /// Attempts `action` until it succeeds, fails for good, the policy says stop, or the
    /// deadline passes.
    ///
    /// Every step is bounded by the deadline: preparing (which may fetch credentials), sending
    /// and reading, and each pause, which is not begun when it would end past the deadline.
    async fn attempts<A: RpcAction>(
        &self,
        action: &A,
        policy: &RetryPolicy,
        deadline: Option<Instant>,
    ) -> Result<A::Response, Error> {
        let mut attempt = 1;
        loop {
            // Each attempt is signed anew: a fresh nonce and timestamp.
            let outcome = match within(deadline, self.prepare(action)).await {
                Some(Ok(request)) => within(deadline, self.send::<A>(request))
                    .await
                    .unwrap_or_else(|| Err(timeout::<A>(TimeoutKind::Total))),
                Some(Err(error)) => Err(error),
                None => Err(timeout::<A>(TimeoutKind::TotalBeforeSending)),
            };
            let error = match outcome {
                Ok(response) => return Ok(response),
                Err(error) => error,
            };
            let class = classify(&error);
            let resendable = match class {
                FailureClass::NotProcessed => true,
                FailureClass::Ambiguous => A::IDEMPOTENT,
                FailureClass::Final => false,
            };
            if !resendable || attempt >= policy.max_attempts {
                return Err(conclude::<A>(error, class, attempt));
            }
            let pause = policy.backoff(attempt + 1, &error);
            if deadline.is_some_and(|deadline| Instant::now() + pause >= deadline) {
                return Err(conclude::<A>(error, class, attempt));
            }
            tracing::debug!(
                action = A::ACTION,
                attempt,
                class = ?class,
                pause_ms = pause.as_millis() as u64,
                "retrying"
            );
            tokio::time::sleep(pause).await;
            attempt += 1;
        }
    }

    /// Checks and signs `action` without sending it: for `--dry-run`, logging or inspection.
    pub async fn prepare<A: RpcAction>(&self, action: &A) -> Result<SignedRequest, Error> {
        let params = write_params(
            action,
            self.inner.signature_version,
            self.inner.max_query_bytes,
        )?;
        let credentials = self.inner.credentials.provide_credentials().await?;
        let inner = &*self.inner;
        let url = match &inner.endpoint {
            Some(endpoint) => endpoint.clone(),
            None => parse_endpoint(A::ENDPOINT)?,
        };
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
        // The whole body as written: no query limit.
        let params = {
            let mut writer = ParamWriter::encoding(0);
            action.write_params(&mut writer);
            let encoded = writer.finish_encoded().map_err(invalid_request::<A>)?;
            ActionParams::Encoded(encoded.unwrap_or_default())
        };
        let inner = &*self.inner;
        let url = match &inner.endpoint {
            Some(endpoint) => endpoint.clone(),
            None => parse_endpoint(A::ENDPOINT)?,
        };
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

    /// Sends a prepared request once and decodes the response as `A`'s.
    async fn send<A: RpcAction>(&self, mut request: SignedRequest) -> Result<A::Response, Error> {
        tracing::debug!(
            action = request.action,
            host = request.url.host_str().unwrap_or_default(),
            body_bytes = request.body.as_ref().map_or(0, Bytes::len),
            "sending"
        );
        // The headers are needed no more once sent; the URL and body are, for a V1 diagnosis.
        let headers = std::mem::take(&mut request.headers);
        let exchange = self.exchange(&request, headers);
        // The whole exchange, the body to its last byte, is bounded: the read timeout of the
        // HTTP stack starts again with every byte.
        let (status, retry_after, body) =
            match tokio::time::timeout(self.inner.attempt_timeout, exchange).await {
                Ok(Ok(exchange)) => exchange,
                Ok(Err(error)) => return Err(self.explain(&request, error, &[])),
                Err(_) => return Err(timeout::<A>(TimeoutKind::Attempt)),
            };
        tracing::debug!(
            action = request.action,
            status,
            bytes = body.len(),
            "received"
        );
        decode_body::<A::Response>(request.action, status, &body).map_err(|error| {
            match self.explain(&request, error, &body) {
                Error::Service(mut service) => {
                    service.retry_after = retry_after;
                    Error::Service(service)
                }
                other => other,
            }
        })
    }

    /// One HTTP exchange: the status, any `x-acs-retry-after` pause, and the whole body, at most
    /// `max_response_bytes` of it.
    async fn exchange(
        &self,
        request: &SignedRequest,
        headers: Vec<(&'static str, Cow<'static, str>)>,
    ) -> Result<(u16, Option<Duration>, Vec<u8>), Error> {
        // The request is put together directly, its header map sized once, rather than through a
        // builder that parses and merges each header; the values are moved in, not copied.
        let mut header_map = reqwest::header::HeaderMap::with_capacity(headers.len());
        for (name, value) in headers {
            let value = match value {
                Cow::Borrowed(text) => reqwest::header::HeaderValue::from_maybe_shared(
                    Bytes::from_static(text.as_bytes()),
                ),
                Cow::Owned(text) => reqwest::header::HeaderValue::try_from(text),
            }
            .map_err(|_| {
                // The value itself stays out of the message: it may be a security token.
                Error::Config(format!(
                    "the `{name}` header has a character HTTP does not allow"
                ))
            })?;
            header_map.insert(reqwest::header::HeaderName::from_static(name), value);
        }
        let mut http_request = reqwest::Request::new(reqwest::Method::POST, request.url.clone());
        *http_request.headers_mut() = header_map;
        *http_request.body_mut() = Some(request.body.clone().unwrap_or_default().into());
        let mut response = self
            .inner
            .http
            .execute(http_request)
            .await
            .map_err(|error| transport_error(request.action, error))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER_HEADER)
            .and_then(|value| value.to_str().ok())
            .and_then(|text| text.trim().parse::<u64>().ok())
            .filter(|ms| *ms > 0)
            .map(Duration::from_millis);
        let limit = self.inner.max_response_bytes;
        if response
            .content_length()
            .is_some_and(|length| length > limit as u64)
        {
            return Err(too_large(request.action, status, limit));
        }
        let mut body = Vec::with_capacity(
            response
                .content_length()
                .map_or(0, |length| length as usize)
                .min(limit),
        );
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| transport_error(request.action, error))?
        {
            if body.len() + chunk.len() > limit {
                return Err(too_large(request.action, status, limit));
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, retry_after, body))
    }

    /// Adds what the client knows to an error of `request`, and removes from it every
    /// credential the server may have echoed: the security token, the AccessKey secret and the
    /// request's signature, in any encoding, and any value named as a credential. `body` is the
    /// response body, if one was read.
    fn explain(&self, request: &SignedRequest, error: Error, body: &[u8]) -> Error {
        let redactor = request.diagnostic_redactor();
        match error {
            Error::Service(mut service) => {
                let client_string_to_sign =
                    (service.code == "SignatureDoesNotMatch").then(|| request.string_to_sign());
                service.explain(client_string_to_sign.as_deref(), &redactor);
                Error::Service(service)
            }
            Error::Response(mut response) => {
                response.redact(&redactor, body);
                Error::Response(response)
            }
            Error::Transport(mut transport) => {
                transport.redact(&redactor);
                Error::Transport(transport)
            }
            other => other,
        }
    }
}

/// `future`'s output, or `None` when `deadline` passes first (no deadline: never).
async fn within<F: Future>(deadline: Option<Instant>, future: F) -> Option<F::Output> {
    match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, future).await.ok(),
        None => Some(future.await),
    }
}

/// A timeout of action `A`.
fn timeout<A: RpcAction>(kind: TimeoutKind) -> Error {
    Error::Timeout {
        action: A::ACTION,
        kind,
    }
}

/// The error a call ends with: an ambiguous failure of a non-idempotent action becomes
/// [`Error::OutcomeUnknown`], because the caller must find out what happened before resending.
fn conclude<A: RpcAction>(error: Error, class: FailureClass, attempts: u32) -> Error {
    if class == FailureClass::Ambiguous && !A::IDEMPOTENT {
        Error::OutcomeUnknown {
            action: A::ACTION,
            attempts,
            cause: Box::new(error),
        }
    } else {
        error
    }
}

/// Writes and checks an action's parameters in the form its request is built from, encoded for
/// the wire: for V1 with their canonical order beside them, as its signature takes every pair;
/// for V3 as declared when they are too long for the query (a body is only hashed), and sorted
/// when they go in it. Names that need encoding, or repeat, are written again as raw pairs in
/// canonical order.
///
/// When a rule is broken the problems are listed in declaration order (`.2` before `.10`).
fn write_params<A: RpcAction>(
    action: &A,
    version: SignatureVersion,
    max_query_bytes: usize,
) -> Result<ActionParams, Error> {
    match version {
        SignatureVersion::V3 => {
            let mut writer = ParamWriter::encoding(max_query_bytes);
            action.write_params(&mut writer);
            // Its problems are in declaration order already.
            if let Some(encoded) = writer.finish_encoded().map_err(invalid_request::<A>)? {
                return Ok(ActionParams::Encoded(encoded));
            }
        }
        SignatureVersion::V1 => {
            let mut writer = ParamWriter::canonical_encoding();
            action.write_params(&mut writer);
            if let Some(pairs) = writer
                .finish_canonical_encoded()
                .map_err(problems_in_order(action))?
            {
                return Ok(ActionParams::EncodedCanonical(pairs));
            }
        }
    }
    let mut writer = ParamWriter::canonical();
    action.write_params(&mut writer);
    writer
        .finish()
        .map(ActionParams::Raw)
        .map_err(problems_in_order(action))
}

/// Turns a writer's problems into the error, with the problems listed in declaration order:
/// the parameters are written again by a writer that keeps that order.
fn problems_in_order<A: RpcAction>(action: &A) -> impl FnOnce(Vec<ParamProblem>) -> Error + '_ {
    move |_| {
        let mut writer = ParamWriter::new();
        action.write_params(&mut writer);
        invalid_request::<A>(writer.finish().err().unwrap_or_default())
    }
}

/// The error for an action whose parameters break declared rules: nothing was sent.
fn invalid_request<A: RpcAction>(problems: Vec<ParamProblem>) -> Error {
    Error::InvalidRequest {
        action: A::ACTION,
        problems,
    }
}

fn too_large(action: &'static str, status: u16, limit: usize) -> Error {
    Error::Response(ResponseError {
        action,
        status,
        reason: format!("the body is larger than the {limit}-byte limit"),
        body_excerpt: excerpt(&[]),
    })
}

/// Maps an HTTP-stack error, without the URL: it holds the signed query and any security token.
fn transport_error(action: &'static str, error: reqwest::Error) -> Error {
    let connect_failed = error.is_connect();
    if error.is_timeout() {
        return Error::Timeout {
            action,
            kind: if connect_failed {
                TimeoutKind::Connect
            } else {
                TimeoutKind::Read
            },
        };
    }
    let error = error.without_url();
    let mut message = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    Error::Transport(TransportError {
        action,
        message,
        connect_failed,
    })
}

impl ServiceError {
    /// A service error as this crate reports it, for emulators and tests that build one.
    pub fn new(
        action: &'static str,
        http_status: u16,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> ServiceError {
        ServiceError {
            action,
            code: code.into(),
            message: message.into(),
            request_id: None,
            host_id: None,
            recommend: None,
            http_status,
            signature_mismatch: None,
            retry_after: None,
        }
    }
}
