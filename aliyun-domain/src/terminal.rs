//! Server text made safe to print on a terminal, and the columns it takes there.
//!
//! Domain names, task numbers, failure reasons and error messages come from the server. Printed
//! raw, an escape sequence among them could recolour or clear the screen, retitle the window,
//! plant a hyperlink (OSC 8) or answer back through the terminal; a carriage return or a bidi
//! override could make a line read as something else. Every character that is not plain visible
//! text is shown as an escape instead (`\u{1b}`, `\r`), so the text reads as what it is.
//!
//! JSON output must keep every string exactly as the server sent it, so it is not escaped that
//! way: [`json_text`] writes the same characters as JSON `\uXXXX` escapes, which every JSON
//! reader decodes back to the very same string, and which a terminal shows as plain text.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter, Serializer};
use unicode_width::UnicodeWidthStr;

/// `text` with every control, format and invisible character replaced by a visible escape:
/// `\n`, `\r` and `\t` for those three, `\u{…}` (hex, as Rust writes it) for the rest.
pub(crate) fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\n' => safe.push_str("\\n"),
            '\r' => safe.push_str("\\r"),
            '\t' => safe.push_str("\\t"),
            c if needs_escape(c) => {
                let _ = write!(safe, "\\u{{{:x}}}", u32::from(c));
            }
            c => safe.push(c),
        }
    }
    Cow::Owned(safe)
}

/// Terminal columns taken by `text` once sanitized: two for East Asian wide and fullwidth
/// characters, none for combining marks, one otherwise.
pub(crate) fn display_width(text: &str) -> usize {
    sanitize(text).width()
}

