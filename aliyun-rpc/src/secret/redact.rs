//! Removing credentials from text a server sent back, in whatever form it echoes them.
//!
//! A server's error can quote what it received: a `SignatureDoesNotMatch` message carries the
//! string-to-sign, whose canonical query holds the security token percent-encoded twice; a proxy
//! may echo the URL with the `Signature`, or the headers with `x-acs-security-token`; a body may
//! wrap all of it in JSON or XML escapes. A server may also cut or re-encode what it quotes. So
//! the text is not searched for a few spellings of each secret: it is decoded into several views
//! (as received; with JSON and XML escapes undone; then percent-decoded once, twice and three
//! times), each byte of a view remembering where it came from, and every view is searched,
//! ignoring ASCII case (hex digits come in either case), for
//!
//! - any run of [`MIN_RUN`] or more consecutive characters of a secret, or of its base64 form
//!   (the whole value, when shorter than that, unless shorter than 4 characters);
//! - with [`Redactor::diagnostic`], the value after a credential's own name (`SecurityToken=`,
//!   `"AccessKeySecret":"…"`, `<SecurityToken>…<`, `x-acs-security-token: …`, `Signature=`),
//!   which catches a value the server changed beyond recognition.
//!
//! What is found in any view is replaced in the original text by `** redacted **`.

use std::collections::HashSet;
use std::ops::Range;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::{REDACTED, Secret};

/// The shortest run of a secret's characters that is redacted wherever it appears. Shorter runs
/// are too common in ordinary text to tell apart, and too short to help anyone guess the rest.
pub(crate) const MIN_RUN: usize = 12;

/// Values shorter than this are not searched for: they would hide ordinary words (a test's
/// secret `x`), and one so short guards nothing anyway.
const SHORTEST_SEARCHED: usize = 4;

/// How far past a cut text is still read, so that a secret straddling the cut is recognised:
/// [`MIN_RUN`] characters percent-encoded three times take at most 9 bytes each, and a name
/// with its separator fits in the rest.
const CUT_MARGIN: usize = MIN_RUN * 12;

/// Names whose value is a credential, lowercase: the value after any of them is redacted by a
/// diagnostic redactor, whatever it is. `x-acs-security-token` and INI's `access_key_secret`
/// contain one of these; `OIDCToken` is the token `AssumeRoleWithOIDC` sends. `Signature` is followed by `=` in a V1 query and in a V3
/// `Authorization` header; `SignatureNonce` and `SignatureMethod` are not matched, as a name must
/// be followed by a separator.
const CREDENTIAL_NAMES: [&str; 8] = [
    "securitytoken",
    "security-token",
    "security_token",
    "accesskeysecret",
    "access-key-secret",
    "access_key_secret",
    "signature",
    "oidctoken",
];

/// Bytes that end a credential's value after its name: delimiters of queries, headers, JSON and
/// XML.
fn ends_value(byte: u8) -> bool {
    matches!(
        byte,
        b'&' | b'"' | b'\'' | b'<' | b'>' | b',' | b';' | b'\\' | b'}' | b']' | b')' | b'('
    ) || byte.is_ascii_whitespace()
}

/// Finds and removes credentials in text, built once from the values to hide.
pub(crate) struct Redactor {
    /// Every [`MIN_RUN`]-byte window of every long secret form, lowercase.
    windows: HashSet<[u8; MIN_RUN]>,
    /// Secret forms shorter than [`MIN_RUN`], lowercase: matched whole.
    short: Vec<Vec<u8>>,
    /// Whether the value after a credential's name is redacted too.
    by_name: bool,
}

