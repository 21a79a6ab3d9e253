//! Signature V3: `ACS3-HMAC-SHA256` over a canonical request, sent in the `Authorization` header.

use std::borrow::Cow;

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

use crate::encode::percent_encode_into;

/// The algorithm name that starts the string-to-sign and the `Authorization` header.
pub const V3_ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// The intermediate values and the result of a V3 signature, for tests and debugging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V3Signature {
    /// Method, URI, query, headers, signed-header list and payload hash, joined with newlines.
    pub canonical_request: String,
    /// `ACS3-HMAC-SHA256`, a newline, and the hex SHA-256 of the canonical request.
    pub string_to_sign: String,
    /// Lowercase hex HMAC-SHA256 keyed with the secret itself (no `&`).
    pub signature: String,
    /// The lowercase names of the signed headers, sorted and joined with `;`.
    pub signed_headers: String,
    /// The whole `Authorization` header value.
    pub authorization: String,
}

/// Lowercase hex SHA-256 of `bytes`: the `x-acs-content-sha256` of a body.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The lowercase hex SHA-256 of an empty payload.
pub(crate) const EMPTY_PAYLOAD_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 15)]));
    }
    out
}

/// The canonical query of a V3 request whose `query` is sent as given (pairs percent-encoded,
/// in canonical order): the same pairs with their names decoded, as the official signers write
/// it (they encode values, not names). With `names_unreserved` the names are their own encoding
/// and the query is its own canonical query.
pub(crate) fn v3_canonical_query(query: &str, names_unreserved: bool) -> Cow<'_, str> {
    if names_unreserved || query.is_empty() {
        return Cow::Borrowed(query);
    }
    let mut canonical = String::with_capacity(query.len());
    for pair in query.split('&') {
        if !canonical.is_empty() {
            canonical.push('&');
        }
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        canonical.extend(
            percent_encoding::percent_decode_str(name)
                .decode_utf8_lossy()
                .chars(),
        );
        canonical.push('=');
        canonical.push_str(value);
    }
    Cow::Owned(canonical)
}

/// Signs a request with V3.
///
/// `headers` are the headers to sign, by whatever case their names have: at least `host` and the
/// `x-acs-*` headers, and `content-type` when there is a body. `query` holds raw parameters; the
/// payload hash is computed from `body`.
#[allow(clippy::too_many_arguments)]
pub fn sign_v3<'a>(
    method: &str,
    path: &str,
    query: impl IntoIterator<Item = (&'a str, &'a str)>,
    headers: impl IntoIterator<Item = (&'a str, &'a str)>,
    body: &[u8],
    access_key_id: &str,
    secret: &str,
) -> V3Signature {
    let mut query: Vec<(&str, &str)> = query.into_iter().collect();
    crate::params::sort_raw_pairs(&mut query);
    let mut canonical_query = String::new();
    for (position, (name, value)) in query.iter().enumerate() {
        if position > 0 {
            canonical_query.push('&');
        }
        // As the official signers write it: the name raw, the value encoded.
        canonical_query.push_str(name);
        canonical_query.push('=');
        percent_encode_into(&mut canonical_query, value);
    }
    let mut headers: Vec<(String, &str)> = headers
        .into_iter()
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value))
        .collect();
    headers.sort_unstable();
    let signed_headers = headers
        .iter()
        .map(|(name, _)| name.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let mut canonical_uri = String::new();
    canonical_uri_into(&mut canonical_uri, path);
    let payload_hash = sha256_hex(body);
    let request = CanonicalRequest {
        method,
        canonical_uri: &canonical_uri,
        canonical_query: &canonical_query,
        headers: &headers
            .iter()
            .map(|(name, value)| (name.as_str(), *value))
            .collect::<Vec<_>>(),
        signed_headers: &signed_headers,
        payload_hash: &payload_hash,
    };
    let mut canonical_request = String::new();
    request.write_to(&mut canonical_request);
    let signed = finish_v3(
        Sha256::digest(canonical_request.as_bytes()).into(),
        &signed_headers,
        access_key_id,
        secret,
    );
    V3Signature {
        canonical_request,
        string_to_sign: signed.string_to_sign,
        signature: signed.signature,
        signed_headers,
        authorization: signed.authorization,
    }
}

/// The parts of a V3 canonical request, each already in canonical form.
pub(crate) struct CanonicalRequest<'a> {
    /// `POST` or `GET`.
    pub(crate) method: &'a str,
    /// `/` for RPC.
    pub(crate) canonical_uri: &'a str,
    /// The sorted, percent-encoded query, without `?`.
    pub(crate) canonical_query: &'a str,
    /// The signed headers: lowercase names in byte order, with their values.
    pub(crate) headers: &'a [(&'a str, &'a str)],
    /// The header names joined with `;`.
    pub(crate) signed_headers: &'a str,
    /// The hex SHA-256 of the payload.
    pub(crate) payload_hash: &'a str,
}

