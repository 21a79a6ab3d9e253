//! Entry points for fuzzers and property tests: the server's request parsing and signature
//! verification run on the raw parts of an HTTP request, without a server.
//!
//! Not a stable API: it exists so that `fuzz/` and the workspace's property tests reach the same
//! code a request to a running [`Emulator`](crate::Emulator) goes through.

use std::collections::BTreeMap;

use crate::config::Credential;
use crate::request::{Authenticator, RawRequest, parse_urlencoded, requested_format};
use crate::respond::Format;
use crate::signature_v1::{self, V1Check};
use crate::signature_v3;

/// The parts of an HTTP request the emulator reads.
#[derive(Debug, Clone)]
pub struct HttpRequest(RawRequest);

impl HttpRequest {
    /// A request from its method, request target (`/?a=b`, or a bare query `a=b`), headers and
    /// body. Header names are lowercased, as the HTTP stack hands them to the server.
    pub fn new(method: &str, target: &str, headers: &[(String, String)], body: &[u8]) -> Self {
        let query = match target.split_once('?') {
            Some((_, query)) => query,
            None if target.starts_with('/') => "",
            None => target,
        };
        // A fragment never reaches the server.
        let query = query.split('#').next().unwrap_or_default();
        HttpRequest(RawRequest {
            method: method.to_owned(),
            query: query.to_owned(),
            headers: headers
                .iter()
                .map(|(name, value)| (name.to_ascii_lowercase(), value.clone()))
                .collect(),
            body: body.to_vec(),
        })
    }

    /// The first value of a header (lowercase `name`).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.0
            .headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the server reads from a request before verifying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedRequest {
    /// Query pairs, then form-body pairs, decoded.
    pub params: Vec<(String, String)>,
    /// Whether an early error would be answered in JSON (else XML).
    pub json: bool,
}

/// Parses the parameters and the answer format as the server does.
pub fn parse(request: &HttpRequest) -> ParsedRequest {
    let raw = &request.0;
    let params = parse_urlencoded(&raw.query)
        .into_iter()
        .chain(raw.form_body_pairs())
        .collect();
    ParsedRequest {
        params,
        json: requested_format(raw) == Format::Json,
    }
}

/// A request the server refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The HTTP status it would answer with.
    pub status: u16,
    /// The error `Code`.
    pub code: String,
    /// The error `Message`.
    pub message: String,
}

/// Authenticates `request` as the server does (common parameters, clock skew, credential, token,
/// V1 or V3 signature, nonce), against one `credential` and a server clock at `now_ms` (Unix
/// milliseconds). A fresh nonce store is used for each call. Returns the action's name.
pub fn authenticate(
    request: &HttpRequest,
    credential: &Credential,
    now_ms: i64,
) -> Result<String, Rejected> {
    Authenticator::new(vec![credential.clone()])
        .authenticate(&request.0, now_ms)
        .map(|call| call.action)
        .map_err(|(error, _)| Rejected {
            status: error.status,
            code: error.code,
            message: error.message,
        })
}

/// Only the V1 signature check: the parameters (query, then form body) as the server collects
/// them, and `Signature` compared with the HMAC-SHA1 under `secret`. No other parameter is checked.
pub fn verify_v1_signature(request: &HttpRequest, secret: &str) -> bool {
    let raw = &request.0;
    let params: BTreeMap<String, String> = parse_urlencoded(&raw.query)
        .into_iter()
        .chain(raw.form_body_pairs())
        .collect();
    signature_v1::verify(&raw.method, &params, secret) == V1Check::Valid
}

/// Only the V3 signature check: the `Authorization` header parsed, the body hash compared, the
/// canonical request built from the signed headers and the signature compared under `secret`.
/// Returns why it failed.
pub fn verify_v3_signature(request: &HttpRequest, secret: &str) -> Result<(), &'static str> {
    let raw = &request.0;
    let auth = request
        .header("authorization")
        .and_then(signature_v3::parse_authorization)
        .ok_or("malformed Authorization")?;
    let body_hash = signature_v3::sha256_hex(&raw.body);
    if !request
        .header("x-acs-content-sha256")
        .is_some_and(|h| h.eq_ignore_ascii_case(&body_hash))
    {
        return Err("body hash mismatch");
    }
    let canonical = signature_v3::canonical_request(
        &raw.method,
        &parse_urlencoded(&raw.query),
        &raw.headers,
        &auth.signed_headers,
        &body_hash,
    )
    .map_err(|_| "a signed header is missing")?;
    let string_to_sign = signature_v3::string_to_sign(&canonical);
    if signature_v3::signature_matches(secret, &string_to_sign, &auth.signature) {
        Ok(())
    } else {
        Err("signature mismatch")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_requests_are_parsed_and_refused_without_panicking() {
        let headers = vec![
            (
                "Authorization".to_owned(),
                "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=00".to_owned(),
            ),
            (
                "Content-Type".to_owned(),
                "application/x-www-form-urlencoded".to_owned(),
            ),
        ];
        let request = HttpRequest::new("POST", "/?%zz=%&&=+#frag", &headers, b"\xff\xfe=%E4");
        let parsed = parse(&request);
        assert!(parsed.json);
        assert_eq!(parsed.params.len(), 3);
        let credential = Credential {
            access_key_id: "a".into(),
            access_key_secret: "s".into(),
            security_token: None,
        };
        assert!(authenticate(&request, &credential, 0).is_err());
        assert!(!verify_v1_signature(&request, "s"));
        assert!(verify_v3_signature(&request, "s").is_err());
    }
}
