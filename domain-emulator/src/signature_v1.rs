//! Signature V1 (HMAC-SHA1, `SignatureVersion=1.0`) as the server computes it.
//!
//! Deliberately independent of the client crate (`aliyun-rpc`): if both shared one encoder, a bug
//! in it would sign and verify consistently and no end-to-end test would notice.

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit as _, Mac as _};
use sha1::Sha1;

/// RFC 3986 percent-encoding as Alibaba specifies it: only `A-Z a-z 0-9 - _ . ~` stay literal, every
/// other UTF-8 byte becomes `%XY` with uppercase hex (so space is `%20`, `*` is `%2A`).
pub(crate) fn percent_encode(input: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(input.len() * 3);
    for &byte in input.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0F)]));
        }
    }
    out
}

/// `enc(name)=enc(value)` pairs in byte order of the raw names, joined with `&`; `Signature` is
/// left out because it is the result, not an input.
pub(crate) fn canonicalized_query(params: &BTreeMap<String, String>) -> String {
    // BTreeMap<String, _> iterates in byte order of the UTF-8 names, which is the order the
    // protocol wants (`OrderRenewParam.10.X` before `OrderRenewParam.2.X`).
    params
        .iter()
        .filter(|(name, _)| name.as_str() != "Signature")
        .map(|(name, value)| format!("{}={}", percent_encode(name), percent_encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// `METHOD&%2F&enc(canonicalized query)`.
pub(crate) fn string_to_sign(method: &str, params: &BTreeMap<String, String>) -> String {
    format!(
        "{}&{}&{}",
        method,
        percent_encode("/"),
        percent_encode(&canonicalized_query(params))
    )
}

/// `Base64(HMAC-SHA1(secret + "&", string_to_sign))`.
pub(crate) fn sign(secret: &str, string_to_sign: &str) -> String {
    let key = format!("{secret}&");
    let mut mac =
        Hmac::<Sha1>::new_from_slice(key.as_bytes()).expect("HMAC accepts keys of any length");
    mac.update(string_to_sign.as_bytes());
    STANDARD.encode(mac.finalize().into_bytes())
}

/// Compares two byte strings without an early exit on the first difference, so response timing
/// does not reveal how much of a forged signature was right.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Outcome of checking a V1 signature.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum V1Check {
    /// The signature matches.
    Valid,
    /// It does not; carries the server's string-to-sign for the error message.
    Mismatch { string_to_sign: String },
}

/// Verifies `params["Signature"]` for the request `method` with `secret`.
pub(crate) fn verify(method: &str, params: &BTreeMap<String, String>, secret: &str) -> V1Check {
    let string_to_sign = string_to_sign(method, params);
    let expected = sign(secret, &string_to_sign);
    let provided = params.get("Signature").map(String::as_str).unwrap_or("");
    if constant_time_eq(expected.as_bytes(), provided.as_bytes()) {
        V1Check::Valid
    } else {
        V1Check::Mismatch { string_to_sign }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn describe_regions() -> BTreeMap<String, String> {
        params(&[
            ("AccessKeyId", "testid"),
            ("Action", "DescribeRegions"),
            ("Format", "XML"),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
            ("SignatureVersion", "1.0"),
            ("Timestamp", "2016-02-23T12:46:24Z"),
            ("Version", "2014-05-26"),
        ])
    }

    #[test]
    fn percent_encoding_follows_the_alibaba_rules() {
        assert_eq!(percent_encode("a b*c~d"), "a%20b%2Ac~d");
        assert_eq!(percent_encode("!'()"), "%21%27%28%29");
        assert_eq!(percent_encode("阿"), "%E9%98%BF");
        assert_eq!(percent_encode("A-z_0.9"), "A-z_0.9");
    }

    #[test]
    fn v1_signature_matches_describe_regions_example() {
        let p = describe_regions();
        assert_eq!(
            canonicalized_query(&p),
            "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"
        );
        let sts = string_to_sign("GET", &p);
        assert_eq!(
            sts,
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"
        );
        assert_eq!(sign("testsecret", &sts), "OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    #[test]
    fn v1_verification_accepts_the_example_and_rejects_a_tampered_one() {
        let mut p = describe_regions();
        p.insert("Signature".into(), "OLeaidS1JvxuMvnyHOwuJ+uX5qY=".into());
        assert_eq!(verify("GET", &p, "testsecret"), V1Check::Valid);
        assert!(matches!(
            verify("POST", &p, "testsecret"),
            V1Check::Mismatch { .. }
        ));
        assert!(matches!(
            verify("GET", &p, "testsecret2"),
            V1Check::Mismatch { .. }
        ));
        p.insert("Format".into(), "JSON".into());
        match verify("GET", &p, "testsecret") {
            V1Check::Mismatch { string_to_sign } => {
                assert!(string_to_sign.starts_with("GET&%2F&AccessKeyId%3Dtestid"));
            }
            V1Check::Valid => panic!("tampered request verified"),
        }
    }

    #[test]
    fn v1_signature_matches_send_sms_example_with_multibyte_and_json() {
        let p = params(&[
            ("AccessKeyId", "testId"),
            ("Action", "SendSms"),
            ("Format", "XML"),
            ("OutId", "123"),
            ("PhoneNumbers", "15300000001"),
            ("RegionId", "cn-hangzhou"),
            ("SignName", "阿里云短信测试专用"),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466"),
            ("SignatureVersion", "1.0"),
            ("TemplateCode", "SMS_71390007"),
            ("TemplateParam", "{\"customer\":\"test\"}"),
            ("Timestamp", "2017-07-12T02:42:19Z"),
            ("Version", "2017-05-25"),
        ]);
        assert!(
            canonicalized_query(&p).contains("TemplateParam=%7B%22customer%22%3A%22test%22%7D")
        );
        assert_eq!(
            sign("testSecret", &string_to_sign("GET", &p)),
            "zJDF+Lrzhj/ThnlvIToysFRq6t4="
        );
    }

    #[test]
    fn v1_signature_matches_domain_shaped_regression_value() {
        let mut p = describe_regions();
        p.insert("Action".into(), "SaveBatchTaskForCreatingOrderRenew".into());
        p.insert("Format".into(), "JSON".into());
        p.insert("Version".into(), "2018-01-29".into());
        p.insert("OrderRenewParam.1.DomainName".into(), "example.com".into());
        p.insert("OrderRenewParam.1.SubscriptionDuration".into(), "1".into());
        p.insert(
            "OrderRenewParam.1.CurrentExpirationDate".into(),
            "1522080000000".into(),
        );
        assert_eq!(
            sign("testsecret", &string_to_sign("POST", &p)),
            "OPy3P9qjctFt6157DtY9BNAL6zY="
        );
    }

    #[test]
    fn constant_time_eq_compares_length_and_content() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