/// Where a canonical request is written: into a string to show it, or straight into the hash.
pub(crate) trait CanonicalSink {
    /// Appends `text`.
    fn put(&mut self, text: &str);
}

impl CanonicalSink for String {
    fn put(&mut self, text: &str) {
        self.push_str(text);
    }
}

impl CanonicalSink for Sha256 {
    fn put(&mut self, text: &str) {
        self.update(text.as_bytes());
    }
}

impl CanonicalRequest<'_> {
    /// Method, URI, query, headers, a blank line, the signed-header list and the payload hash,
    /// joined with newlines.
    pub(crate) fn write_to(&self, out: &mut impl CanonicalSink) {
        for part in [
            self.method,
            "\n",
            self.canonical_uri,
            "\n",
            self.canonical_query,
            "\n",
        ] {
            out.put(part);
        }
        for (name, value) in self.headers {
            for part in [name, ":", value.trim(), "\n"] {
                out.put(part);
            }
        }
        for part in ["\n", self.signed_headers, "\n", self.payload_hash] {
            out.put(part);
        }
    }

    /// Signs the request: its hash, then the HMAC over the string-to-sign.
    pub(crate) fn sign(&self, access_key_id: &str, secret: &str) -> SignedV3 {
        let mut hasher = Sha256::new();
        self.write_to(&mut hasher);
        finish_v3(
            hasher.finalize().into(),
            self.signed_headers,
            access_key_id,
            secret,
        )
    }
}

/// The outcome of a V3 signature, without the canonical request.
pub(crate) struct SignedV3 {
    /// `ACS3-HMAC-SHA256`, a newline, and the hex hash of the canonical request.
    pub(crate) string_to_sign: String,
    /// Lowercase hex HMAC-SHA256.
    pub(crate) signature: String,
    /// The whole `Authorization` header value.
    pub(crate) authorization: String,
}

/// The string-to-sign, signature and `Authorization` of a canonical request with hash
/// `canonical_hash`.
fn finish_v3(
    canonical_hash: [u8; 32],
    signed_headers: &str,
    access_key_id: &str,
    secret: &str,
) -> SignedV3 {
    let mut string_to_sign = String::with_capacity(V3_ALGORITHM.len() + 65);
    string_to_sign.push_str(V3_ALGORITHM);
    string_to_sign.push('\n');
    string_to_sign.push_str(&hex(&canonical_hash));
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(string_to_sign.as_bytes());
    let signature = hex(&mac.finalize().into_bytes());
    let mut authorization = String::with_capacity(
        V3_ALGORITHM.len() + access_key_id.len() + signed_headers.len() + signature.len() + 40,
    );
    for part in [
        V3_ALGORITHM,
        " Credential=",
        access_key_id,
        ",SignedHeaders=",
        signed_headers,
        ",Signature=",
        &signature,
    ] {
        authorization.push_str(part);
    }
    SignedV3 {
        string_to_sign,
        signature,
        authorization,
    }
}

/// `/` for RPC; for a longer path, each segment percent-encoded.
fn canonical_uri_into(out: &mut String, path: &str) {
    if path.is_empty() {
        out.push('/');
        return;
    }
    for (position, segment) in path.split('/').enumerate() {
        if position > 0 {
            out.push('/');
        }
        percent_encode_into(out, segment);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The step-by-step example of Alibaba's V3 page (alibaba-rpc-facts.md, section 2.5).
    #[test]
    fn v3_signature_matches_run_instances_example() {
        let empty = sha256_hex(b"");
        let signed = sign_v3(
            "POST",
            "/",
            [
                (
                    "ImageId",
                    "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
                ),
                ("RegionId", "cn-shanghai"),
            ],
            [
                ("host", "ecs.cn-shanghai.aliyuncs.com"),
                ("x-acs-action", "RunInstances"),
                ("x-acs-version", "2014-05-26"),
                ("x-acs-date", "2023-10-26T10:22:32Z"),
                ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
                ("x-acs-content-sha256", empty.as_str()),
            ],
            b"",
            "YourAccessKeyId",
            "YourAccessKeySecret",
        );
        assert_eq!(
            sha256_hex(signed.canonical_request.as_bytes()),
            "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
        );
        assert_eq!(
            signed.signature,
            "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
        );
        assert!(signed.authorization.starts_with(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
        ));
    }

    #[test]
    fn a_blank_line_ends_the_header_block_and_empty_values_keep_their_equals_sign() {
        let signed = sign_v3(
            "POST",
            "/",
            [("B", ""), ("A", "x y")],
            [("Host", " h ")],
            b"",
            "id",
            "s",
        );
        assert!(
            signed
                .canonical_request
                .starts_with("POST\n/\nA=x%20y&B=\nhost:h\n\nhost\n")
        );
        assert_eq!(sha256_hex(b""), EMPTY_PAYLOAD_SHA256);
    }
}
