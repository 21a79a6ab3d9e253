//! Signature V3 (`ACS3-HMAC-SHA256` in the `Authorization` header) as the server computes it.
//!
//! The server follows the client's `SignedHeaders`: Go and Node sign `host`, `content-type` and
//! the `x-acs-*` headers, Python Tea signs every header it sends; both verify here.

use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::{Digest as _, Sha256};

use crate::signature_v1::{constant_time_eq, percent_encode};

/// The only V3 algorithm the emulator implements.
pub(crate) const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// The parts of an `Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Authorization {
    pub(crate) algorithm: String,
    pub(crate) access_key_id: String,
    /// Lowercase header names, in the order the client listed them.
    pub(crate) signed_headers: Vec<String>,
    pub(crate) signature: String,
}

/// Parses the header; `None` when it is not of the `ALGO Credential=..,SignedHeaders=..,Signature=..` shape.
pub(crate) fn parse_authorization(header: &str) -> Option<Authorization> {
    let (algorithm, rest) = header.trim().split_once(' ')?;
    let mut access_key_id = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        let (key, value) = part.trim().split_once('=')?;
        match key.trim() {
            "Credential" => access_key_id = Some(value.trim().to_owned()),
            "SignedHeaders" => {
                signed_headers = Some(
                    value
                        .split(';')
                        .map(|h| h.trim().to_ascii_lowercase())
                        .filter(|h| !h.is_empty())
                        .collect(),
                );
            }
            "Signature" => signature = Some(value.trim().to_owned()),
            _ => return None,
        }
    }
    Some(Authorization {
        algorithm: algorithm.to_owned(),
        access_key_id: access_key_id?,
        signed_headers: signed_headers?,
        signature: signature?,
    })
}