/// `value` as indented JSON in which every character [`sanitize`] would escape is written as a
/// JSON `\uXXXX` escape: the document decodes to exactly the same strings, and no control,
/// format or invisible character reaches the terminal raw. (`serde_json` alone escapes only
/// the C0 controls; DEL, the C1 controls and the bidi overrides it writes as they are.)
pub(crate) fn json_text(value: &serde_json::Value) -> String {
    let mut bytes = Vec::new();
    let mut serializer = Serializer::with_formatter(&mut bytes, TerminalSafeJson::default());
    match value.serialize(&mut serializer) {
        // The formatter writes only ASCII escapes and the serializer's own UTF-8.
        Ok(()) => String::from_utf8(bytes).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Formatter methods of [`TerminalSafeJson`] that only hand the call on to the pretty formatter
/// it wraps; `first:` before the names for those that take serde_json's `first` flag.
macro_rules! forward_to_pretty {
    ($($method:ident),+ $(,)?) => {
        $(fn $method<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
            self.0.$method(writer)
        })+
    };
    (first: $($method:ident),+ $(,)?) => {
        $(fn $method<W: ?Sized + io::Write>(
            &mut self,
            writer: &mut W,
            first: bool,
        ) -> io::Result<()> {
            self.0.$method(writer, first)
        })+
    };
}

/// serde_json's pretty layout, with the string escapes of [`json_text`].
#[derive(Default)]
struct TerminalSafeJson(PrettyFormatter<'static>);

impl Formatter for TerminalSafeJson {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| needs_escape(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    // The layout (indentation, separators) is the pretty formatter's, unchanged.
    forward_to_pretty!(
        begin_array,
        end_array,
        end_array_value,
        begin_object,
        end_object,
        begin_object_value,
        end_object_value,
    );
    forward_to_pretty!(first: begin_array_value, begin_object_key);
}

/// Whether `c` must not reach a terminal as it is.
fn needs_escape(c: char) -> bool {
    // C0 controls (ESC, BEL, CR, LF, …), DEL and the C1 controls (CSI and OSC among them).
    c.is_control() || is_format_or_invisible(c)
}

/// The format characters of Unicode (general category Cf: bidi controls, zero-width characters,
/// invisible operators, tags), the line and paragraph separators, and the fillers that render
/// as blank space: all of them change how a line reads without showing themselves.
fn is_format_or_invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD                  // soft hyphen
        | 0x0600..=0x0605       // Arabic number signs
        | 0x061C                // Arabic letter mark (bidi)
        | 0x06DD
        | 0x070F
        | 0x0890..=0x0891
        | 0x08E2
        | 0x115F..=0x1160       // Hangul fillers
        | 0x180E                // Mongolian vowel separator
        | 0x200B..=0x200F       // zero-width space, non-joiner, joiner; LRM, RLM
        | 0x2028..=0x2029       // line and paragraph separators
        | 0x202A..=0x202E       // bidi embeddings and overrides
        | 0x2060..=0x2064       // word joiner, invisible operators
        | 0x2066..=0x206F       // bidi isolates, deprecated format characters
        | 0x3164                // Hangul filler
        | 0xFEFF                // zero-width no-break space (byte order mark)
        | 0xFFA0                // halfwidth Hangul filler
        | 0xFFF9..=0xFFFB       // interlinear annotation
        | 0x110BD
        | 0x110CD
        | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A
        | 0xE0001
        | 0xE0020..=0xE007F     // tags
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_passes_unchanged_and_unallocated() {
        for text in ["example-shop.com", "demo-一.cn", "パスワード", "café", ""] {
            assert!(matches!(sanitize(text), Cow::Borrowed(t) if t == text));
        }
    }

    #[test]
    fn escape_sequences_and_controls_become_visible() {
        let cases = [
            ("\u{1b}[31mred\u{1b}[0m", "\\u{1b}[31mred\\u{1b}[0m"),
            (
                "\u{1b}]8;;https://evil.example/\u{7}click\u{1b}]8;;\u{7}",
                "\\u{1b}]8;;https://evil.example/\\u{7}click\\u{1b}]8;;\\u{7}",
            ),
            ("\u{9b}2J", "\\u{9b}2J"),
            ("\u{9d}0;title\u{9c}", "\\u{9d}0;title\\u{9c}"),
            ("ok\rFAKE", "ok\\rFAKE"),
            ("a\nb\tc", "a\\nb\\tc"),
            ("nul\0del\u{7f}", "nul\\u{0}del\\u{7f}"),
        ];
        for (text, expected) in cases {
            assert_eq!(sanitize(text), expected, "{text:?}");
        }
    }

    #[test]
    fn bidi_overrides_and_invisible_characters_become_visible() {
        let cases = [
            ("moc.\u{202e}evil", "moc.\\u{202e}evil"),
            ("\u{2066}a\u{2069}", "\\u{2066}a\\u{2069}"),
            ("pay\u{200b}pal.com", "pay\\u{200b}pal.com"),
            ("\u{feff}bom", "\\u{feff}bom"),
            ("line\u{2028}break", "line\\u{2028}break"),
            ("tag\u{e0041}", "tag\\u{e0041}"),
            ("soft\u{ad}hyphen", "soft\\u{ad}hyphen"),
        ];
        for (text, expected) in cases {
            assert_eq!(sanitize(text), expected, "{text:?}");
        }
    }

    #[test]
    fn json_escapes_what_a_terminal_must_not_see_and_decodes_to_the_same_strings() {
        let value = serde_json::json!({
            "name": "c1\u{9b}31m del\u{7f} \u{1b}[2J \u{202e}rtl \u{200b} tag\u{e0041} 中文 \"q\"",
            "list": [1, "plain", null],
        });
        let text = json_text(&value);
        assert!(
            !text.chars().any(|c| needs_escape(c) && c != '\n'),
            "{text}"
        );
        assert!(
            text.contains(
                r#"c1\u009b31m del\u007f \u001b[2J \u202ertl \u200b tag\udb40\udc41 中文 \"q\""#
            ),
            "{text}"
        );
        let decoded: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(decoded, value);
        // Text that needs no extra escape is laid out exactly as serde_json lays it out.
        let plain = serde_json::json!({"a": [1, {"b": "中文"}], "c": {}});
        assert_eq!(
            json_text(&plain),
            serde_json::to_string_pretty(&plain).unwrap()
        );
    }

    #[test]
    fn wide_characters_take_two_columns_and_combining_marks_none() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("一二三"), 6);
        assert_eq!(display_width("한국어"), 6);
        assert_eq!(display_width("ＡＢ"), 4);
        assert_eq!(display_width("e\u{301}"), 1);
        assert_eq!(display_width("เว็บ"), 3);
        assert_eq!(display_width("\u{1f680}"), 2);
        // Measured as printed: the escape's own characters.
        assert_eq!(display_width("\u{1b}"), "\\u{1b}".len());
    }
}
