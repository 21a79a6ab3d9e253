//! The floor: the leanest hand-written canonicalise-and-sign of a renewal batch, written for this
//! one action. It knows the parameters' sorted order in advance (no sort), encodes each value
//! once with a table, streams the second encoding of V1 straight into HMAC-SHA1 and the V3
//! canonical request straight into SHA-256, and allocates only its outputs.
//!
//! The suite asserts that the floor and the client produce the same signature before timing them.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

use crate::fixtures::Entry;

/// Keyed-hash state shared by the V1 streaming writer.
type HmacSha1 = Hmac<Sha1>;

/// A signed request as the floor builds it.
#[derive(Debug, Clone)]
pub struct FloorRequest {
    /// The URL with its query.
    pub url: String,
    /// The form body, when the parameters do not fit the query.
    pub body: Option<String>,
    /// The V1 `Signature` (base64) or the V3 `Authorization` header.
    pub signature: String,
}

/// What the floor signs with.
#[derive(Debug, Clone, Copy)]
pub struct Signer<'a> {
    /// The endpoint, ending in `/`.
    pub endpoint: &'a str,
    /// `host` (with the port) for V3.
    pub host: &'a str,
    /// AccessKey id.
    pub access_key_id: &'a str,
    /// AccessKey secret.
    pub secret: &'a str,
    /// `SignatureNonce`.
    pub nonce: &'a str,
    /// `Timestamp`.
    pub timestamp: &'a str,
    /// Above this many bytes the action's parameters go into a form body.
    pub max_query_bytes: usize,
}

/// The SHA-256 of an empty body, lowercase hex: `x-acs-content-sha256` of a request whose
/// parameters are all in the query.
pub const EMPTY_PAYLOAD_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

const ACTION: &str = "SaveBatchTaskForCreatingOrderRenew";
const VERSION: &str = "2018-01-29";

const fn unreserved_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' || b == b'~';
        byte += 1;
    }
    table
}

static UNRESERVED: [bool; 256] = unreserved_table();
const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// RFC 3986 percent-encoding, copying runs of unreserved bytes whole.
pub(crate) fn encode(out: &mut Vec<u8>, text: &[u8]) {
    let mut start = 0;
    for (position, &byte) in text.iter().enumerate() {
        if !UNRESERVED[usize::from(byte)] {
            out.extend_from_slice(&text[start..position]);
            out.extend_from_slice(&[
                b'%',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 15)],
            ]);
            start = position + 1;
        }
    }
    out.extend_from_slice(&text[start..]);
}

/// Percent-encodes `text` into `mac` through a stack buffer.
pub(crate) fn encode_into_mac(mac: &mut impl Mac, text: &[u8]) {
    let mut buffer = [0u8; 1024];
    let mut used = 0;
    let mut start = 0;
    for (position, &byte) in text.iter().enumerate() {
        if !UNRESERVED[usize::from(byte)] {
            if start < position {
                mac.update(&buffer[..used]);
                used = 0;
                mac.update(&text[start..position]);
            }
            if used + 3 > buffer.len() {
                mac.update(&buffer[..used]);
                used = 0;
            }
            buffer[used] = b'%';
            buffer[used + 1] = HEX[usize::from(byte >> 4)];
            buffer[used + 2] = HEX[usize::from(byte & 15)];
            used += 3;
            start = position + 1;
        }
    }
    mac.update(&buffer[..used]);
    mac.update(&text[start..]);
}

/// 1..=n in the byte order of their decimal strings (`1, 10, 100, 1000, 101, …, 2, 20, …`),
/// which is the order `Name.N.Field` names sort in.
pub fn lexicographic_indices(n: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(n);
    let mut current = 1;
    for _ in 0..n {
        out.push(current);
        if current * 10 <= n {
            current *= 10;
        } else {
            while current % 10 == 9 || current + 1 > n {
                current /= 10;
            }
            current += 1;
        }
    }
    out
}

