//! Building a signed request: common parameters, where the action's parameters go, and the
//! signature, under V1 or V3.

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;
use reqwest::Url;

use crate::credentials::Credentials;
use crate::encode::percent_encode_into;
use crate::params::WirePairs;
use crate::protocol::Format;
use crate::secret::{Redactor, Secret, redact};
use crate::sign::{
    CanonicalRequest, EMPTY_PAYLOAD_SHA256, V1Stream, sha256_hex, v1_canonical_query,
    v1_string_to_sign, v3_canonical_query,
};

/// The raw pairs of a percent-encoded query or form body (`name=value` joined with `&`).
fn decode_pairs(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let decode = |text: &str| {
        percent_encoding::percent_decode_str(text)
            .decode_utf8_lossy()
            .into_owned()
    };
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(move |pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
}

/// Everything a request needs before it is signed.
pub(crate) struct Unsigned<'a> {
    pub(crate) action: &'static str,
    pub(crate) version: &'static str,
    pub(crate) url: Url,
    /// The action's parameters, encoded, with their canonical order.
    pub(crate) params: WirePairs,
    pub(crate) credentials: &'a Credentials,
    pub(crate) nonce: String,
    pub(crate) timestamp: String,
    pub(crate) max_query_bytes: usize,
}

/// Streams the V1 canonical query: the action's `count` pairs in canonical order, each fed by
/// `action(stream, index)`, with the `common` ones (sorted, absent ones skipped) merged in at
/// their places; `below(from, name)` counts the action's pairs from `from` on whose names sort
/// below `name`.
fn stream_canonical(
    stream: &mut V1Stream,
    common: &[(&str, Option<&str>)],
    count: usize,
    below: impl Fn(usize, &str) -> usize,
    mut action: impl FnMut(&mut V1Stream, usize),
) {
    let mut next = 0;
    for &(name, value) in common {
        let cut = next + below(next, name);
        (next..cut).for_each(|index| action(stream, index));
        next = cut;
        if let Some(value) = value {
            stream.common_pair(name, value);
        }
    }
    (next..count).for_each(|index| action(stream, index));
}

/// The common parameters: the names the client writes into requests itself (V1 writes every one,
/// `SecurityToken` with temporary credentials; an unsigned request some), which no action field
/// may take. The derive crate holds the list, so that its compile-time check and this builder
/// cannot drift apart.
pub const COMMON_PARAMETERS: &[&str] = aliyun_rpc_derive::__common_parameters!();

/// `Content-Type` of a form body.
const FORM: &str = "application/x-www-form-urlencoded";