impl Redactor {
    /// A redactor for `secrets`, by value only: for showing a request the client built.
    pub(crate) fn values<'a>(secrets: impl IntoIterator<Item = &'a Secret>) -> Redactor {
        let mut redactor = Redactor {
            windows: HashSet::new(),
            short: Vec::new(),
            by_name: false,
        };
        for secret in secrets {
            let value = secret.expose();
            if value.chars().count() < SHORTEST_SEARCHED {
                continue;
            }
            for form in [value.to_owned(), STANDARD.encode(value)] {
                redactor.add(form.to_ascii_lowercase().into_bytes());
            }
        }
        redactor
    }

    /// A redactor for `secrets` by value and for any credential after its name: for everything a
    /// server sent back (error messages, identifiers, body excerpts, diagnoses).
    pub(crate) fn diagnostic<'a>(secrets: impl IntoIterator<Item = &'a Secret>) -> Redactor {
        Redactor {
            by_name: true,
            ..Redactor::values(secrets)
        }
    }

    fn add(&mut self, form: Vec<u8>) {
        if form.len() < MIN_RUN {
            if !self.short.contains(&form) {
                self.short.push(form);
            }
            return;
        }
        for window in form.windows(MIN_RUN) {
            let mut key = [0u8; MIN_RUN];
            key.copy_from_slice(window);
            self.windows.insert(key);
        }
    }

    /// `text` with every credential found replaced by `** redacted **`.
    pub(crate) fn redact(&self, text: &str) -> String {
        let covered = self.find(text);
        render(text, &covered, 0..text.len())
    }

    /// The first `max` bytes of `text` (at a character boundary), redacted as a part of the whole
    /// so that a secret cut at the end leaves no piece; `…` marks a cut.
    pub(crate) fn redact_prefix(&self, text: &str, max: usize) -> String {
        if text.len() <= max {
            return self.redact(text);
        }
        let analysed = &text[..floor_char_boundary(text, max.saturating_add(CUT_MARGIN))];
        let covered = self.find(analysed);
        let mut shown = render(analysed, &covered, 0..floor_char_boundary(text, max));
        shown.push('…');
        shown
    }

    /// `text[window]` (char boundaries), redacted as a part of the whole `text`.
    pub(crate) fn redact_window(&self, text: &str, window: Range<usize>) -> String {
        let covered = self.find(text);
        render(text, &covered, window)
    }

    /// The byte ranges of `text` that hold credentials: sorted, disjoint, at char boundaries.
    fn find(&self, text: &str) -> Vec<Range<usize>> {
        let mut covered = Vec::new();
        if self.windows.is_empty() && self.short.is_empty() && !self.by_name {
            return covered;
        }
        let mut view = View::of(text);
        self.scan(&view, &mut covered);
        // Escapes first (a JSON or XML body quoting a query), then up to three percent-decodings
        // (a string-to-sign encodes its query twice; a proxy may encode it once more), then
        // escapes that were themselves percent-encoded.
        let decoders: [fn(&View) -> View; 5] = [
            View::unescaped,
            View::percent_decoded,
            View::percent_decoded,
            View::percent_decoded,
            View::unescaped,
        ];
        for decode in decoders {
            let decoded = decode(&view);
            // Decoding only ever shortens a view: one of the same length is the same view.
            if decoded.bytes.len() != view.bytes.len() {
                self.scan(&decoded, &mut covered);
            }
            view = decoded;
        }
        merge(text, covered)
    }

    /// Adds to `covered` the original ranges of what `view` shows of a credential.
    fn scan(&self, view: &View, covered: &mut Vec<Range<usize>>) {
        let bytes = &view.bytes;
        if !self.windows.is_empty() {
            for (at, window) in bytes.windows(MIN_RUN).enumerate() {
                let mut key = [0u8; MIN_RUN];
                key.copy_from_slice(window);
                if self.windows.contains(&key) {
                    covered.push(view.origin(at..at + MIN_RUN));
                }
            }
        }
        for form in &self.short {
            for (at, window) in bytes.windows(form.len()).enumerate() {
                if window == form.as_slice() {
                    covered.push(view.origin(at..at + form.len()));
                }
            }
        }
        if self.by_name {
            for name in CREDENTIAL_NAMES {
                for (at, window) in bytes.windows(name.len()).enumerate() {
                    if window == name.as_bytes()
                        && let Some(value) = value_after(bytes, at + name.len())
                    {
                        covered.push(view.origin(value));
                    }
                }
            }
        }
    }
}

/// The range of the value that follows a credential's name ending at `at`: an optional closing
/// quote (plain or JSON-escaped), then `=`, `:` or `>` (spaces around it allowed) and an opening quote,
/// then everything up to a delimiter. `None` when no separator follows (`SignatureNonce`, or
/// the word "signature" in a sentence) or the value is empty.
fn value_after(bytes: &[u8], mut at: usize) -> Option<Range<usize>> {
    let skip_quote = |at: &mut usize| {
        if bytes.get(*at) == Some(&b'\\') && matches!(bytes.get(*at + 1), Some(b'"' | b'\'')) {
            *at += 2;
        } else if matches!(bytes.get(*at), Some(b'"' | b'\'')) {
            *at += 1;
        }
    };
    skip_quote(&mut at);
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    if !matches!(bytes.get(at), Some(b'=' | b':' | b'>')) {
        return None;
    }
    at += 1;
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    skip_quote(&mut at);
    let start = at;
    while bytes.get(at).is_some_and(|&byte| !ends_value(byte)) {
        at += 1;
    }
    (at > start).then_some(start..at)
}

