//! RFC 3986 percent-encoding as Alibaba's signers use it.
//!
//! Only `A–Z a–z 0–9 - _ . ~` stay literal; every other byte of the UTF-8 form becomes `%XY` with
//! uppercase hex. So a space is `%20` (never `+`), `*` is `%2A` and `~` stays `~`.

/// Whether a byte is an RFC 3986 unreserved character (`A-Z a-z 0-9 - _ . ~`), which is written
/// as itself; every other byte is written as `%XX`.
const fn unreserved_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~');
        byte += 1;
    }
    table
}

static UNRESERVED: [bool; 256] = unreserved_table();

/// `%00%01…%FF`: the escape of byte `b` is the three characters from `3 * b`.
const fn escape_table() -> [u8; 768] {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut table = [0u8; 768];
    let mut byte = 0;
    while byte < 256 {
        table[3 * byte] = b'%';
        table[3 * byte + 1] = HEX[byte >> 4];
        table[3 * byte + 2] = HEX[byte & 15];
        byte += 1;
    }
    table
}

const ESCAPE_BYTES: [u8; 768] = escape_table();

/// [`ESCAPE_BYTES`] as text (it is ASCII), so that an escape is appended as one `&str`.
const ESCAPES: &str = match std::str::from_utf8(&ESCAPE_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("the escape table is ASCII"),
};

/// The `%XX` escape of `byte`.
pub(crate) fn escape(byte: u8) -> &'static str {
    let at = 3 * usize::from(byte);
    &ESCAPES[at..at + 3]
}

/// Whether `byte` is written as itself.
pub(crate) fn is_unreserved(byte: u8) -> bool {
    UNRESERVED[usize::from(byte)]
}

/// A piece of text as percent-encoding sees it.
pub(crate) enum Piece {
    /// `start..end` holds unreserved bytes only, which stay as they are.
    Run(usize, usize),
    /// A byte that becomes `%XX`.
    Reserved(u8),
}

/// Cuts `bytes` into maximal runs of unreserved bytes and the reserved bytes between them, and
/// hands each to `each` in order.
#[inline]
pub(crate) fn for_each_piece(bytes: &[u8], mut each: impl FnMut(Piece)) {
    let mut run_start = 0;
    for (position, &byte) in bytes.iter().enumerate() {
        if is_unreserved(byte) {
            continue;
        }
        if run_start < position {
            each(Piece::Run(run_start, position));
        }
        each(Piece::Reserved(byte));
        run_start = position + 1;
    }
    if run_start < bytes.len() {
        each(Piece::Run(run_start, bytes.len()));
    }
}

/// Appends the percent-encoded form of `text` to `out`: runs of unreserved bytes are copied
/// whole, and each other byte becomes `%XX`.
#[inline]
pub(crate) fn percent_encode_into(out: &mut String, text: &str) {
    for_each_piece(text.as_bytes(), |piece| match piece {
        // A run holds only ASCII bytes, so both ends are character boundaries.
        Piece::Run(start, end) => out.push_str(&text[start..end]),
        Piece::Reserved(byte) => out.push_str(escape(byte)),
    });
}

/// The length of the percent-encoded form of `text`.
pub(crate) fn percent_encoded_len(text: &str) -> usize {
    text.bytes()
        .map(|byte| if UNRESERVED[usize::from(byte)] { 1 } else { 3 })
        .sum()
}

/// The percent-encoded form of `text`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(percent_encoded_len(text));
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

    #[test]
    fn agrees_with_the_percent_encoding_crate_on_every_byte_and_mixed_text() {
        use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
        const SET: &AsciiSet = &NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'_')
            .remove(b'.')
            .remove(b'~');
        let mut samples: Vec<String> = (0u32..=0x2FF)
            .filter_map(char::from_u32)
            .map(String::from)
            .collect();
        samples.push("OrderRenewParam.1.DomainName=阿里云.com&x y*~".to_owned());
        samples.push("a阿b😀c%d".to_owned());
        for sample in samples {
            let expected = utf8_percent_encode(&sample, SET).to_string();
            assert_eq!(percent_encode(&sample), expected, "{sample:?}");
            assert_eq!(percent_encoded_len(&sample), expected.len());
        }
    }
}