impl Unsigned<'_> {
    /// V1: common parameters and the `Signature` in the query; the action's parameters in the
    /// query too, or in a form body when the query would pass `max_query_bytes`.
    ///
    /// The action's pairs come encoded for the wire, with their canonical order beside them
    /// (raw pairs, from names that need encoding or repeat, are sorted and encoded here). The
    /// canonical query (those pairs with the common ones merged in at their sorted places) and
    /// the string-to-sign are never built: their encodings stream into the MAC.
    pub(crate) fn sign_v1(mut self, format: Format) -> SignedRequest {
        let credentials = self.credentials;
        // The common parameters, in the byte order of their names.
        let common: [(&str, Option<&str>); 9] = [
            ("AccessKeyId", Some(credentials.access_key_id())),
            ("Action", Some(self.action)),
            ("Format", Some(format.as_str())),
            (
                "SecurityToken",
                credentials.security_token().map(Secret::expose),
            ),
            ("SignatureMethod", Some("HMAC-SHA1")),
            ("SignatureNonce", Some(self.nonce.as_str())),
            ("SignatureVersion", Some("1.0")),
            ("Timestamp", Some(self.timestamp.as_str())),
            ("Version", Some(self.version)),
        ];
        let mut query = String::with_capacity(256);
        append_pairs(
            &mut query,
            common
                .iter()
                .filter_map(|&(name, value)| Some((name, value?))),
        );
        // The canonical order: the action's pairs with the common ones merged in.
        let mut stream = V1Stream::new("POST", credentials.access_key_secret().expose());
        let pairs = std::mem::take(&mut self.params);
        let names_unreserved = pairs.names_are_unreserved();
        stream_canonical(
            &mut stream,
            &common,
            pairs.len(),
            |from, name| pairs.count_names_below(from, name),
            |stream, index| {
                let (name, value) = pairs.pair(index);
                stream.encoded_pair(name, value, names_unreserved);
            },
        );
        let (action_query, body_only) = pairs.into_query_and_body(false);
        let signature = stream.finish();
        query.push_str("&Signature=");
        percent_encode_into(&mut query, &signature);
        let signature = Secret::new(signature);
        let body = place(&mut query, action_query, body_only, self.max_query_bytes);
        self.identified(query, body, StringToSign::V1)
            .with_signature(signature)
    }

    /// An unsigned request (`AssumeRoleWithOIDC` is one): the action's identity and time in the
    /// query, no key, no signature; the action's parameters in a form body, as the official
    /// credential providers send them.
    pub(crate) fn unsigned(mut self, format: Format) -> SignedRequest {
        let mut query = String::new();
        append_pairs(
            &mut query,
            [
                ("Action", self.action),
                ("Version", self.version),
                ("Format", format.as_str()),
                ("Timestamp", self.timestamp.as_str()),
            ],
        );
        let body = std::mem::take(&mut self.params).into_text();
        let body = (!body.is_empty()).then_some(body);
        self.identified(query, body, StringToSign::None)
    }

    /// A V1 or unsigned request: `query`, `body`, and headers that name the action outside the
    /// signature (the official SDKs send them with V1 too).
    fn identified(
        self,
        query: String,
        body: Option<String>,
        string_to_sign: StringToSign,
    ) -> SignedRequest {
        let headers = identity_headers(self.action, self.version, body.is_some());
        self.finish(query, headers, body, string_to_sign)
    }

    /// The signed (or unsigned) request, with its query, headers and body.
    fn finish(
        self,
        query: String,
        headers: Vec<(&'static str, Cow<'static, str>)>,
        body: Option<String>,
        string_to_sign: StringToSign,
    ) -> SignedRequest {
        let endpoint = self.url;
        // `parse_endpoint` admits no query and no fragment, so the query is simply appended.
        debug_assert!(endpoint.query().is_none() && endpoint.fragment().is_none());
        let mut url = String::with_capacity(endpoint.as_str().len() + 1 + query.len());
        url.push_str(endpoint.as_str());
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query);
        }
        SignedRequest {
            action: self.action,
            method: "POST",
            endpoint,
            url,
            headers,
            body: body.map(Bytes::from),
            string_to_sign,
            token: self.credentials.security_token().cloned(),
            access_key_secret: self.credentials.access_key_secret().clone(),
            signature: None,
        }
    }

    /// V3: the action's parameters in the query (or a form body when long), everything else in
    /// signed `x-acs-*` headers and `Authorization`.
    ///
    /// The parameters are encoded once (short ones sorted, since in the query that encoding is
    /// the canonical query itself). The canonical request streams into its hash without being
    /// built.
    pub(crate) fn sign_v3(mut self) -> SignedRequest {
        let credentials = self.credentials;
        // In the query the pairs go in canonical order (the query is then its own canonical
        // query); in a body as written, since a body is only hashed.
        let pairs = std::mem::take(&mut self.params);
        let names_unreserved = pairs.names_are_unreserved();
        let mut query = String::new();
        let fits = pairs.text.len() <= self.max_query_bytes;
        let (action_query, body_only) = pairs.into_query_and_body(fits);
        let body = place(&mut query, action_query, body_only, self.max_query_bytes);
        let host = match self.url.port() {
            Some(port) => format!("{}:{port}", self.url.host_str().unwrap_or_default()),
            None => self.url.host_str().unwrap_or_default().to_owned(),
        };
        let payload_hash = match &body {
            Some(body) => Cow::Owned(sha256_hex(body.as_bytes())),
            None => Cow::Borrowed(EMPTY_PAYLOAD_SHA256),
        };
        let token = credentials.security_token().map(Secret::expose);
        // The signed headers, in the byte order of their names. Their values are moved, not
        // copied, into the request.
        let signed: [(&'static str, Option<Cow<'static, str>>); 9] = [
            (
                "content-type",
                body.is_some().then_some(Cow::Borrowed(FORM)),
            ),
            ("host", Some(Cow::Owned(host))),
            (
                "x-acs-accesskey-id",
                token
                    .is_some()
                    .then(|| credentials.access_key_id().to_owned().into()),
            ),
            ("x-acs-action", Some(Cow::Borrowed(self.action))),
            ("x-acs-content-sha256", Some(payload_hash.clone())),
            (
                "x-acs-date",
                Some(Cow::Owned(std::mem::take(&mut self.timestamp))),
            ),
            (
                "x-acs-security-token",
                token.map(|token| token.to_owned().into()),
            ),
            (
                "x-acs-signature-nonce",
                Some(Cow::Owned(std::mem::take(&mut self.nonce))),
            ),
            ("x-acs-version", Some(Cow::Borrowed(self.version))),
        ];
        let mut headers: Vec<(&'static str, Cow<'static, str>)> =
            Vec::with_capacity(signed.len() + 1);
        headers.extend(
            signed
                .into_iter()
                .filter_map(|(name, value)| Some((name, value?))),
        );
        let signature = {
            let pairs: Vec<(&str, &str)> = headers
                .iter()
                .map(|(name, value)| (*name, value.as_ref()))
                .collect();
            let mut signed_headers = String::with_capacity(160);
            for (name, _) in &pairs {
                if !signed_headers.is_empty() {
                    signed_headers.push(';');
                }
                signed_headers.push_str(name);
            }
            CanonicalRequest {
                method: "POST",
                canonical_uri: "/",
                canonical_query: &v3_canonical_query(&query, names_unreserved),
                headers: &pairs,
                signed_headers: &signed_headers,
                payload_hash: &payload_hash,
            }
            .sign(
                credentials.access_key_id(),
                credentials.access_key_secret().expose(),
            )
        };
        headers.push(("authorization", Cow::Owned(signature.authorization)));
        self.finish(
            query,
            headers,
            body,
            StringToSign::V3(signature.string_to_sign),
        )
        .with_signature(Secret::new(signature.signature))
    }
}

