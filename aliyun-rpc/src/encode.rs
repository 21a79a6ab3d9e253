//! RFC 3986 percent-encoding as Alibaba's signers use it.
//!
//! Only `A–Z a–z 0–9 - _ . ~` stay literal; every other byte of the UTF-8 form becomes `%XY` with
//! uppercase hex. So a space is `%20` (never `+`), `*` is `%2A` and `~` stays `~`.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Every byte except the RFC 3986 unreserved characters.
const ALIBABA_ENCODE_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Appends the percent-encoded form of `text` to `out`.
pub(crate) fn percent_encode_into(out: &mut String, text: &str) {
    for piece in utf8_percent_encode(text, ALIBABA_ENCODE_SET) {
        out.push_str(piece);
    }
}

/// The percent-encoded form of `text`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    percent_encode_into(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unreserved_characters_stay_literal() {
        assert_eq!(percent_encode("AZaz09-_.~"), "AZaz09-_.~");
        assert_eq!(percent_encode(" "), "%20");
        assert_eq!(percent_encode("*"), "%2A");
        assert_eq!(percent_encode("!'()"), "%21%27%28%29");
        assert_eq!(percent_encode("&=+/?#%:"), "%26%3D%2B%2F%3F%23%25%3A");
    }

    #[test]
    fn multibyte_characters_encode_each_utf8_byte_in_uppercase_hex() {
        assert_eq!(percent_encode("阿"), "%E9%98%BF");
        assert_eq!(percent_encode("😀"), "%F0%9F%98%80");
        assert_eq!(percent_encode("\u{0}\n"), "%00%0A");
    }
}
