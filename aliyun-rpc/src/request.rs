//! Building a signed request: common parameters, where the action's parameters go, and the
//! signature, under V1 or V3.

use std::fmt;

use reqwest::Url;

use crate::client::Format;
use crate::credentials::Credentials;
use crate::encode::percent_encode_into;
use crate::params::Params;
use crate::secret::{Secret, redact};
use crate::sign::{sha256_hex, sign_v1_canonical, sign_v3_hashed};

/// Everything a request needs before it is signed.
pub(crate) struct Unsigned<'a> {
    pub(crate) action: &'static str,
    pub(crate) version: &'static str,
    pub(crate) url: Url,
    pub(crate) params: Params,
    pub(crate) credentials: &'a Credentials,
    pub(crate) nonce: String,
    pub(crate) timestamp: String,
    pub(crate) max_query_bytes: usize,
}

impl Unsigned<'_> {
    /// V1: common parameters and the `Signature` in the query; the action's parameters in the
    /// query too, or in a form body when the query would pass `max_query_bytes`.
    pub(crate) fn sign_v1(self, format: Format) -> SignedRequest {
        let credentials = self.credentials;
        let mut common = Params::new();
        common.push("Action", self.action);
        common.push("Version", self.version);
        common.push("Format", format.as_str());
        common.push("AccessKeyId", credentials.access_key_id());
        common.push("SignatureMethod", "HMAC-SHA1");
        common.push("SignatureVersion", "1.0");
        common.push("SignatureNonce", self.nonce.as_str());
        common.push("Timestamp", self.timestamp.as_str());
        if let Some(token) = credentials.security_token() {
            common.push("SecurityToken", token.expose());
        }
        // Each pair is percent-encoded once: the common ones for the query, the action's in the
        // order written (their wire form); the canonical query copies those encodings in sorted
        // order, as `sign_v1` would write them.
        let (mut query, common_spans) = encode_pairs_with_spans(common.iter());
        let (action_query, action_spans) = encode_pairs_with_spans(self.params.iter());
        let mut sorted: Vec<((&str, &str), &str)> = common
            .iter()
            .zip(common_spans.iter().map(|span| &query[span.clone()]))
            .chain(
                self.params
                    .iter()
                    .zip(action_spans.iter().map(|span| &action_query[span.clone()])),
            )
            .filter(|((name, _), _)| *name != "Signature")
            .collect();
        sorted.sort_unstable_by_key(|&(raw, _)| raw);
        let mut canonical_query = String::with_capacity(query.len() + action_query.len() + 1);
        for (position, (_, encoded)) in sorted.iter().enumerate() {
            if position > 0 {
                canonical_query.push('&');
            }
            canonical_query.push_str(encoded);
        }
        drop(sorted);
        let signed = sign_v1_canonical(
            "POST",
            canonical_query,
            credentials.access_key_secret().expose(),
        );
        query.push_str("&Signature=");
        percent_encode_into(&mut query, &signed.signature);
        let body = place(&mut query, action_query, self.max_query_bytes);
        let headers = self.identity_headers(body.is_some());
        SignedRequest::new(
            self.action,
            self.url,
            query,
            headers,
            body,
            signed.string_to_sign,
            credentials,
        )
    }

    /// The headers that name the action outside the signature (the official SDKs send them with
    /// V1 too), and the body's type when there is one.
    fn identity_headers(&self, has_body: bool) -> Vec<(String, String)> {
        let mut headers = vec![
            ("x-acs-action".to_owned(), self.action.to_owned()),
            ("x-acs-version".to_owned(), self.version.to_owned()),
        ];
        if has_body {
            headers.push(("content-type".to_owned(), FORM.to_owned()));
        }
        headers
    }

    /// An unsigned request (`AssumeRoleWithOIDC` is one): the action's identity and time in the
    /// query, no key, no signature; the action's parameters in a form body, as the official
    /// credential providers send them.
    pub(crate) fn unsigned(self, format: Format) -> SignedRequest {
        let mut common = Params::new();
        common.push("Action", self.action);
        common.push("Version", self.version);
        common.push("Format", format.as_str());
        common.push("Timestamp", self.timestamp.as_str());
        let query = encode_pairs(common.iter());
        let body = encode_pairs(self.params.iter());
        let body = (!body.is_empty()).then_some(body);
        let headers = self.identity_headers(body.is_some());
        SignedRequest::new(
            self.action,
            self.url,
            query,
            headers,
            body,
            String::new(),
            self.credentials,
        )
    }

    /// V3: the action's parameters in the query (or a form body when long), everything else in
    /// signed `x-acs-*` headers and `Authorization`.
    pub(crate) fn sign_v3(self) -> SignedRequest {
        let credentials = self.credentials;
        let mut query = String::new();
        let body = place(
            &mut query,
            encode_pairs(self.params.iter()),
            self.max_query_bytes,
        );
        let host = match self.url.port() {
            Some(port) => format!("{}:{port}", self.url.host_str().unwrap_or_default()),
            None => self.url.host_str().unwrap_or_default().to_owned(),
        };
        let payload_hash = sha256_hex(body.as_deref().unwrap_or_default().as_bytes());
        let mut headers = vec![
            ("host".to_owned(), host),
            ("x-acs-action".to_owned(), self.action.to_owned()),
            ("x-acs-version".to_owned(), self.version.to_owned()),
            ("x-acs-date".to_owned(), self.timestamp.clone()),
            ("x-acs-signature-nonce".to_owned(), self.nonce.clone()),
            ("x-acs-content-sha256".to_owned(), payload_hash.clone()),
        ];
        if let Some(token) = credentials.security_token() {
            headers.push(("x-acs-security-token".to_owned(), token.expose().to_owned()));
            headers.push((
                "x-acs-accesskey-id".to_owned(),
                credentials.access_key_id().to_owned(),
            ));
        }
        if body.is_some() {
            headers.push(("content-type".to_owned(), FORM.to_owned()));
        }
        let query_params: Vec<(&str, &str)> = if body.is_some() {
            Vec::new()
        } else {
            self.params.iter().collect()
        };
        let signed = sign_v3_hashed(
            "POST",
            "/",
            query_params,
            headers.iter().map(|(n, v)| (n.as_str(), v.as_str())),
            &payload_hash,
            credentials.access_key_id(),
            credentials.access_key_secret().expose(),
        );
        headers.push(("authorization".to_owned(), signed.authorization));
        SignedRequest::new(
            self.action,
            self.url,
            query,
            headers,
            body,
            signed.string_to_sign,
            credentials,
        )
    }
}

