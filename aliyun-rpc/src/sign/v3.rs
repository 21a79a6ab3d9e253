//! Signature V3: `ACS3-HMAC-SHA256` over a canonical request, sent in the `Authorization` header.

use std::fmt::Write as _;

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

fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        // Writing into a String cannot fail.
        let _ = write!(out, "{byte:02x}");
    }
    out
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
    sign_v3_hashed(
        method,
        path,
        query,
        headers,
        &sha256_hex(body),
        access_key_id,
        secret,
    )
}

/// [`sign_v3`] with the payload's hex SHA-256 already computed (the `x-acs-content-sha256`
/// header's value), so that a large body is hashed once.
#[allow(clippy::too_many_arguments)]
pub(crate) fn sign_v3_hashed<'a>(
    method: &str,
    path: &str,
    query: impl IntoIterator<Item = (&'a str, &'a str)>,
    headers: impl IntoIterator<Item = (&'a str, &'a str)>,
    payload_hash: &str,
    access_key_id: &str,
    secret: &str,
) -> V3Signature {
    let mut canonical_request = String::new();
    canonical_request.push_str(method);
    canonical_request.push('\n');
    canonical_uri_into(&mut canonical_request, path);
    canonical_request.push('\n');

    let mut query: Vec<(&str, &str)> = query.into_iter().collect();
    query.sort_unstable();
    for (position, (name, value)) in query.iter().enumerate() {
        if position > 0 {
            canonical_request.push('&');
        }
        percent_encode_into(&mut canonical_request, name);
        canonical_request.push('=');
        percent_encode_into(&mut canonical_request, value);
    }
    canonical_request.push('\n');

    let mut headers: Vec<(String, &str)> = headers
        .into_iter()
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim()))
        .collect();
    headers.sort_unstable();
    for (name, value) in &headers {
        canonical_request.push_str(name);
        canonical_request.push(':');
        canonical_request.push_str(value);
        canonical_request.push('\n');
    }
    canonical_request.push('\n');
    let signed_headers = headers
        .iter()
        .map(|(name, _)| name.as_str())
        .collect::<Vec<_>>()
        .join(";");
    canonical_request.push_str(&signed_headers);
    canonical_request.push('\n');
    canonical_request.push_str(payload_hash);

    let string_to_sign = format!(
        "{V3_ALGORITHM}\n{}",
        sha256_hex(canonical_request.as_bytes())
    );
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(string_to_sign.as_bytes());
    let signature = hex(&mac.finalize().into_bytes());
    let authorization = format!(
        "{V3_ALGORITHM} Credential={access_key_id},SignedHeaders={signed_headers},Signature={signature}"
    );
    V3Signature {
        canonical_request,
        string_to_sign,
        signature,
        signed_headers,
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
    }
}
