//! Signature V1: HMAC-SHA1 over the canonicalized query, sent as the `Signature` parameter.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

use crate::encode::{percent_encode_into, percent_encoded_len};

/// The intermediate values and the result of a V1 signature, for tests and debugging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V1Signature {
    /// Every parameter but `Signature`, sorted by name, as `enc(name)=enc(value)` joined with `&`.
    pub canonical_query: String,
    /// `METHOD&%2F&` followed by the canonical query, percent-encoded once more.
    pub string_to_sign: String,
    /// Base64 of HMAC-SHA1 keyed with `secret&`: 28 characters, not yet URL-encoded.
    pub signature: String,
}

/// Signs `params` for an HTTP `method` (`GET` or `POST`) with an AccessKey `secret`.
///
/// `params` are raw (unencoded) names and values: the common parameters and the action's, from the
/// query and the form body together. A parameter called `Signature` is left out of the input.
pub fn sign_v1<'a>(
    method: &str,
    params: impl IntoIterator<Item = (&'a str, &'a str)>,
    secret: &str,
) -> V1Signature {
    let mut sorted: Vec<(&str, &str)> = params
        .into_iter()
        .filter(|(name, _)| *name != "Signature")
        .collect();
    // Byte order of the raw names; the value breaks ties so that repeated names sign the same way
    // on both sides.
    sorted.sort_unstable();

    let mut canonical_query = String::new();
    for (position, (name, value)) in sorted.iter().enumerate() {
        if position > 0 {
            canonical_query.push('&');
        }
        percent_encode_into(&mut canonical_query, name);
        canonical_query.push('=');
        percent_encode_into(&mut canonical_query, value);
    }
    sign_canonical(method, canonical_query, secret)
}

/// Signs an already canonicalized query (see [`V1Signature::canonical_query`]).
pub(crate) fn sign_canonical(method: &str, canonical_query: String, secret: &str) -> V1Signature {
    let mut string_to_sign =
        String::with_capacity(method.len() + 5 + percent_encoded_len(&canonical_query));
    string_to_sign.push_str(method);
    string_to_sign.push_str("&%2F&");
    percent_encode_into(&mut string_to_sign, &canonical_query);

    let mut key = Vec::with_capacity(secret.len() + 1);
    key.extend_from_slice(secret.as_bytes());
    key.push(b'&');
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = Hmac::<Sha1>::new_from_slice(&key).expect("HMAC takes keys of any length");
    mac.update(string_to_sign.as_bytes());
    let signature = STANDARD.encode(mac.finalize().into_bytes());

    V1Signature {
        canonical_query,
        string_to_sign,
        signature,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Alibaba's ECS `DescribeRegions` example (alibaba-rpc-facts.md, section 1.7).
    #[test]
    fn v1_signature_matches_describe_regions_example() {
        let params = [
            ("AccessKeyId", "testid"),
            ("Action", "DescribeRegions"),
            ("Format", "XML"),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
            ("SignatureVersion", "1.0"),
            ("Timestamp", "2016-02-23T12:46:24Z"),
            ("Version", "2014-05-26"),
        ];
        let signed = sign_v1("GET", params, "testsecret");
        assert!(
            signed
                .canonical_query
                .contains("Timestamp=2016-02-23T12%3A46%3A24Z")
        );
        assert!(
            signed
                .string_to_sign
                .starts_with("GET&%2F&AccessKeyId%3Dtestid%26")
        );
        assert!(
            signed
                .string_to_sign
                .contains("2016-02-23T12%253A46%253A24Z")
        );
        assert_eq!(signed.signature, "OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    #[test]
    fn names_sort_by_bytes_not_numbers_and_signature_is_left_out() {
        let params = [
            ("OrderRenewParam.2.X", "b"),
            ("OrderRenewParam.10.X", "a"),
            ("Signature", "ignored"),
            ("a", "lower"),
            ("_", "underscore"),
        ];
        let signed = sign_v1("POST", params, "s");
        assert_eq!(
            signed.canonical_query,
            "OrderRenewParam.10.X=a&OrderRenewParam.2.X=b&_=underscore&a=lower"
        );
        assert!(signed.string_to_sign.starts_with("POST&%2F&"));
    }
}
