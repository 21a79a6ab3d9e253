//! Looking for a credential in what a test was shown: every form in which a piece of it could
//! leak (raw, percent-encoded once or more in either hex case, JSON- or XML-escaped), and the
//! parts of a request that an echoing server quotes back.
//!
//! The percent-encoding here is written out independently of the library's, so that a test
//! does not trust the code it checks.

use crate::request::Request;

/// The shortest run of a credential's characters that must never be shown (the library's
/// redaction threshold).
pub const RUN: usize = 12;

/// RFC 3986 percent-encoding as Alibaba's signing uses it: all but `A-Z a-z 0-9 - _ . ~`,
/// uppercase hex.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Percent-encoding with lowercase hex digits.
pub fn lower_hex(encoded: &str) -> String {
    let mut out = String::new();
    let mut rest = encoded;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        out.push_str(&rest[at..at + 3].to_ascii_lowercase());
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    out
}

/// JSON's optional escapes, as some servers write them: `\/` and `\u002B`.
pub fn json_escaped(text: &str) -> String {
    text.replace('/', "\\/").replace('+', "\\u002B")
}

/// XML escapes, with character references for `+` and `/` as some servers write them.
pub fn xml_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('+', "&#43;")
        .replace('/', "&#x2F;")
}

/// Every form in which `piece` could leak: raw; percent-encoded once, twice and three times,
/// with upper- or lowercase hex; JSON-escaped (all escapes, or `\/` alone); XML-escaped (with or
/// without a reference for `/`, and over the twice-encoded form).
pub fn forms(piece: &str) -> Vec<String> {
    let once = percent_encode(piece);
    let twice = percent_encode(&once);
    let thrice = percent_encode(&twice);
    vec![
        piece.to_owned(),
        lower_hex(&once),
        lower_hex(&twice),
        lower_hex(&thrice),
        json_escaped(piece),
        piece.replace('/', "\\/"),
        xml_escaped(piece),
        xml_escaped(piece).replace("&#x2F;", "/"),
        xml_escaped(&twice),
        once,
        twice,
        thrice,
    ]
}

/// Panics if `text` shows the word SENTINEL or any run of [`RUN`] characters of a value of
/// `credentials` in any of its [`forms`].
pub fn assert_shows_none_of(what: &str, text: &str, credentials: &[&str]) {
    assert!(!text.contains("SENTINEL"), "{what} leaks SENTINEL:\n{text}");
    for credential in credentials {
        let chars: Vec<char> = credential.chars().collect();
        for piece in chars.windows(RUN.min(chars.len())) {
            let piece: String = piece.iter().collect();
            for form in forms(&piece) {
                assert!(!text.contains(&form), "{what} leaks `{form}`:\n{text}");
            }
        }
    }
}

/// The signature a request carries: V1's `Signature` parameter, or V3's in `Authorization`.
pub fn signature_sent(request: &Request) -> String {
    request.param("Signature").unwrap_or_else(|| {
        request
            .header("authorization")
            .and_then(|value| value.rsplit_once("Signature="))
            .map(|(_, signature)| signature.to_owned())
            .unwrap_or_default()
    })
}

/// What a server would quote as its string-to-sign: for V1 (a `Signature` parameter), what
/// `sign_v1` computes from the parameters received; for V3, the canonical headers, security
/// token included, as a server that quotes its canonical request would.
pub fn string_to_sign(
    request: &Request,
    sign_v1: impl FnOnce(&[(&str, &str)]) -> String,
) -> String {
    let params = request.params();
    if params.iter().any(|(name, _)| name == "Signature") {
        let pairs: Vec<(&str, &str)> = params
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        sign_v1(&pairs)
    } else {
        let headers: String = request
            .headers
            .iter()
            .filter(|(name, _)| name == "host" || name.starts_with("x-acs-"))
            .map(|(name, value)| format!("{name}:{value}\n"))
            .collect();
        format!("POST\n/\n{}\n{headers}", request.query())
    }
}

/// Everything received, as a proxy that echoes the request would show it.
pub fn dump(request: &Request) -> String {
    let headers: String = request
        .headers
        .iter()
        .map(|(name, value)| format!("{name}: {value}\n"))
        .collect();
    format!("POST {}\n{headers}\n{}", request.target, request.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_is_found_in_each_of_its_forms() {
        let piece = "a/b+c=d";
        let forms = forms(piece);
        assert!(forms.contains(&"a%2Fb%2Bc%3Dd".to_owned()));
        assert!(forms.contains(&"a%2fb%2bc%3dd".to_owned()));
        assert!(forms.contains(&"a%252Fb%252Bc%253Dd".to_owned()));
        assert!(forms.contains(&"a\\/b\\u002Bc=d".to_owned()));
        assert!(forms.contains(&"a&#x2F;b&#43;c=d".to_owned()));
        assert!(forms.contains(&"a/b&#43;c=d".to_owned()));
    }

    #[test]
    #[should_panic(expected = "leaks")]
    fn a_twice_encoded_run_is_caught() {
        let secret = "0123456789abcdef/+";
        let shown = format!("error: {}", percent_encode(&percent_encode(secret)));
        assert_shows_none_of("an error", &shown, &[secret]);
    }
}