/// The headers that name the action outside the signature (the official SDKs send them with V1
/// too), and the body's type when there is one.
fn identity_headers(
    action: &'static str,
    version: &'static str,
    has_body: bool,
) -> Vec<(&'static str, Cow<'static, str>)> {
    let mut headers = Vec::with_capacity(3);
    headers.push(("x-acs-action", Cow::Borrowed(action)));
    headers.push(("x-acs-version", Cow::Borrowed(version)));
    if has_body {
        headers.push(("content-type", Cow::Borrowed(FORM)));
    }
    headers
}

/// Appends `name=enc(value)` pairs of common parameters (whose names are unreserved) to `out`,
/// joined with `&` (and joined to what `out` already holds).
fn append_pairs<'a>(out: &mut String, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) {
    for (name, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        debug_assert!(name.bytes().all(crate::encode::is_unreserved));
        out.push_str(name);
        out.push('=');
        percent_encode_into(out, value);
    }
}

/// Appends `action_query` to `query`, or returns it as the body when the query would pass `max`;
/// `body_only` (pairs that go in the body whatever the size) always goes in the body, first.
fn place(
    query: &mut String,
    action_query: String,
    mut body_only: String,
    max: usize,
) -> Option<String> {
    let joined = query.len() + usize::from(!query.is_empty()) + action_query.len();
    if action_query.is_empty() || joined > max {
        // All of it in the body.
        if body_only.is_empty() {
            return (!action_query.is_empty()).then_some(action_query);
        }
        if !action_query.is_empty() {
            body_only.push('&');
            body_only.push_str(&action_query);
        }
        return Some(body_only);
    }
    if query.is_empty() {
        *query = action_query;
    } else {
        query.push('&');
        query.push_str(&action_query);
    }
    (!body_only.is_empty()).then_some(body_only)
}

/// What a request's string-to-sign is made from, for [`SignedRequest::string_to_sign`].
enum StringToSign {
    /// Rebuilt from the query and body when asked for: a V1 string-to-sign is as long as the
    /// request, and only a `SignatureDoesNotMatch` needs it.
    V1,
    /// Kept: a V3 string-to-sign is 81 bytes.
    V3(String),
    /// Not signed.
    None,
}