/// Text decoded to some degree, lowercase, each byte with the range of the original text it
/// came from.
struct View {
    bytes: Vec<u8>,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl View {
    /// The text as it is.
    fn of(text: &str) -> View {
        View {
            bytes: text.bytes().map(|byte| byte.to_ascii_lowercase()).collect(),
            starts: (0..text.len()).collect(),
            ends: (1..=text.len()).collect(),
        }
    }

    fn with_capacity(capacity: usize) -> View {
        View {
            bytes: Vec::with_capacity(capacity),
            starts: Vec::with_capacity(capacity),
            ends: Vec::with_capacity(capacity),
        }
    }

    /// Appends `bytes`, which decode the view's units `from..to`.
    fn push(&mut self, bytes: &[u8], source: &View, from: usize, to: usize) {
        for &byte in bytes {
            self.bytes.push(byte.to_ascii_lowercase());
            self.starts.push(source.starts[from]);
            self.ends.push(source.ends[to - 1]);
        }
    }

    /// The original range that units `range` came from.
    fn origin(&self, range: Range<usize>) -> Range<usize> {
        self.starts[range.start]..self.ends[range.end - 1]
    }

    /// `%XY` triplets decoded to their byte.
    fn percent_decoded(&self) -> View {
        let bytes = &self.bytes;
        let mut out = View::with_capacity(bytes.len());
        let mut at = 0;
        while at < bytes.len() {
            if bytes[at] == b'%'
                && let (Some(high), Some(low)) = (
                    bytes.get(at + 1).and_then(|&b| hex_digit(b)),
                    bytes.get(at + 2).and_then(|&b| hex_digit(b)),
                )
            {
                out.push(&[high << 4 | low], self, at, at + 3);
                at += 3;
            } else {
                out.push(&bytes[at..=at], self, at, at + 1);
                at += 1;
            }
        }
        out
    }

    /// JSON string escapes (`\/`, `\"`, `\uXXXX`, …) and XML entities (`&amp;`, `&#43;`,
    /// `&#x2B;`, …) decoded.
    fn unescaped(&self) -> View {
        let bytes = &self.bytes;
        let mut out = View::with_capacity(bytes.len());
        let mut at = 0;
        while at < bytes.len() {
            let decoded = match bytes[at] {
                b'\\' => json_escape(bytes, at),
                b'&' => xml_entity(bytes, at),
                _ => None,
            };
            match decoded {
                Some((character, length)) => {
                    let mut buffer = [0u8; 4];
                    out.push(
                        character.encode_utf8(&mut buffer).as_bytes(),
                        self,
                        at,
                        at + length,
                    );
                    at += length;
                }
                None => {
                    out.push(&bytes[at..=at], self, at, at + 1);
                    at += 1;
                }
            }
        }
        out
    }
}

fn hex_digit(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|digit| digit as u8)
}

/// The character a JSON escape at `at` stands for, and the escape's length. (The view is
/// lowercase, which changes no JSON escape's meaning.)
fn json_escape(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let character = match *bytes.get(at + 1)? {
        byte @ (b'/' | b'"' | b'\\' | b'\'') => byte as char,
        b'n' => '\n',
        b't' => '\t',
        b'r' => '\r',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'u' => {
            let unit = hex_number(bytes.get(at + 2..at + 6)?)?;
            // A surrogate pair is two escapes.
            if (0xD800..0xDC00).contains(&unit)
                && bytes.get(at + 6..at + 8) == Some(b"\\u".as_slice())
                && let Some(low) = bytes.get(at + 8..at + 12).and_then(hex_number)
                && (0xDC00..0xE000).contains(&low)
            {
                let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                return Some((char::from_u32(code)?, 12));
            }
            return Some((char::from_u32(unit).unwrap_or('\u{FFFD}'), 6));
        }
        _ => return None,
    };
    Some((character, 2))
}

fn hex_number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |value, &byte| {
        Some(value * 16 + u32::from(hex_digit(byte)?))
    })
}

