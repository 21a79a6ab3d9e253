//! The HTTP mapping: a [`SignedRequest`] sent with reqwest, the response read to its last byte
//! under the size cap and the attempt timeout, and reqwest's errors and the service's answers
//! mapped to [`Error`], with the request's credentials removed from them.

use std::borrow::Cow;
use std::time::Duration;

use bytes::Bytes;

use super::{Client, timeout};
use crate::action::RpcAction;
use crate::error::{Error, ResponseError, TimeoutKind, TransportError};
use crate::http_failure::message_without_url;
use crate::request::SignedRequest;
use crate::response::{decode_body, excerpt};
use crate::retry::RETRY_AFTER_HEADER;

/// The HTTP stack's client: its connect and read timeouts, the `User-Agent`, and no redirects.
pub(super) fn http_client(
    connect_timeout: Duration,
    read_timeout: Duration,
    user_agent: &str,
) -> Result<reqwest::Client, Error> {
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .read_timeout(read_timeout)
        .user_agent(user_agent)
        // Alibaba's gateways answer on the URL they are called at; a redirect would resend
        // a signed, possibly paid, request elsewhere.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|error| Error::Config(format!("cannot build the HTTP client: {error}")))
}

impl Client {
    /// Sends a prepared request once and decodes the response as `A`'s.
    pub(super) async fn send<A: RpcAction>(
        &self,
        mut request: SignedRequest,
    ) -> Result<A::Response, Error> {
        tracing::debug!(
            action = request.action,
            host = request.host(),
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
        let mut http_request = reqwest::Request::new(reqwest::Method::POST, request.http_url());
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
    Error::Transport(TransportError {
        action,
        message: message_without_url(error),
        connect_failed,
    })
}