/// A signed request, ready to send.
///
/// `Display` shows it as it goes on the wire (method, URL, headers, body), with any
/// `SecurityToken` and the signature redacted: a printed request (a dry run's, say) stays
/// valid for 15 minutes, so with its signature anyone who read it could send it, and place the
/// order it describes. `Debug` shows less still. [`url`](Self::url) and
/// [`headers`](Self::headers) give the request as it is sent.
pub struct SignedRequest {
    pub(crate) action: &'static str,
    pub(crate) method: &'static str,
    /// The endpoint: scheme, host and path, with no query.
    endpoint: Url,
    /// The endpoint with the signed query: the URL as sent. It is parsed into the HTTP stack's
    /// form only when sent (`http_url`), so that preparing a request does not pay for checking
    /// a query this crate has just encoded.
    url: String,
    pub(crate) headers: Vec<(&'static str, Cow<'static, str>)>,
    /// Shared with the HTTP request without a copy, and kept for a V1 string-to-sign.
    pub(crate) body: Option<Bytes>,
    string_to_sign: StringToSign,
    /// The security token of temporary credentials: the one secret the request carries in a
    /// readable form, redacted from `Display`.
    token: Option<Secret>,
    /// The AccessKey secret the request was signed with, kept only to redact it from errors.
    access_key_secret: Secret,
    /// The request's own signature, kept only to redact it from errors.
    signature: Option<Secret>,
}

impl SignedRequest {
    /// Keeps the request's signature, to redact it from errors.
    fn with_signature(mut self, signature: Secret) -> SignedRequest {
        self.signature = Some(signature);
        self
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
        &self.url
    }

    /// The URL in the HTTP stack's form, for sending.
    pub(crate) fn http_url(&self) -> Url {
        let mut url = self.endpoint.clone();
        url.set_query(self.query());
        url
    }

    /// The signed query, if there is one.
    fn query(&self) -> Option<&str> {
        self.url.split_once('?').map(|(_, query)| query)
    }

    /// The endpoint's host.
    pub(crate) fn host(&self) -> &str {
        self.endpoint.host_str().unwrap_or_default()
    }

    /// The headers sent besides those of the HTTP stack, with lowercase names.
    pub fn headers(&self) -> &[(&'static str, Cow<'static, str>)] {
        &self.headers
    }

    /// The form body, when the parameters were too long for the query.
    pub fn body(&self) -> Option<&str> {
        // Always UTF-8: the body was written as a `String`.
        self.body
            .as_deref()
            .and_then(|body| std::str::from_utf8(body).ok())
    }

    /// The string-to-sign (V1 or V3; empty for an unsigned request). A V1 string-to-sign is
    /// rebuilt from the query and body, so this costs as much as signing did.
    pub fn string_to_sign(&self) -> String {
        match &self.string_to_sign {
            StringToSign::V3(text) => text.clone(),
            StringToSign::None => String::new(),
            StringToSign::V1 => {
                let pairs: Vec<(String, String)> = self
                    .query()
                    .into_iter()
                    .chain(self.body())
                    .flat_map(decode_pairs)
                    .collect();
                v1_string_to_sign(
                    self.method,
                    &v1_canonical_query(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()))),
                )
            }
        }
    }

    fn redacted(&self, text: &str) -> String {
        redact(
            text,
            &Vec::from_iter(self.token.iter().chain(&self.signature)),
        )
    }

    /// What removes this request's credentials (security token, AccessKey secret, signature)
    /// from anything a server sends back about it.
    pub(crate) fn diagnostic_redactor(&self) -> Redactor {
        Redactor::diagnostic(
            self.token
                .iter()
                .chain([&self.access_key_secret])
                .chain(&self.signature),
        )
    }
}

impl fmt::Display for SignedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} {}", self.method, self.redacted(&self.url))?;
        for (name, value) in &self.headers {
            writeln!(f, "{name}: {}", self.redacted(value))?;
        }
        if let Some(body) = self.body() {
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
            .field("host", &self.host())
            .field("body_bytes", &self.body.as_ref().map(Bytes::len))
            .finish_non_exhaustive()
    }
}