/// The character an XML entity at `at` stands for, and the entity's length.
fn xml_entity(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let rest = &bytes[at + 1..];
    let end = rest.iter().take(10).position(|&byte| byte == b';')?;
    let name = &rest[..end];
    let character = match name {
        b"amp" => '&',
        b"lt" => '<',
        b"gt" => '>',
        b"quot" => '"',
        b"apos" => '\'',
        [b'#', b'x', digits @ ..] if !digits.is_empty() => char::from_u32(hex_number(digits)?)?,
        [b'#', digits @ ..] if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => {
            let code = std::str::from_utf8(digits).ok()?.parse::<u32>().ok()?;
            char::from_u32(code)?
        }
        _ => return None,
    };
    Some((character, end + 2))
}

/// Sorts and joins overlapping or touching ranges, widened to `text`'s char boundaries.
fn merge(text: &str, mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|range| range.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len().min(16));
    for range in ranges {
        let start = floor_char_boundary(text, range.start);
        let end = ceil_char_boundary(text, range.end);
        match merged.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => merged.push(start..end),
        }
    }
    merged
}

/// `text[window]` with each of the `covered` ranges that reach into it replaced by
/// `** redacted **` (a range that starts before the window still hides its part inside).
fn render(text: &str, covered: &[Range<usize>], window: Range<usize>) -> String {
    let mut out = String::with_capacity(window.len());
    let mut at = window.start;
    for range in covered {
        if range.end <= window.start || range.start >= window.end {
            continue;
        }
        if range.start > at {
            out.push_str(&text[at..range.start]);
        }
        out.push_str(REDACTED);
        at = at.max(range.end);
    }
    if at < window.end {
        out.push_str(&text[at..window.end]);
    }
    out
}