/// Lowercase hex.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Lowercase hex SHA-256.
pub(crate) fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// The canonical query string as the official signers write it: decoded pairs sorted by raw
/// name then value, each written `name=enc(value)` with the name left raw (they encode values,
/// not names; the documented rules would encode both). The sort is on raw names: a name with a
/// reserved character sorts otherwise once encoded (`Key=` after `Key0`, `Key%3D` before it).
pub(crate) fn canonical_query(pairs: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = pairs.iter().collect();
    sorted.sort();
    sorted
        .iter()
        .map(|(name, value)| format!("{name}={}", percent_encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The six-line canonical request. `headers` are (lowercase name, value) pairs of the request;
/// only those named in `signed_headers` are used. A signed header missing from the request is an
/// error (its name is returned).
pub(crate) fn canonical_request(
    method: &str,
    query_pairs: &[(String, String)],
    headers: &[(String, String)],
    signed_headers: &[String],
    payload_hash: &str,
) -> Result<String, String> {
    let mut names: Vec<&String> = signed_headers.iter().collect();
    names.sort();
    names.dedup();
    let mut canonical_headers = String::new();
    for name in &names {
        // Repeated headers are joined with commas, as HTTP allows.
        let values: Vec<&str> = headers
            .iter()
            .filter(|(n, _)| n == *name)
            .map(|(_, v)| v.trim())
            .collect();
        if values.is_empty() {
            return Err((*name).clone());
        }
        canonical_headers.push_str(&format!("{}:{}\n", name, values.join(",")));
    }
    let signed = names
        .iter()
        .map(|n| n.as_str())
        .collect::<Vec<_>>()
        .join(";");
    Ok(format!(
        "{method}\n/\n{}\n{canonical_headers}\n{signed}\n{payload_hash}",
        canonical_query(query_pairs)
    ))
}

/// `ACS3-HMAC-SHA256\n` + hex(SHA-256(canonical request)).
pub(crate) fn string_to_sign(canonical_request: &str) -> String {
    format!("{ALGORITHM}\n{}", sha256_hex(canonical_request.as_bytes()))
}

/// hex(HMAC-SHA256(secret, string_to_sign)); unlike V1 the key has no `&`.
pub(crate) fn sign(secret: &str, string_to_sign: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any length");
    mac.update(string_to_sign.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// Whether `provided` (hex, any case) is the signature of `string_to_sign` under `secret`.
pub(crate) fn signature_matches(secret: &str, string_to_sign: &str, provided: &str) -> bool {
    let expected = sign(secret, string_to_sign);
    constant_time_eq(
        expected.as_bytes(),
        provided.to_ascii_lowercase().as_bytes(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMPTY_HASH: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    /// `specs/signing-v3/reserved-names`: names with reserved characters, some sorting otherwise
    /// once encoded, give the official utilities' canonical query (raw sort, raw names, values
    /// encoded), not the documented one.
    #[test]
    fn reserved_names_sort_raw_and_stay_raw_as_the_official_signers_write_them() {
        let request: serde_json::Value = serde_json::from_str(include_str!(
            "../../specs/signing-v3/reserved-names/request.json"
        ))
        .unwrap();
        let query: Vec<(String, String)> = request["query"]
            .as_array()
            .unwrap()
            .iter()
            .map(|pair| {
                let text = |i: usize| pair[i].as_str().unwrap().to_owned();
                (text(0), text(1))
            })
            .collect();
        let official = include_str!("../../specs/signing-v3/reserved-names/canonical-request.txt");
        let documented =
            include_str!("../../specs/signing-v3/reserved-names/documented-canonical-request.txt");
        let ours = canonical_query(&query);
        assert_eq!(Some(ours.as_str()), official.split('\n').nth(2));
        assert_ne!(Some(ours.as_str()), documented.split('\n').nth(2));
    }

    fn run_instances_headers() -> Vec<(String, String)> {
        pairs(&[
            ("host", "ecs.cn-shanghai.aliyuncs.com"),
            ("x-acs-action", "RunInstances"),
            ("x-acs-version", "2014-05-26"),
            ("x-acs-date", "2023-10-26T10:22:32Z"),
            ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
            ("x-acs-content-sha256", EMPTY_HASH),
            ("accept", "application/json"),
        ])
    }

    #[test]
    fn v3_signature_matches_run_instances_example() {
        let authorization = parse_authorization(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
        )
        .unwrap();
        assert_eq!(authorization.algorithm, ALGORITHM);
        assert_eq!(authorization.access_key_id, "YourAccessKeyId");
        let query = pairs(&[
            ("RegionId", "cn-shanghai"),
            (
                "ImageId",
                "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
            ),
        ]);
        assert_eq!(sha256_hex(b""), EMPTY_HASH);
        let canonical = canonical_request(
            "POST",
            &query,
            &run_instances_headers(),
            &authorization.signed_headers,
            EMPTY_HASH,
        )
        .unwrap();
        assert_eq!(
            canonical,
            "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n\
             host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n\
             x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\
             x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n\
             x-acs-version:2014-05-26\n\n\
             host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n\
             e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(canonical.as_bytes()),
            "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
        );
        let sts = string_to_sign(&canonical);
        assert_eq!(
            sign("YourAccessKeySecret", &sts),
            "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
        );
        assert!(signature_matches(
            "YourAccessKeySecret",
            &sts,
            &authorization.signature
        ));
        assert!(!signature_matches(
            "OtherSecret",
            &sts,
            &authorization.signature
        ));
    }

    #[test]
    fn a_signed_header_absent_from_the_request_is_reported() {
        let missing = canonical_request(
            "POST",
            &[],
            &run_instances_headers(),
            &["host".to_owned(), "content-type".to_owned()],
            EMPTY_HASH,
        );
        assert_eq!(missing, Err("content-type".to_owned()));
    }

    #[test]
    fn malformed_authorization_headers_are_rejected() {
        assert!(parse_authorization("ACS3-HMAC-SHA256").is_none());
        assert!(parse_authorization("ACS3-HMAC-SHA256 Credential=a,Signature=b").is_none());
        let spaced = parse_authorization(
            "ACS3-HMAC-SHA256 Credential=a, SignedHeaders=Host;x-acs-date, Signature=b",
        )
        .unwrap();
        assert_eq!(spaced.signed_headers, ["host", "x-acs-date"]);
    }
}
