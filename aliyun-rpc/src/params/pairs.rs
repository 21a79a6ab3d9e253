//! [`Params`]: what an action sends, read back as raw pairs (for tests, logs and tools).

use std::fmt;

use crate::encode::{percent_encode_into, percent_encoded_len};

use super::wire::{PairSpan, WirePairs};

/// A percent-encoded piece of wire text, decoded (it was encoded from `&str`, so it is UTF-8).
fn decode(text: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::percent_decode_str(text).decode_utf8_lossy()
}

/// The flattened parameters of one request, as [`ParamWriter::finish`](crate::ParamWriter::finish)
/// gives them: raw (decoded) names and values, in the order written.
///
/// This is a reading copy, decoded once from the percent-encoded text the writer produced; the
/// client's signing path never builds one. Every name and value is kept in one buffer.
#[derive(Clone, Default)]
pub struct Params {
    /// Raw `name=value` runs, back to back.
    text: String,
    /// Where each pair lies in `text`, in the order written.
    spans: Vec<PairSpan>,
}

impl Params {
    /// An empty parameter list.
    pub fn new() -> Params {
        Params::default()
    }

    /// A writer's pairs, decoded, in the order written.
    pub(crate) fn from_wire(wire: &WirePairs) -> Params {
        let mut params = Params {
            text: String::with_capacity(wire.text.len()),
            spans: Vec::with_capacity(wire.spans.len()),
        };
        for span in &wire.spans {
            params.push(
                &decode(span.name(&wire.text)),
                &decode(span.value(&wire.text)),
            );
        }
        params
    }

    /// Appends one pair.
    pub fn push(&mut self, name: &str, value: &str) {
        let start = self.text.len();
        self.text.push_str(name);
        let name_end = self.text.len();
        self.text.push('=');
        self.text.push_str(value);
        self.spans.push(PairSpan {
            start,
            name_end,
            value_end: self.text.len(),
            body: false,
        });
    }

    /// The value of the first pair called `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Every pair, in the order written.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &str)> + Clone {
        self.spans
            .iter()
            .map(|span| (span.name(&self.text), span.value(&self.text)))
    }

    /// How many bytes [`to_wire_text`](Self::to_wire_text) has, without building it: what the
    /// pairs take on the wire.
    pub fn wire_len(&self) -> usize {
        let pairs: usize = self
            .iter()
            .map(|(name, value)| percent_encoded_len(name) + 1 + percent_encoded_len(value))
            .sum();
        pairs + self.len().saturating_sub(1)
    }

    /// The pairs as they go on the wire: `name=value`, percent-encoded, joined with `&`, in the
    /// order written.
    pub fn to_wire_text(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + self.text.len() / 4);
        for (name, value) in self.iter() {
            if !out.is_empty() {
                out.push('&');
            }
            percent_encode_into(&mut out, name);
            out.push('=');
            percent_encode_into(&mut out, value);
        }
        out
    }

    /// How many pairs there are.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

impl PartialEq for Params {
    fn eq(&self, other: &Params) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Params {}

impl fmt::Debug for Params {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Request parameters carry no credentials (those are added at signing), so they may be shown.
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<'a> FromIterator<(&'a str, &'a str)> for Params {
    fn from_iter<I: IntoIterator<Item = (&'a str, &'a str)>>(iter: I) -> Params {
        let mut params = Params::new();
        for (name, value) in iter {
            params.push(name, value);
        }
        params
    }
}
