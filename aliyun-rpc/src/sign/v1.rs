//! Signature V1: HMAC-SHA1 over the canonicalized query, sent as the `Signature` parameter.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

use crate::encode::{Piece, escape, for_each_piece, percent_encode_into, percent_encoded_len};

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
    let canonical_query = canonical_query(params);
    let string_to_sign = string_to_sign(method, &canonical_query);
    let mut mac = keyed_mac(secret);
    mac.update(string_to_sign.as_bytes());
    V1Signature {
        canonical_query,
        string_to_sign,
        signature: STANDARD.encode(mac.finalize().into_bytes()),
    }
}

/// Every parameter but `Signature`, sorted by raw name, as `enc(name)=enc(value)` joined with `&`.
pub(crate) fn canonical_query<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut sorted: Vec<(&str, &str)> = params
        .into_iter()
        .filter(|(name, _)| *name != "Signature")
        .collect();
    crate::params::sort_raw_pairs(&mut sorted);
    let mut canonical_query = String::new();
    for (position, (name, value)) in sorted.iter().enumerate() {
        if position > 0 {
            canonical_query.push('&');
        }
        percent_encode_into(&mut canonical_query, name);
        canonical_query.push('=');
        percent_encode_into(&mut canonical_query, value);
    }
    canonical_query
}

/// `METHOD&%2F&` followed by the canonical query, percent-encoded once more.
pub(crate) fn string_to_sign(method: &str, canonical_query: &str) -> String {
    let mut string_to_sign =
        String::with_capacity(method.len() + 5 + percent_encoded_len(canonical_query));
    string_to_sign.push_str(method);
    string_to_sign.push_str("&%2F&");
    percent_encode_into(&mut string_to_sign, canonical_query);
    string_to_sign
}

/// HMAC-SHA1 keyed with `secret&`.
fn keyed_mac(secret: &str) -> Hmac<Sha1> {
    let mut key = Vec::with_capacity(secret.len() + 1);
    key.extend_from_slice(secret.as_bytes());
    key.push(b'&');
    // HMAC accepts keys of any length, so this cannot fail.
    Hmac::<Sha1>::new_from_slice(&key).expect("HMAC takes keys of any length")
}

/// Computes a V1 `Signature` from raw pairs given in canonical order, without building the
/// canonical query or the string-to-sign.
///
/// The string-to-sign encodes every pair twice. Twice-encoded, an unreserved byte is itself and
/// any other byte `b` is `%25` and the hex of `b`; so the stream goes straight from the raw
/// pairs into the MAC, and names known to be unreserved are fed without being looked at.
pub(crate) struct V1Stream {
    stream: EncodingStream<Hmac<Sha1>>,
    pairs: usize,
}

impl V1Stream {
    /// Starts the string-to-sign of a request sent with `method`, keyed with `secret`.
    pub(crate) fn new(method: &str, secret: &str) -> V1Stream {
        let mut stream = EncodingStream::new(keyed_mac(secret));
        stream.raw(method.as_bytes());
        stream.raw(b"&%2F&");
        V1Stream { stream, pairs: 0 }
    }

    /// Starts the next pair: after the first, with the `&` between pairs (encoded, as in the
    /// string-to-sign).
    fn next_pair(&mut self) {
        if self.pairs > 0 {
            self.stream.raw(b"%26");
        }
        self.pairs += 1;
    }

    /// The next pair of the canonical query: a common parameter, whose name is unreserved, with
    /// its raw value.
    pub(crate) fn common_pair(&mut self, name: &str, value: &str) {
        debug_assert!(name.bytes().all(crate::encode::is_unreserved));
        self.next_pair();
        self.stream.raw(name.as_bytes());
        self.stream.raw(b"%3D");
        self.stream.twice_encoded(value.as_bytes());
    }

    /// The next pair of the canonical query, name and value already percent-encoded once (as on
    /// the wire). `name_is_unreserved` promises that the name had no character to encode, so
    /// that it is fed without being looked at.
    pub(crate) fn encoded_pair(
        &mut self,
        encoded_name: &str,
        encoded_value: &str,
        name_is_unreserved: bool,
    ) {
        self.next_pair();
        if name_is_unreserved {
            self.stream.raw(encoded_name.as_bytes());
        } else {
            self.stream.encoded_once_more(encoded_name.as_bytes());
        }
        self.stream.raw(b"%3D");
        self.stream.encoded_once_more(encoded_value.as_bytes());
    }

    /// The base64 `Signature`.
    pub(crate) fn finish(self) -> String {
        STANDARD.encode(self.stream.finish().finalize().into_bytes())
    }
}

/// Feeds bytes into a MAC, percent-encoding them on the way when asked; short pieces gather in a
/// buffer so that the MAC is updated with runs, not with three bytes at a time.
struct EncodingStream<M: Mac> {
    mac: M,
    buffer: [u8; 512],
    used: usize,
}

impl<M: Mac> EncodingStream<M> {
    fn new(mac: M) -> EncodingStream<M> {
        EncodingStream {
            mac,
            buffer: [0; 512],
            used: 0,
        }
    }

    fn flush(&mut self) {
        if self.used > 0 {
            self.mac.update(&self.buffer[..self.used]);
            self.used = 0;
        }
    }

    /// Bytes as they are.
    fn raw(&mut self, bytes: &[u8]) {
        if self.used + bytes.len() > self.buffer.len() {
            self.flush();
            if bytes.len() > self.buffer.len() / 2 {
                self.mac.update(bytes);
                return;
            }
        }
        self.buffer[self.used..self.used + bytes.len()].copy_from_slice(bytes);
        self.used += bytes.len();
    }

    /// The percent-encoding of `encoded`, which is percent-encoded already: its only reserved
    /// byte is the `%` of its escapes.
    fn encoded_once_more(&mut self, encoded: &[u8]) {
        let mut rest = encoded;
        while let Some(at) = rest.iter().position(|&byte| byte == b'%') {
            self.raw(&rest[..at]);
            self.raw(b"%25");
            rest = &rest[at + 1..];
        }
        self.raw(rest);
    }

    /// The percent-encoding of the percent-encoding of `text`.
    fn twice_encoded(&mut self, text: &[u8]) {
        for_each_piece(text, |piece| match piece {
            Piece::Run(start, end) => self.raw(&text[start..end]),
            Piece::Reserved(byte) => {
                // `%XY` encoded again is `%25XY`.
                self.raw(b"%25");
                self.raw(&escape(byte).as_bytes()[1..]);
            }
        });
    }

    fn finish(mut self) -> M {
        self.flush();
        self.mac
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
    fn the_streamed_signature_equals_the_one_over_the_whole_string() {
        let long = "%&=".repeat(400);
        let params = [
            ("Action", "SaveBatchTaskForCreatingOrderRenew"),
            ("CouponNo", "CPN-券/+&=*~ 测试"),
            ("Long", long.as_str()),
            ("Name With Space", "a b.com"),
            ("OrderRenewParam.1.DomainName", "a b.com"),
            ("OrderRenewParam.10.DomainName", "x%y.com"),
        ];
        let whole = sign_v1("POST", params, "secret");
        let mut stream = V1Stream::new("POST", "secret");
        for (name, value) in params {
            // As the client feeds its wire pairs: encoded once, names unreserved or not.
            let unreserved = name.bytes().all(crate::encode::is_unreserved);
            let (name, value) = (crate::percent_encode(name), crate::percent_encode(value));
            stream.encoded_pair(&name, &value, unreserved);
        }
        assert_eq!(stream.finish(), whole.signature);
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
