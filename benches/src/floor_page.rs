//! The floor for a small query call: a `QueryDomainList` page (page number, page size and an
//! expiration window), signed by hand with every name's sorted place known in advance.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::Mac;

use crate::floor::{
    EMPTY_PAYLOAD_SHA256, FloorRequest, Signer, encode, encode_into_mac, finish_v3, pair, text,
    v1_mac,
};

const ACTION: &str = "QueryDomainList";

/// The page the suite lists: what `renew --expiring-within` asks for.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    /// `PageNum`.
    pub page_num: u32,
    /// `PageSize`.
    pub page_size: u32,
    /// `StartExpirationDate`, milliseconds.
    pub start_expiration_ms: i64,
    /// `EndExpirationDate`, milliseconds.
    pub end_expiration_ms: i64,
}

/// Appends `name=number` (digits need no encoding).
fn number(out: &mut Vec<u8>, name: &[u8], value: impl itoa::Integer) {
    pair(out, name, itoa::Buffer::new().format(value).as_bytes());
}

/// Signature V1 of one page.
pub fn sign_v1(signer: &Signer<'_>, page: &Page) -> FloorRequest {
    let mut query = Vec::with_capacity(384);
    // The canonical order, common parameters interleaved with the action's.
    pair(&mut query, b"AccessKeyId", signer.access_key_id.as_bytes());
    pair(&mut query, b"Action", ACTION.as_bytes());
    number(&mut query, b"EndExpirationDate", page.end_expiration_ms);
    pair(&mut query, b"Format", b"JSON");
    number(&mut query, b"PageNum", page.page_num);
    number(&mut query, b"PageSize", page.page_size);
    pair(&mut query, b"SignatureMethod", b"HMAC-SHA1");
    pair(&mut query, b"SignatureNonce", signer.nonce.as_bytes());
    pair(&mut query, b"SignatureVersion", b"1.0");
    number(&mut query, b"StartExpirationDate", page.start_expiration_ms);
    pair(&mut query, b"Timestamp", signer.timestamp.as_bytes());
    pair(&mut query, b"Version", b"2018-01-29");
    let mut mac = v1_mac(signer);
    encode_into_mac(&mut mac, &query);
    let signature = STANDARD.encode(mac.finalize().into_bytes());
    let mut url = Vec::with_capacity(signer.endpoint.len() + query.len() + 48);
    url.extend_from_slice(signer.endpoint.as_bytes());
    url.push(b'?');
    url.extend_from_slice(&query);
    url.extend_from_slice(b"&Signature=");
    encode(&mut url, signature.as_bytes());
    FloorRequest {
        url: text(url),
        body: None,
        signature,
    }
}

/// Signature V3 of one page.
pub fn sign_v3(signer: &Signer<'_>, page: &Page) -> FloorRequest {
    let mut query = Vec::with_capacity(128);
    number(&mut query, b"EndExpirationDate", page.end_expiration_ms);
    number(&mut query, b"PageNum", page.page_num);
    number(&mut query, b"PageSize", page.page_size);
    number(&mut query, b"StartExpirationDate", page.start_expiration_ms);
    finish_v3(signer, ACTION, query, None, EMPTY_PAYLOAD_SHA256)
}
