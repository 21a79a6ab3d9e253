//! The one error type of a call, with the service's own error kept apart from the client's.

use std::fmt;

use crate::credentials_error::CredentialsError;
use crate::endpoints::EndpointError;
use crate::joined::joined;
use crate::rules::ParamProblem;
use crate::secret::Redactor;
use crate::secret::redact::floor_char_boundary;

/// The most of a server's text (a message, an identifier) an error keeps.
const MAX_SERVER_TEXT_BYTES: usize = 16 * 1024;

/// Why a call failed.
///
/// Match on the variant to tell apart what the caller can fix (`InvalidRequest`, `Credentials`,
/// `Config`), what the network did (`Timeout`, `Transport`), and what the server said (`Service`,
/// or `Response` when what it said could not be understood).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request broke declared rules; nothing was sent.
    #[error("invalid {action} request: {}", joined(problems))]
    InvalidRequest {
        /// The action's name.
        action: &'static str,
        /// Every problem found, with the full wire name of each parameter.
        problems: Vec<ParamProblem>,
    },
    /// The client is configured wrongly (a malformed endpoint, say); nothing was sent.
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// No host could be found for the action (a regional product and no region); nothing was
    /// sent.
    #[error(transparent)]
    Endpoint(#[from] EndpointError),
    /// No credentials could be had; nothing was sent.
    #[error("no credentials: {0}")]
    Credentials(#[from] CredentialsError),
    /// A timeout expired.
    #[error("{action} timed out: {kind}")]
    Timeout {
        /// The action's name.
        action: &'static str,
        /// Which timeout expired.
        kind: TimeoutKind,
    },
    /// The connection failed.
    #[error(transparent)]
    Transport(TransportError),
    /// The server answered with something that is neither a success nor an error of the API.
    #[error(transparent)]
    Response(ResponseError),
    /// The service answered with an error code.
    #[error(transparent)]
    Service(Box<ServiceError>),
    /// A non-idempotent action (a paid order) failed in a way that does not tell whether the
    /// service processed it, so it was not resent. Find out before sending it again: for a
    /// Domain renewal, look for the task with `QueryTaskList` / `QueryTaskDetailList`, or read
    /// the domain's `ExpirationDateLong`.
    #[error(
        "{action} may or may not have been processed after {attempts} attempt(s); it was not resent because it is not idempotent. Check its effect before sending it again. Last failure: {cause}"
    )]
    OutcomeUnknown {
        /// The action's name.
        action: &'static str,
        /// Attempts made.
        attempts: u32,
        /// The failure that left the outcome unknown.
        cause: Box<Error>,
    },
    /// A listing's pages did not add up (a page answered twice, a token repeated, more pages or
    /// items than the service counted or the stream allows), so the stream stopped. The items
    /// before were yielded; nothing was resent.
    #[error("listing {action} stopped after {pages} page(s): {reason}")]
    Pagination {
        /// The action's name.
        action: &'static str,
        /// Pages read before the stream stopped.
        pages: u64,
        /// What did not add up.
        reason: String,
    },
}

impl Error {
    /// The service's error, if the service answered with one.
    pub fn as_service(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(error) => Some(error),
            _ => None,
        }
    }

    /// Whether the request certainly did not reach the service, so that resending it cannot
    /// duplicate its effect.
    pub fn request_not_sent(&self) -> bool {
        match self {
            Error::InvalidRequest { .. }
            | Error::Config(_)
            | Error::Endpoint(_)
            | Error::Credentials(_) => true,
            Error::Transport(error) => !error.request_may_have_been_sent(),
            Error::Timeout { kind, .. } => kind.request_not_sent(),
            Error::Response(_)
            | Error::Service(_)
            | Error::OutcomeUnknown { .. }
            | Error::Pagination { .. } => false,
        }
    }
}

/// Which timeout expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Establishing the connection; the request was not sent.
    Connect,
    /// Waiting for the response or reading it; the request may have been processed.
    Read,
    /// The whole attempt; the request may have been processed.
    Attempt,
    /// The whole operation, retries included; the request may have been processed.
    Total,
    /// The whole operation, while the next attempt was being prepared (its credentials
    /// fetched): that attempt was not sent, and no earlier one can have had an effect that
    /// matters, or it would not have been followed by another.
    TotalBeforeSending,
}

impl TimeoutKind {
    /// Whether the request certainly did not leave the machine when this timeout expired.
    pub fn request_not_sent(self) -> bool {
        matches!(self, TimeoutKind::Connect | TimeoutKind::TotalBeforeSending)
    }
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutKind::Connect => "connect timeout (request not sent)",
            TimeoutKind::Read => "read timeout (request may have been processed)",
            TimeoutKind::Attempt => "attempt timeout (request may have been processed)",
            TimeoutKind::Total => {
                "total timeout of the operation (request may have been processed)"
            }
            TimeoutKind::TotalBeforeSending => {
                "total timeout of the operation before the request was sent (request not sent)"
            }
        })
    }
}