pub(crate) fn pair(out: &mut Vec<u8>, name: &[u8], value: &[u8]) {
    if !out.is_empty() {
        out.push(b'&');
    }
    encode(out, name);
    out.push(b'=');
    encode(out, value);
}

/// Appends `&OrderRenewParam.{index}.{field}=enc(value)`.
fn entry_param(out: &mut Vec<u8>, index: &[u8], field: &[u8], value: &[u8]) {
    if !out.is_empty() {
        out.push(b'&');
    }
    out.extend_from_slice(b"OrderRenewParam.");
    out.extend_from_slice(index);
    out.push(b'.');
    out.extend_from_slice(field);
    out.push(b'=');
    encode(out, value);
}

/// `OrderRenewParam.N.Field=value` for every entry, in sorted order.
fn sorted_action_params(out: &mut Vec<u8>, entries: &[Entry]) {
    let mut numbers = itoa::Buffer::new();
    let mut index_text = itoa::Buffer::new();
    for index in lexicographic_indices(entries.len()) {
        let entry = &entries[index - 1];
        let index = index_text.format(index).as_bytes();
        entry_param(
            out,
            index,
            b"CurrentExpirationDate",
            numbers.format(entry.expiration_ms).as_bytes(),
        );
        entry_param(out, index, b"DomainName", entry.domain_name.as_bytes());
        entry_param(
            out,
            index,
            b"SubscriptionDuration",
            numbers.format(entry.years).as_bytes(),
        );
    }
}

/// HMAC-SHA1 keyed with `secret&`, fed the string-to-sign's `POST&%2F&` already.
pub(crate) fn v1_mac(signer: &Signer<'_>) -> HmacSha1 {
    let mut key = Vec::with_capacity(signer.secret.len() + 1);
    key.extend_from_slice(signer.secret.as_bytes());
    key.push(b'&');
    let mut mac = HmacSha1::new_from_slice(&key).expect("HMAC takes keys of any length");
    mac.update(b"POST&%2F&");
    mac
}

pub(crate) fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("percent-encoded text is ASCII")
}

/// Signature V1 of a renewal of `entries`.
pub fn sign_v1(signer: &Signer<'_>, entries: &[Entry]) -> FloorRequest {
    // Common parameters sort around the `OrderRenewParam.*` block: A*, F* before; S*, T*, V* after.
    let mut before = Vec::with_capacity(128);
    pair(&mut before, b"AccessKeyId", signer.access_key_id.as_bytes());
    pair(&mut before, b"Action", ACTION.as_bytes());
    pair(&mut before, b"Format", b"JSON");
    let mut after = Vec::with_capacity(192);
    pair(&mut after, b"SignatureMethod", b"HMAC-SHA1");
    pair(&mut after, b"SignatureNonce", signer.nonce.as_bytes());
    pair(&mut after, b"SignatureVersion", b"1.0");
    pair(&mut after, b"Timestamp", signer.timestamp.as_bytes());
    pair(&mut after, b"Version", VERSION.as_bytes());
    let mut action = Vec::with_capacity(entries.len() * 110);
    sorted_action_params(&mut action, entries);

    let mut mac = v1_mac(signer);
    encode_into_mac(&mut mac, &before);
    for part in [&action, &after] {
        if !part.is_empty() {
            mac.update(b"%26");
            encode_into_mac(&mut mac, part);
        }
    }
    let signature = STANDARD.encode(mac.finalize().into_bytes());

    let mut url = Vec::with_capacity(signer.endpoint.len() + before.len() + after.len() + 64);
    url.extend_from_slice(signer.endpoint.as_bytes());
    url.push(b'?');
    let query_start = url.len();
    url.extend_from_slice(&before);
    url.push(b'&');
    url.extend_from_slice(&after);
    url.extend_from_slice(b"&Signature=");
    encode(&mut url, signature.as_bytes());
    let query_len = url.len() - query_start;
    let body = if query_len + 1 + action.len() <= signer.max_query_bytes {
        url.push(b'&');
        url.extend_from_slice(&action);
        None
    } else {
        Some(text(action))
    };
    FloorRequest {
        url: text(url),
        body,
        signature,
    }
}

fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        out.push(char::from(HEX[usize::from(byte >> 4)].to_ascii_lowercase()));
        out.push(char::from(HEX[usize::from(byte & 15)].to_ascii_lowercase()));
    }
    out
}

/// Signature V3 (`ACS3-HMAC-SHA256`) of a renewal of `entries`.
pub fn sign_v3(signer: &Signer<'_>, entries: &[Entry]) -> FloorRequest {
    // The client writes a body in canonical order too (entries in the byte order of their
    // indices, each entry's fields by name), so the floor's body is its sorted pairs.
    let mut sorted = Vec::with_capacity(entries.len() * 110);
    sorted_action_params(&mut sorted, entries);
    let in_body = sorted.len() > signer.max_query_bytes;

    let (query, body, payload_hash) = if in_body {
        let hash = hex(&Sha256::digest(&sorted));
        (Vec::new(), Some(text(sorted)), hash)
    } else {
        (sorted, None, EMPTY_PAYLOAD_SHA256.to_owned())
    };
    finish_v3(signer, ACTION, query, body, &payload_hash)
}

/// Signature V3 of `action` with its sorted, encoded `query` or its `body` (with the body's
/// `payload_hash`): the canonical request streamed into SHA-256, then the `Authorization`.
pub(crate) fn finish_v3(
    signer: &Signer<'_>,
    action: &str,
    query: Vec<u8>,
    body: Option<String>,
    payload_hash: &str,
) -> FloorRequest {
    let in_body = body.is_some();
    let mut canonical = Sha256::new();
    canonical.update(b"POST\n/\n");
    canonical.update(&query);
    canonical.update(b"\n");
    if in_body {
        canonical.update(b"content-type:application/x-www-form-urlencoded\n");
    }
    for (name, value) in [
        ("host", signer.host),
        ("x-acs-action", action),
        ("x-acs-content-sha256", payload_hash),
        ("x-acs-date", signer.timestamp),
        ("x-acs-signature-nonce", signer.nonce),
        ("x-acs-version", VERSION),
    ] {
        canonical.update(name.as_bytes());
        canonical.update(b":");
        canonical.update(value.as_bytes());
        canonical.update(b"\n");
    }
    let signed_headers = if in_body {
        "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
    } else {
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
    };
    canonical.update(b"\n");
    canonical.update(signed_headers.as_bytes());
    canonical.update(b"\n");
    canonical.update(payload_hash.as_bytes());

    let mut mac = Hmac::<Sha256>::new_from_slice(signer.secret.as_bytes())
        .expect("HMAC takes keys of any length");
    mac.update(b"ACS3-HMAC-SHA256\n");
    mac.update(hex(&canonical.finalize()).as_bytes());
    let signature = hex(&mac.finalize().into_bytes());
    let authorization = format!(
        "ACS3-HMAC-SHA256 Credential={},SignedHeaders={signed_headers},Signature={signature}",
        signer.access_key_id
    );
    let mut url = Vec::with_capacity(signer.endpoint.len() + 1 + query.len());
    url.extend_from_slice(signer.endpoint.as_bytes());
    if !query.is_empty() {
        url.push(b'?');
        url.extend_from_slice(&query);
    }
    FloorRequest {
        url: text(url),
        body,
        signature: authorization,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_follow_the_byte_order_of_their_decimal_strings() {
        for n in [1, 9, 10, 11, 99, 100, 101, 1000] {
            let mut expected: Vec<usize> = (1..=n).collect();
            expected.sort_by_key(|index| format!("{index}."));
            assert_eq!(lexicographic_indices(n), expected, "n = {n}");
        }
    }
}
