//! The one form flattened parameters take: percent-encoded wire text, and where each pair lies.

use std::cmp::Ordering;

use super::canonical;

/// Where one pair lies in a wire text: the encoded name is `start..name_end`, then `=`, then the
/// encoded value up to `value_end`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PairSpan {
    pub(crate) start: usize,
    pub(crate) name_end: usize,
    pub(crate) value_end: usize,
    /// The pair goes in the form body whatever the request's size (`#[rpc(body)]`, the
    /// metadata's `formData` position).
    pub(crate) body: bool,
}

impl PairSpan {
    /// The encoded name, in the `text` the span lies in.
    pub(crate) fn name(self, text: &str) -> &str {
        &text[self.start..self.name_end]
    }

    /// The encoded value, in the `text` the span lies in.
    pub(crate) fn value(self, text: &str) -> &str {
        &text[self.name_end + 1..self.value_end]
    }

    /// `name=value`, as on the wire.
    pub(crate) fn pair(self, text: &str) -> &str {
        &text[self.start..self.value_end]
    }
}

/// The parameters of one request as every later step reads them: each pair percent-encoded
/// for the wire (`name=value`, joined with `&`, in the order written), and the pairs' places in
/// canonical order (the byte order of the raw names; see [`canonical`]).
///
/// V1 streams its signature from the pairs in canonical order; V3 sends them in that order in
/// a query (which is then its own canonical query) or as written in a form body (only hashed);
/// an unsigned request sends the text as its body. Nothing is written twice or decoded.
#[derive(Debug, Clone, Default)]
pub(crate) struct WirePairs {
    /// `name=value&name=value…`, encoded, in the order written.
    pub(crate) text: String,
    /// Every pair, in canonical order once the writer is finished.
    pub(crate) spans: Vec<PairSpan>,
    /// Whether some name has a character that percent-encoding changes: its encoded form then
    /// may sort otherwise than its raw form, and canonical comparisons decode names.
    pub(crate) reserved_names: bool,
    /// Whether some pair must go in the form body.
    pub(crate) body_pairs: bool,
}

impl WirePairs {
    /// How many pairs there are.
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// The encoded name and value of the `index`th pair in canonical order.
    pub(crate) fn pair(&self, index: usize) -> (&str, &str) {
        let span = self.spans[index];
        (span.name(&self.text), span.value(&self.text))
    }

    /// Whether every name is its own encoding (only `A–Z a–z 0–9 - _ . ~`).
    pub(crate) fn names_are_unreserved(&self) -> bool {
        !self.reserved_names
    }

    /// Of the pairs from `from` on (in canonical order), how many have a name below the
    /// unreserved name `name` (a common parameter's).
    pub(crate) fn count_names_below(&self, from: usize, name: &str) -> usize {
        let reserved = self.reserved_names;
        self.spans[from..].partition_point(|span| {
            canonical::compare_names(span.name(&self.text), name, reserved) == Ordering::Less
        })
    }

    /// The pairs joined with `&` in canonical order: the query of a V3 request. The text as
    /// written, without a copy, when it is in that order already (the usual case: the client's
    /// writer writes list entries and a structure's fields in name order).
    pub(crate) fn into_canonical_text(self) -> String {
        if self.spans.windows(2).all(|two| two[0].start < two[1].start) {
            return self.text;
        }
        self.joined(|_| true)
    }

    /// The pairs that `keep` admits, joined with `&` in canonical order.
    fn joined(&self, keep: impl Fn(&PairSpan) -> bool) -> String {
        let mut out = String::with_capacity(self.text.len());
        for span in self.spans.iter().filter(|span| keep(span)) {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(span.pair(&self.text));
        }
        out
    }

    /// The pairs that may go in the query, and those that go in the body whatever the size
    /// (`#[rpc(body)]`), each joined with `&`; the first in canonical order when `sorted` (a V3
    /// query is its own canonical query), else as written.
    pub(crate) fn into_query_and_body(self, sorted: bool) -> (String, String) {
        if !self.body_pairs {
            let query = if sorted {
                self.into_canonical_text()
            } else {
                self.into_text()
            };
            return (query, String::new());
        }
        // Rare (a few actions take body parameters): the two parts are copied out.
        (
            self.joined(|span| !span.body),
            self.joined(|span| span.body),
        )
    }

    /// The wire text, in the order written: a form body.
    pub(crate) fn into_text(self) -> String {
        self.text
    }
}