const FORM: &str = "application/x-www-form-urlencoded";

/// Appends `action_query` to `query`, or returns it as the body when the query would pass `max`.
fn place(query: &mut String, action_query: String, max: usize) -> Option<String> {
    if action_query.is_empty() {
        return None;
    }
    let joined = query.len() + usize::from(!query.is_empty()) + action_query.len();
    if joined <= max {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(&action_query);
        None
    } else {
        Some(action_query)
    }
}

/// `enc(name)=enc(value)` pairs joined with `&`, in the order given, and where each pair lies.
fn encode_pairs_with_spans<'a>(
    pairs: impl Iterator<Item = (&'a str, &'a str)>,
) -> (String, Vec<std::ops::Range<usize>>) {
    let mut out = String::new();
    let mut spans = Vec::with_capacity(pairs.size_hint().0);
    for (name, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        let start = out.len();
        percent_encode_into(&mut out, name);
        out.push('=');
        percent_encode_into(&mut out, value);
        spans.push(start..out.len());
    }
    (out, spans)
}

/// `enc(name)=enc(value)` pairs joined with `&`, in the order given.
fn encode_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        percent_encode_into(&mut out, name);
        out.push('=');
        percent_encode_into(&mut out, value);
    }
    out
}

/// A signed request, ready to send.
///
/// `Display` shows it as it goes on the wire (method, URL, headers, body), with any
/// `SecurityToken` redacted. `Debug` also hides the signature.
pub struct SignedRequest {
    pub(crate) action: &'static str,
    pub(crate) method: &'static str,
    pub(crate) url: Url,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Option<String>,
    pub(crate) string_to_sign: String,
    pub(crate) secrets: Vec<Secret>,
}

impl SignedRequest {
    fn new(
        action: &'static str,
        mut url: Url,
        query: String,
        headers: Vec<(String, String)>,
        body: Option<String>,
        string_to_sign: String,
        credentials: &Credentials,
    ) -> SignedRequest {
        url.set_query((!query.is_empty()).then_some(query.as_str()));
        SignedRequest {
            action,
            method: "POST",
            url,
            headers,
            body,
            string_to_sign,
            secrets: credentials.security_token().cloned().into_iter().collect(),
        }
    }

    /// The action's name.
    pub fn action(&self) -> &'static str {
        self.action
    }

    /// The HTTP method (`POST`).
    pub fn method(&self) -> &'static str {
        self.method
    }

    /// The URL with its signed query. It contains the security token of temporary credentials:
    /// do not log it.
    pub fn url(&self) -> &str {
        self.url.as_str()
    }

    /// The headers sent besides those of the HTTP stack.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// The form body, when the parameters were too long for the query.
    pub fn body(&self) -> Option<&str> {
        self.body.as_deref()
    }

    /// The string-to-sign (V1 or V3).
    pub fn string_to_sign(&self) -> &str {
        &self.string_to_sign
    }

    fn redacted(&self, text: &str) -> String {
        let secrets: Vec<&Secret> = self.secrets.iter().collect();
        redact(text, &secrets)
    }
}

impl fmt::Display for SignedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} {}", self.method, self.redacted(self.url.as_str()))?;
        for (name, value) in &self.headers {
            writeln!(f, "{name}: {}", self.redacted(value))?;
        }
        if let Some(body) = &self.body {
            writeln!(f, "content-length: {}", body.len())?;
            writeln!(f)?;
            writeln!(f, "{}", self.redacted(body))?;
        }
        Ok(())
    }
}

impl fmt::Debug for SignedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedRequest")
            .field("action", &self.action)
            .field("method", &self.method)
            .field("host", &self.url.host_str())
            .field("body_bytes", &self.body.as_ref().map(String::len))
            .finish_non_exhaustive()
    }
}