/// A connection that failed.
#[derive(Debug, thiserror::Error)]
#[error("{action} failed in transport{}: {message}", if *.connect_failed { " (connection not established, request not sent)" } else { " (request may have been processed)" })]
pub struct TransportError {
    pub(crate) action: &'static str,
    pub(crate) message: String,
    pub(crate) connect_failed: bool,
}

impl TransportError {
    /// Removes credentials from the message.
    pub(crate) fn redact(&mut self, redactor: &Redactor) {
        self.message = redactor.redact_prefix(&self.message, MAX_SERVER_TEXT_BYTES);
    }

    /// Whether any byte of the request may have reached the server.
    pub fn request_may_have_been_sent(&self) -> bool {
        !self.connect_failed
    }

    /// What failed, as the HTTP stack describes it.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// A response that is neither a success nor an error body of the API: an HTML page from a proxy,
/// an empty or truncated body, an unparseable document, one too large, or a success body that
/// does not fit the declared response type.
#[derive(Debug, thiserror::Error)]
#[error("{action}: could not decode the HTTP {status} response: {reason}")]
pub struct ResponseError {
    pub(crate) action: &'static str,
    pub(crate) status: u16,
    pub(crate) reason: String,
    pub(crate) body_excerpt: String,
}

impl ResponseError {
    /// Removes credentials from the reason and the excerpt; `body`, when not empty, is the
    /// whole body, from which the excerpt is taken again so that a secret cut at the excerpt's
    /// end leaves no piece.
    pub(crate) fn redact(&mut self, redactor: &Redactor, body: &[u8]) {
        self.reason = redactor.redact_prefix(&self.reason, MAX_SERVER_TEXT_BYTES);
        self.body_excerpt = if body.is_empty() {
            redactor.redact(&self.body_excerpt)
        } else {
            let shown = self.body_excerpt.trim_end_matches('…').len();
            let read = &body[..body.len().min(shown.saturating_add(MAX_SERVER_TEXT_BYTES))];
            redactor.redact_prefix(&String::from_utf8_lossy(read), shown)
        };
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// What could not be understood.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The start of the body (at most a few KiB, with credentials redacted).
    pub fn body_excerpt(&self) -> &str {
        &self.body_excerpt
    }
}

/// An error answered by the service: `Code`, `Message` and the identifiers support asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceError {
    pub(crate) action: &'static str,
    pub(crate) code: String,
    pub(crate) message: String,
    pub(crate) request_id: Option<String>,
    pub(crate) host_id: Option<String>,
    pub(crate) recommend: Option<String>,
    pub(crate) http_status: u16,
    pub(crate) signature_mismatch: Option<SignatureMismatch>,
    pub(crate) retry_after: Option<std::time::Duration>,
}

impl ServiceError {
    /// Diagnoses a `SignatureDoesNotMatch` against `client_string_to_sign`, then removes
    /// credentials from every field the server filled in.
    pub(crate) fn explain(&mut self, client_string_to_sign: Option<&str>, redactor: &Redactor) {
        if self.code == "SignatureDoesNotMatch"
            && let Some(client) = client_string_to_sign
        {
            self.signature_mismatch = SignatureMismatch::diagnose(client, &self.message, redactor);
        }
        for field in [&mut self.code, &mut self.message]
            .into_iter()
            .chain(self.request_id.as_mut())
            .chain(self.host_id.as_mut())
            .chain(self.recommend.as_mut())
        {
            *field = redactor.redact_prefix(field, MAX_SERVER_TEXT_BYTES);
        }
    }

    /// The error code (`Throttling.User`, `SignatureDoesNotMatch`, `DomainNotExist`).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The service's message (credentials redacted).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The `RequestId` to quote to support.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The `HostId` (the endpoint that answered).
    pub fn host_id(&self) -> Option<&str> {
        self.host_id.as_deref()
    }

    /// The `Recommend` link to Alibaba's troubleshooting page.
    pub fn recommend(&self) -> Option<&str> {
        self.recommend.as_deref()
    }

    /// The HTTP status the error came with.
    pub fn http_status(&self) -> u16 {
        self.http_status
    }

    /// The action that failed.
    pub fn action(&self) -> &'static str {
        self.action
    }

    /// Whether the service refused the request for its rate (`Throttling`, `Throttling.User`,
    /// `Throttling.Api`, …): the request was not processed and may be resent after a pause.
    pub fn is_throttling(&self) -> bool {
        crate::codes::is_throttling_code(&self.code)
    }