/// The largest char boundary of `text` at or before `at`.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or after `at`.
fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::percent_encode;
    use test_support::leaks::{json_escaped, lower_hex, xml_escaped};

    /// Shaped like an STS token: base64 with `+`, `/` and `=`.
    const TOKEN: &str = "CAIS8gF1q6Ft5B2yfSjIr5bkJdzHoJl3+vbSY1f5gDIdbOBvu/Tuljz2IHFMeXVqAe0a==";
    const SECRET: &str = "kV9pQ2wX7zL4mN8rT1yB3cD6fG0hJ5";

    fn redactor() -> Redactor {
        Redactor::diagnostic([&Secret::new(TOKEN), &Secret::new(SECRET)])
    }

    /// Every spelling of a part of a secret the tests use.
    fn spellings(value: &str) -> Vec<String> {
        let once = percent_encode(value);
        let twice = percent_encode(&once);
        vec![
            value.to_owned(),
            lower_hex(&once),
            twice.clone(),
            lower_hex(&twice),
            percent_encode(&twice),
            json_escaped(value),
            xml_escaped(value),
            xml_escaped(&twice),
            once,
        ]
    }

    /// Every spelling of a whole secret the tests use: base64 too, which only a whole value
    /// has (a part's base64 is not a part of the whole's).
    fn whole_spellings(value: &str) -> Vec<String> {
        let mut spellings = spellings(value);
        spellings.push(STANDARD.encode(value));
        spellings
    }

    /// No run of [`MIN_RUN`] characters of any spelling of a secret is left in `shown`.
    fn assert_clean(shown: &str) {
        for value in [TOKEN, SECRET] {
            let chars: Vec<char> = value.chars().collect();
            for piece in chars.windows(MIN_RUN) {
                let piece: String = piece.iter().collect();
                for spelling in spellings(&piece) {
                    assert!(
                        !shown.contains(&spelling),
                        "`{spelling}` is left in:\n{shown}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_spelling_of_a_whole_secret_is_redacted() {
        let redactor = redactor();
        for value in [TOKEN, SECRET] {
            for spelling in whole_spellings(value) {
                let shown = redactor.redact(&format!("before {spelling} after"));
                assert_clean(&shown);
                assert_eq!(shown, format!("before {REDACTED} after"), "{spelling}");
            }
        }
    }

    #[test]
    fn a_cut_or_re_encoded_part_of_a_secret_is_redacted() {
        let redactor = redactor();
        // A middle part, an end part and a start part, each in every spelling.
        for part in [&TOKEN[10..32], &TOKEN[TOKEN.len() - 14..], &SECRET[..12]] {
            for spelling in spellings(part) {
                let shown = redactor.redact(&format!("x={spelling}&y=1"));
                assert_clean(&shown);
                assert!(shown.ends_with("&y=1"), "{shown}");
            }
        }
    }

    #[test]
    fn a_v1_string_to_sign_quoted_in_json_and_xml_shows_no_token() {
        let query = format!(
            "AccessKeyId=STS.id&Action=X&SecurityToken={}&SignatureNonce=n",
            percent_encode(TOKEN)
        );
        let string_to_sign = format!("POST&%2F&{}", percent_encode(&query));
        let json = format!(
            r#"{{"Message":"server string to sign is:{}"}}"#,
            json_escaped(&string_to_sign)
        );
        let xml = format!(
            "<Error><Message>server string to sign is:{}</Message></Error>",
            xml_escaped(&string_to_sign)
        );
        let redactor = redactor();
        for text in [string_to_sign.clone(), json, xml] {
            let shown = redactor.redact(&text);
            assert_clean(&shown);
            assert!(shown.contains("AccessKeyId%3DSTS.id"), "{shown}");
            assert!(shown.contains("SignatureNonce%3Dn"), "{shown}");
        }
    }

    #[test]
    fn any_value_named_as_a_credential_is_redacted() {
        let redactor = Redactor::diagnostic([]);
        for (text, kept) in [
            ("a=1&SecurityToken=other-token&b=2", "a=1&SecurityToken="),
            ("SecurityToken%3Dother%252Btoken%26b", "SecurityToken%3D"),
            (
                r#"{"AccessKeySecret":"abc","Expiration":"x"}"#,
                r#""Expiration":"x""#,
            ),
            (r#"{\"SecurityToken\":\"abc\"}"#, r#"{\"SecurityToken\":\""#),
            ("<SecurityToken>abc</SecurityToken>", "</SecurityToken>"),
            ("x-acs-security-token: abc\nhost: h", "host: h"),
            (
                "Credential=id,SignedHeaders=host,Signature=0a1b2c",
                "Credential=id",
            ),
            ("access_key_secret = abc\n", "access_key_secret = "),
            ("OIDCToken=eyJhbGciOi.x.y&z", "&z"),
        ] {
            let shown = redactor.redact(text);
            assert!(shown.contains(REDACTED), "{text} -> {shown}");
            assert!(
                !shown.contains("abc") && !shown.contains("other"),
                "{shown}"
            );
            assert!(shown.contains(kept), "{text} -> {shown}");
        }
    }

    #[test]
    fn ordinary_text_is_left_exactly_as_it_is() {
        let redactor = redactor();
        for text in [
            "Specified signature is not matched with our calculation.",
            "SignatureNonce=abc&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0",
            "SignatureDoesNotMatch",
            "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch",
            "域名 demo-一.cn 已过期 \u{1F600} &amp; %zz \\u12",
            "",
        ] {
            assert_eq!(redactor.redact(text), text);
        }
        // Shorter runs than the threshold are too common to hide.
        let short = &TOKEN[..MIN_RUN - 1];
        assert_eq!(redactor.redact(short), short);
    }

    #[test]
    fn a_secret_cut_by_a_prefix_leaves_no_piece() {
        let redactor = redactor();
        let text = format!(
            "{}{}{}",
            "m".repeat(100),
            percent_encode(TOKEN),
            "z".repeat(100)
        );
        for max in [95, 100, 103, 104, 110, 150, 200] {
            let shown = redactor.redact_prefix(&text, max);
            assert_clean(&shown);
            assert!(shown.ends_with('…'), "{shown}");
            // A piece of the token shorter than the threshold is not left at the cut either.
            let before = shown
                .trim_end_matches('…')
                .split(REDACTED)
                .next()
                .unwrap_or_default();
            assert!(before.bytes().all(|byte| byte == b'm'), "{max}: {shown}");
        }
    }

    #[test]
    fn short_secrets_are_matched_whole_and_multibyte_text_never_splits() {
        let redactor = Redactor::diagnostic([&Secret::new("pässwörd")]);
        let shown = redactor.redact("é pässwörd é P%C3%A4SSW%C3%B6rd é");
        assert_eq!(shown, format!("é {REDACTED} é {REDACTED} é"));
        let window = redactor.redact_window("ab pässwörd cd", 4..8);
        assert_eq!(window, REDACTED);
    }
}