    /// Whether the error reads as transient: throttling, or a code of
    /// [`TRANSIENT_CODES`](crate::codes::TRANSIENT_CODES) such as `ServiceUnavailable`,
    /// `InternalError` and Domain's `Busy`.
    ///
    /// Transient does not mean safe to resend: only throttling proves the request had no effect.
    pub fn is_transient(&self) -> bool {
        self.is_throttling() || crate::codes::TRANSIENT_CODES.contains(&self.code.as_str())
    }

    /// The pause the service asked for with `x-acs-retry-after`.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.retry_after
    }

    /// For `SignatureDoesNotMatch`: how the server's string-to-sign compares with the client's.
    pub fn signature_mismatch(&self) -> Option<&SignatureMismatch> {
        self.signature_mismatch.as_ref()
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} failed with {} (HTTP {}): {}",
            self.action, self.code, self.http_status, self.message
        )?;
        if let Some(request_id) = &self.request_id {
            write!(f, " [RequestId {request_id}]")?;
        }
        if let Some(mismatch) = &self.signature_mismatch {
            write!(f, "; {mismatch}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// How the server's string-to-sign (quoted in a `SignatureDoesNotMatch` message) compares with
/// the one the client signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureMismatch {
    /// The byte offset of the first difference; `None` when both strings are equal, which means
    /// the AccessKey secret is wrong rather than the request.
    pub first_difference: Option<usize>,
    /// The client's string-to-sign around the difference (credentials redacted).
    pub client_excerpt: String,
    /// The server's string-to-sign around the difference (credentials redacted).
    pub server_excerpt: String,
}

impl fmt::Display for SignatureMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.first_difference {
            None => f.write_str(
                "the server signed the same string as the client, so the AccessKey secret is wrong",
            ),
            Some(offset) => write!(
                f,
                "the strings to sign differ at byte {offset}: client `…{}…`, server `…{}…`",
                self.client_excerpt, self.server_excerpt
            ),
        }
    }
}

impl SignatureMismatch {
    /// Compares the client's string-to-sign with the server's, if the message quotes it.
    ///
    /// The strings are compared as they are, so that the offset is true and a difference inside
    /// a credential is still found; the excerpts are cut from the strings with `redactor`'s
    /// credentials hidden in the whole of each, so no piece of one shows at an excerpt's edge.
    pub(crate) fn diagnose(
        client: &str,
        server_message: &str,
        redactor: &Redactor,
    ) -> Option<SignatureMismatch> {
        const MARKER: &str = "string to sign is:";
        let start = server_message.find(MARKER)? + MARKER.len();
        let server = server_message[start..].trim();
        let first_difference = client
            .bytes()
            .zip(server.bytes())
            .position(|(a, b)| a != b)
            .or_else(|| (client.len() != server.len()).then(|| client.len().min(server.len())));
        let excerpt = |text: &str, at: usize| {
            let from = floor_char_boundary(text, at.saturating_sub(24));
            let to = floor_char_boundary(text, (at + 24).min(text.len()));
            redactor.redact_window(text, from..to)
        };
        Some(SignatureMismatch {
            first_difference,
            client_excerpt: first_difference
                .map(|at| excerpt(client, at))
                .unwrap_or_default(),
            server_excerpt: first_difference
                .map(|at| excerpt(server, at))
                .unwrap_or_default(),
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn no_secrets() -> Redactor {
        Redactor::diagnostic([])
    }

    #[test]
    fn mismatch_points_at_the_first_differing_byte() {
        let client = "POST&%2F&AccessKeyId%3Dabc%26Action%3DX";
        let message = "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Dabd%26Action%3DX";
        let mismatch = SignatureMismatch::diagnose(client, message, &no_secrets()).unwrap();
        assert_eq!(mismatch.first_difference, Some(25));
        assert!(mismatch.client_excerpt.ends_with("abc%26Action%3DX"));
        assert!(mismatch.server_excerpt.contains("abd"));
    }

    #[test]
    fn equal_strings_blame_the_secret() {
        let message = "… server string to sign is:GET&%2F&A%3D1";
        let mismatch =
            SignatureMismatch::diagnose("GET&%2F&A%3D1", message, &no_secrets()).unwrap();
        assert_eq!(mismatch.first_difference, None);
        assert!(mismatch.to_string().contains("secret is wrong"));
    }

    #[test]
    fn messages_without_a_string_to_sign_give_no_diagnosis() {
        assert!(
            SignatureMismatch::diagnose("x", "Specified signature is not matched", &no_secrets())
                .is_none()
        );
    }
}
