//! Flattening: how Rust values become Alibaba's `Name.N.Field=value` parameters.
//!
//! A [`ParamWriter`] keeps the name of the parameter being written. [`ParamWriter::field`] appends
//! `.Field`, [`ParamWriter::entry`] appends `.N` (counting from 1), and a scalar writes one pair
//! under the current name, so nesting composes: `OrderRenewParam.1.DomainName`, `A.1.B.2.C`.
//!
//! # One field, from struct to signed pair
//!
//! Take `#[rpc(rename = "DomainName")] domain: String` in a `#[derive(Rpc)]` struct, sent by
//! [`Client::prepare`](crate::Client::prepare) (and so by `call`):
//!
//! 1. **Derive.** The generated `RpcAction::write_params` calls
//!    [`ParamWriter::declared_field`] once per field, in declaration order. (`declared_field`
//!    is [`ParamWriter::field`] for a wire name the macro has checked is unreserved; the writer
//!    then never looks at the name. Names with other characters get `field`.)
//! 2. **Name.** `declared_field` → `named_child` appends `.DomainName` to the current name
//!    (here the empty top level, so the name is `DomainName`) → `write_child` checks the
//!    field's declared rules through [`ParamValue::check_rules`] (a broken rule is recorded,
//!    and nothing is sent), then calls [`ParamValue::write_value`].
//! 3. **Value.** `String`'s `write_value` → `value_str` writes one pair under the current
//!    name. The client's writers encode as they go (`ParamWriter::encoding` for V3,
//!    `ParamWriter::canonical_encoding` for V1): the pair is appended to one wire text as
//!    `DomainName=enc(value)` (`&`-joined, in the order written, the name written as it is
//!    since it is unreserved), and a `PairSpan` records where its name and encoded value lie
//!    in that text.
//! 4. **Canonical order.** The spans, not the text, are put in the byte order of the names.
//!    A V1 writer keeps them sorted as it goes: list entries are written in decimal-string
//!    order (`DecimalOrder`: `1, 10, 11, 2`) and each finished block is moved into place
//!    among its siblings (`place_block`); when that cannot be done cheaply it sorts at the
//!    end. A V3 writer sorts the spans in `finish_encoded`, and only when the text is short
//!    enough for the query (a body is only hashed, in the order written).
//! 5. **Signing.** `client::write_params` hands the result to `request.rs` as
//!    `ActionParams`. V1 (`Unsigned::sign_v1`): `stream_canonical` merges the common
//!    parameters in at their sorted places and feeds each pair, in canonical order, from
//!    `EncodedPairs::pair` into `V1Stream::encoded_pair` (`sign/v1.rs`), which encodes the
//!    already encoded value once more straight into the HMAC. V3 (`Unsigned::sign_v3`): the
//!    sorted text is the canonical query itself, hashed by `CanonicalRequest` (`sign/v3.rs`).
//!    The same wire text becomes the query, or the form body when too long for it.
//!
//! Names that are not their own encoding, or that repeat, would sort differently once
//! encoded (or tie on their names); for them the encoding writers give up (`None`) and the
//! client writes the action again with the raw, sorting `ParamWriter::canonical` writer, whose
//! [`Params`] the request builder sorts and encodes itself.

use std::borrow::Cow;

use crate::encode::{is_unreserved, percent_encode_into};
use crate::rules::{LengthUnit, ParamProblem, Problem, Rules};
use crate::shape::{FieldMeta, Shape};

/// The flattened parameters of one request, as raw (not yet percent-encoded) name/value pairs.
///
/// Every name and value is kept in one buffer, so writing a pair allocates nothing once the buffer
/// has grown. The pairs come in the order they were written (from [`ParamWriter::new`]); the
/// client's own writer gives them in the byte order of their names instead, the order both
/// signatures sign them in, so that signing needs no sort.
#[derive(Clone, Default)]
pub struct Params {
    /// Names and values, back to back, in the order written.
    text: String,
    /// Where each pair lies in `text`, in iteration order.
    pairs: Vec<PairSpan>,
    /// Whether `pairs` is in strictly ascending byte order of names.
    sorted: bool,
    /// Whether some name has a character that percent-encoding changes.
    reserved_names: bool,
}

/// Where one pair lies in [`Params::text`]: the name is `start..name_end`, the value
/// `name_end..value_end`.
#[derive(Debug, Clone, Copy)]
struct PairSpan {
    start: usize,
    name_end: usize,
    value_end: usize,
}

impl PairSpan {
    /// The name, in the `text` the span lies in.
    fn name(self, text: &str) -> &str {
        &text[self.start..self.name_end]
    }

    /// The value, in the `text` the span lies in.
    fn value(self, text: &str) -> &str {
        &text[self.name_end..self.value_end]
    }
}

/// Of `spans` (sorted by name, in `text`), how many have a name below `name`.
fn count_names_below(spans: &[PairSpan], text: &str, name: &str) -> usize {
    spans.partition_point(|span| span.name(text) < name)
}

/// Sorts `spans` by their names in `text`; whether every name is then distinct.
fn sort_by_distinct_names(spans: &mut [PairSpan], text: &str) -> bool {
    let name = |span: &PairSpan| span.name(text);
    spans.sort_unstable_by(|a, b| name(a).cmp(name(b)));
    spans.windows(2).all(|two| name(&two[0]) != name(&two[1]))
}

impl Params {
    /// An empty parameter list.
    pub fn new() -> Params {
        Params::default()
    }

    /// Appends one pair.
    pub fn push(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.push_str(&name.into(), &value.into());
    }

    /// Appends one pair without taking ownership of either part.
    pub(crate) fn push_str(&mut self, name: &str, value: &str) {
        self.reserved_names |= !name.bytes().all(is_unreserved);
        self.push_pair(name, value);
    }

    /// Appends one pair whose name the caller has vouched for (see
    /// [`Params::names_are_unreserved`]).
    fn push_pair(&mut self, name: &str, value: &str) {
        let start = self.text.len();
        self.text.push_str(name);
        let name_end = self.text.len();
        self.text.push_str(value);
        self.pairs.push(PairSpan {
            start,
            name_end,
            value_end: self.text.len(),
        });
        self.sorted = false;
    }

    /// The value of the first pair called `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Every pair, in the order written ([`ParamWriter::new`] keeps declaration order; the
    /// client's signing writer leaves them sorted by name).
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &str)> + Clone {
        self.pairs.iter().map(|&span| self.pair(span))
    }

    fn pair(&self, span: PairSpan) -> (&str, &str) {
        (span.name(&self.text), span.value(&self.text))
    }

    /// The pair at `index`.
    pub(crate) fn pair_at(&self, index: usize) -> (&str, &str) {
        self.pair(self.pairs[index])
    }

    /// Of the pairs from `from` on, sorted by name, how many have a name below `name`.
    pub(crate) fn count_names_below(&self, from: usize, name: &str) -> usize {
        // Sorted, but not strictly: a repeated name (sorted by value) is in order too.
        debug_assert!(
            self.pairs
                .windows(2)
                .all(|two| two[0].name(&self.text) <= two[1].name(&self.text))
        );
        count_names_below(&self.pairs[from..], &self.text, name)
    }

    /// How many pairs there are.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// Whether [`iter`](Self::iter) yields the pairs in strictly ascending byte order of their
    /// names, so that a signer can take them as they come.
    pub(crate) fn is_sorted_by_name(&self) -> bool {
        self.sorted || self.pairs.len() < 2
    }

    /// Whether every name consists of unreserved characters only (`A–Z a–z 0–9 - _ . ~`), so
    /// that it is its own percent-encoding.
    pub(crate) fn names_are_unreserved(&self) -> bool {
        !self.reserved_names
    }

    /// How many bytes the names and values take together.
    pub(crate) fn text_len(&self) -> usize {
        self.text.len()
    }

    /// Sorts the pairs by name, then value: the order a signature takes them in.
    pub(crate) fn sort_by_name(&mut self) {
        if self.is_sorted_by_name() {
            return;
        }
        let text = self.text.as_str();
        let key = |span: &PairSpan| (span.name(text), span.value(text));
        self.pairs.sort_unstable_by(|a, b| key(a).cmp(&key(b)));
        self.sorted = self
            .pairs
            .windows(2)
            .all(|pair| key(&pair[0]).0 < key(&pair[1]).0);
    }

    /// Appends every pair of `other`.
    pub fn extend(&mut self, other: Params) {
        let offset = self.text.len();
        self.text.push_str(&other.text);
        self.pairs.extend(other.pairs.iter().map(|span| PairSpan {
            start: span.start + offset,
            name_end: span.name_end + offset,
            value_end: span.value_end + offset,
        }));
        self.sorted = false;
        self.reserved_names |= other.reserved_names;
    }
}

impl PartialEq for Params {
    fn eq(&self, other: &Params) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Params {}

/// Pairs percent-encoded for the wire, from [`ParamWriter::canonical_encoding`]: the text in the
/// order written (`name=value` joined with `&`), and where each pair lies, in canonical order.
/// Every name is unreserved, so it is its own encoding.
#[derive(Debug)]
pub(crate) struct EncodedPairs {
    text: String,
    pairs: Vec<PairSpan>,
}

impl EncodedPairs {
    /// How many pairs there are.
    pub(crate) fn len(&self) -> usize {
        self.pairs.len()
    }

    /// The name and the encoded value of the `index`th pair in canonical order.
    pub(crate) fn pair(&self, index: usize) -> (&str, &str) {
        let span = self.pairs[index];
        // The value follows the name's `=`.
        (
            span.name(&self.text),
            &self.text[span.name_end + 1..span.value_end],
        )
    }

    /// How many pairs from `from` on (in canonical order) have names below `name`.
    pub(crate) fn count_names_below(&self, from: usize, name: &str) -> usize {
        count_names_below(&self.pairs[from..], &self.text, name)
    }

    /// The wire text.
    pub(crate) fn into_text(self) -> String {
        self.text
    }
}

impl std::fmt::Debug for Params {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Request parameters carry no credentials (those are added at signing), so they may be shown.
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<N: Into<String>, V: Into<String>> FromIterator<(N, V)> for Params {
    fn from_iter<I: IntoIterator<Item = (N, V)>>(iter: I) -> Params {
        let mut params = Params::new();
        for (name, value) in iter {
            params.push(name, value);
        }
        params
    }
}

/// The order a [`ParamWriter`] leaves its pairs in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum WriteOrder {
    /// As written: fields in declaration order, list entries from 1.
    #[default]
    Written,
    /// By the byte order of the names (see [`ParamWriter::canonical`]).
    Canonical,
}

/// Whether a child's block of pairs must be put in place among its siblings (canonical order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// Compare it with its siblings and move it if it must.
    Find,
    /// It sorts after every sibling written before it.
    InOrder,
}

/// Writes parameters under a growing name and collects every rule the values break.
///
/// Generated `write_params` bodies call [`ParamWriter::declared_field`] (or, for a wire name
/// that needs percent-encoding, [`ParamWriter::field`]) once per field; hand-written
/// [`ParamValue`] implementations call [`ParamWriter::value`], [`ParamWriter::entry`],
/// [`ParamWriter::entries`] and [`ParamWriter::field`].
#[derive(Debug, Default)]
#[must_use = "a ParamWriter does nothing until `finish` returns its parameters"]
pub struct ParamWriter {
    name: String,
    params: Params,
    problems: Vec<ParamProblem>,
    order: WriteOrder,
    /// Canonical order: the first pair of the field or entry being written. Every pair from here
    /// on shares the name that field or entry had when it started.
    scope_start: usize,
    /// Canonical order: pairs moved so far to put blocks in place, against a budget.
    moved: usize,
    /// Canonical order: the pairs could not be kept in order as they were written (repeated
    /// names, names that interleave, or too many moves); `finish` sorts them instead.
    needs_sort: bool,
    /// From [`ParamWriter::encoding`]: the pairs percent-encoded for the wire, instead of
    /// `params`.
    encoded: Option<String>,
    /// From [`ParamWriter::encoding`]: while the encoded pairs fit in this many bytes, where
    /// each lies (in `params.pairs`), so that a short request can be sorted for the query.
    span_limit: usize,
}

impl ParamWriter {
    /// A writer at the top level, with no name prefix, that keeps the pairs in the order written
    /// and reports problems in that order.
    pub fn new() -> ParamWriter {
        ParamWriter::default()
    }

    /// A writer whose parameters come out sorted by name, as signatures take them, without a
    /// sort at the end.
    ///
    /// List entries are written in the byte order of their names (`1, 10, 100, 11, …, 2, 20`),
    /// and each field's or entry's block of pairs is put in place among its siblings as it is
    /// finished, which costs one comparison in the usual case. Problems are reported in that
    /// order too; [`ParamWriter::new`] reports them in declaration order.
    pub(crate) fn canonical() -> ParamWriter {
        ParamWriter {
            order: WriteOrder::Canonical,
            name: String::with_capacity(64),
            ..ParamWriter::default()
        }
    }

    /// A writer that percent-encodes each pair for the wire as it is written, in declaration
    /// order, joined with `&`: a form body that is only hashed (V3) needs nothing else, and no
    /// raw copy of the pairs is kept. While the text is at most `query_limit` bytes it also
    /// notes where each pair lies, so that a request short enough for the query can be put in
    /// canonical order without being written again. Finish it with
    /// [`ParamWriter::finish_encoded`].
    pub(crate) fn encoding(query_limit: usize) -> ParamWriter {
        ParamWriter {
            encoded: Some(String::with_capacity(1024)),
            name: String::with_capacity(64),
            span_limit: query_limit,
            ..ParamWriter::default()
        }
    }

    /// A [`canonical`](ParamWriter::canonical) writer that percent-encodes each pair for the wire
    /// as it is written, like [`encoding`](ParamWriter::encoding): its text, in declaration
    /// order, is the wire form, and its pairs are kept in canonical order beside it, so that a V1
    /// signature streams from the encoded pairs and nothing is written twice. Finish it with
    /// [`ParamWriter::finish_canonical_encoded`].
    pub(crate) fn canonical_encoding() -> ParamWriter {
        ParamWriter {
            order: WriteOrder::Canonical,
            ..ParamWriter::encoding(usize::MAX)
        }
    }

    /// The text the pairs are written to: the encoded pairs, or the raw ones.
    fn names_text(&self) -> &str {
        self.encoded.as_deref().unwrap_or(&self.params.text)
    }

    /// The full wire name that a value written now would get.
    pub fn current_name(&self) -> &str {
        &self.name
    }

    /// Writes `value` as the field `wire_name` under the current name, after checking `rules`.
    pub fn field<V: ParamValue + ?Sized>(&mut self, wire_name: &str, value: &V, rules: &Rules) {
        // Names are made of wire names, dots and digits: checking each wire name tells whether
        // any full name needs percent-encoding.
        self.params.reserved_names |= !wire_name.bytes().all(is_unreserved);
        self.named_child(wire_name, value, rules);
    }

    /// [`field`](Self::field) for a `wire_name` of unreserved characters only
    /// (`A–Z a–z 0–9 - _ . ~`), which `#[derive]` checks when it compiles; the writer then need
    /// not look at the name. Not for hand-written code: a name with any other character would be
    /// sent unencoded.
    #[doc(hidden)]
    pub fn declared_field<V: ParamValue + ?Sized>(
        &mut self,
        wire_name: &str,
        value: &V,
        rules: &Rules,
    ) {
        debug_assert!(wire_name.bytes().all(is_unreserved));
        self.named_child(wire_name, value, rules);
    }

    /// Writes `value` under the current name followed by `.wire_name`.
    fn named_child<V: ParamValue + ?Sized>(&mut self, wire_name: &str, value: &V, rules: &Rules) {
        let restore = self.name.len();
        if !self.name.is_empty() {
            self.name.push('.');
        }
        self.name.push_str(wire_name);
        self.write_child(restore, value, rules, Placement::Find);
    }

    /// Writes the fields of `value` at the current name, without a prefix of their own.
    pub fn flatten<P: RpcParams + ?Sized>(&mut self, value: &P) {
        value.write_fields(self);
    }

    /// Writes `value` as the list entry `index` (counted from 1) under the current name.
    pub fn entry<V: ParamValue + ?Sized>(&mut self, index: usize, value: &V, rules: &Rules) {
        self.indexed_child(index, value, rules, Placement::Find);
    }

    /// Writes `value` under the current name followed by `.index`.
    fn indexed_child<V: ParamValue + ?Sized>(
        &mut self,
        index: usize,
        value: &V,
        rules: &Rules,
        placement: Placement,
    ) {
        let restore = self.name.len();
        self.name.push('.');
        self.name.push_str(itoa::Buffer::new().format(index));
        self.write_child(restore, value, rules, placement);
    }

    /// Writes every item as a list entry (`.1`, `.2`, …) under the current name, without rules:
    /// in index order, or, for the writers the client signs from, in the byte order of the
    /// entries' names.
    pub fn entries<V: ParamValue>(&mut self, items: &[V]) {
        let (mut written, mut canonical);
        let indices: &mut dyn Iterator<Item = usize> = match self.order {
            WriteOrder::Written => {
                written = 1..=items.len();
                &mut written
            }
            WriteOrder::Canonical => {
                canonical = DecimalOrder::new(items.len());
                &mut canonical
            }
        };
        // In decimal order each entry's block sorts after the one before (`.1` and `.1.X`
        // before `.10` and `.10.X`, as `.` sorts before every digit), so when nothing else is in
        // the scope no block needs a place found.
        let placement =
            if self.order == WriteOrder::Canonical && self.params.len() == self.scope_start {
                Placement::InOrder
            } else {
                Placement::Find
            };
        for (position, index) in indices.enumerate() {
            let before = self.footprint();
            self.indexed_child(index, &items[index - 1], &Rules::NONE, placement);
            if position == 0 {
                self.reserve_like(before, items.len());
            }
        }
    }

    /// The bytes and pairs written so far.
    fn footprint(&self) -> (usize, usize) {
        (self.names_text().len(), self.params.pairs.len())
    }

    /// After the first of `count` entries, which began at `before`: makes room for the rest at
    /// once, assuming they are alike, rather than growing the buffers step by step (each step a
    /// copy, and for large buffers fresh pages to fault in).
    fn reserve_like(&mut self, before: (usize, usize), count: usize) {
        /// Past this, an estimate is left to ordinary growth: one odd first entry must not make
        /// a huge reservation.
        const MOST_RESERVED_BYTES: usize = 16 << 20;
        let (text, pairs) = self.footprint();
        let (entry_text, entry_pairs) = (text - before.0, pairs - before.1);
        // Later entries' indices have more digits than `1`, in every pair's name.
        let digits = count.checked_ilog10().unwrap_or(0) as usize;
        let rest = count.saturating_sub(1);
        let more_text = rest.saturating_mul(entry_text + entry_pairs * digits);
        if more_text > MOST_RESERVED_BYTES {
            return;
        }
        match &mut self.encoded {
            Some(out) => {
                out.reserve(more_text);
                if out.len() + more_text <= self.span_limit {
                    self.params.pairs.reserve(rest * entry_pairs);
                }
            }
            None => {
                self.params.text.reserve(more_text);
                self.params.pairs.reserve(rest * entry_pairs);
            }
        }
    }

    /// Checks and writes one child whose name has just been appended; `restore` is the length of
    /// the parent's name.
    fn write_child<V: ParamValue + ?Sized>(
        &mut self,
        restore: usize,
        value: &V,
        rules: &Rules,
        placement: Placement,
    ) {
        value.check_rules(rules, self);
        if self.order == WriteOrder::Canonical {
            let first = self.params.len();
            let parent_scope = std::mem::replace(&mut self.scope_start, first);
            value.write_value(self);
            self.scope_start = parent_scope;
            if placement == Placement::Find {
                self.place_block(first, restore);
            }
        } else {
            value.write_value(self);
        }
        self.name.truncate(restore);
    }

    /// Canonical order: moves the block of pairs from `first` to the end (sorted within itself)
    /// to its place among the earlier siblings of its scope, whose names all share the first
    /// `prefix` bytes. Gives the job to `finish` when the block cannot simply be moved.
    fn place_block(&mut self, first: usize, prefix: usize) {
        let end = self.params.len();
        if first == end || first == self.scope_start || self.needs_sort {
            return;
        }
        let (text, pairs) = (self.names_text(), &self.params.pairs);
        let key = |index: usize| &pairs[index].name(text).as_bytes()[prefix..];
        let block_first = key(first);
        if key(first - 1) < block_first {
            // Already in place: the usual case (entries come in name order).
            return;
        }
        let scope = self.scope_start;
        let position = scope
            + pairs[scope..first]
                .partition_point(|span| &span.name(text).as_bytes()[prefix..] < block_first);
        // A repeated name, or a block whose names interleave with its neighbour's, cannot be
        // moved whole; nor is it worth moving pairs without end.
        let repeated = key(position) == block_first;
        let interleaves = key(end - 1) >= key(position);
        self.moved += end - position;
        if repeated || interleaves || self.moved > 4 * end + 64 {
            self.needs_sort = true;
            return;
        }
        self.params.pairs[position..end].rotate_right(end - first);
    }

    /// Writes one scalar value under the current name.
    pub fn value(&mut self, value: impl Into<String>) {
        self.value_str(&value.into());
    }

    /// Writes one scalar value under the current name, copying it into the parameter buffer.
    #[inline]
    pub(crate) fn value_str(&mut self, value: &str) {
        if self.order == WriteOrder::Canonical
            && self.params.len() > self.scope_start
            && !self.needs_sort
        {
            // A second value in one scope (a hand-written `ParamValue`): it must sort after the
            // pairs before it.
            let last = self.params.pairs[self.params.len() - 1].name(self.names_text());
            if last >= self.name.as_str() {
                self.needs_sort = true;
            }
        }
        if let Some(out) = &mut self.encoded {
            if !out.is_empty() {
                out.push('&');
            }
            let start = out.len();
            if self.params.reserved_names {
                percent_encode_into(out, &self.name);
            } else {
                out.push_str(&self.name);
            }
            let name_end = out.len();
            out.push('=');
            percent_encode_into(out, value);
            if out.len() <= self.span_limit {
                self.params.pairs.push(PairSpan {
                    start,
                    name_end,
                    value_end: out.len(),
                });
            }
            return;
        }
        self.params.push_pair(&self.name, value);
    }

    /// Records a problem with the value under the current name.
    pub fn reject(&mut self, problem: Problem) {
        self.problems.push(ParamProblem {
            name: self.name.clone(),
            problem,
        });
    }

    /// Every problem recorded so far.
    pub fn problems(&self) -> &[ParamProblem] {
        &self.problems
    }

    /// The pairs of an [`encoding`](ParamWriter::encoding) writer, joined with `&`: as written
    /// when they are longer than its query limit, else in canonical order (or `None` when the
    /// names are not their own encodings or repeat, and the pairs must be written again by a
    /// [`canonical`](ParamWriter::canonical) writer). Or every problem found.
    pub(crate) fn finish_encoded(self) -> Result<Option<String>, Vec<ParamProblem>> {
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let text = self.encoded.unwrap_or_default();
        if text.len() > self.span_limit {
            return Ok(Some(text));
        }
        if self.params.reserved_names {
            return Ok(None);
        }
        let mut pairs = self.params.pairs;
        if !sort_by_distinct_names(&mut pairs, &text) {
            return Ok(None);
        }
        let mut sorted = String::with_capacity(text.len());
        for span in &pairs {
            if !sorted.is_empty() {
                sorted.push('&');
            }
            sorted.push_str(&text[span.start..span.value_end]);
        }
        Ok(Some(sorted))
    }

    /// The pairs of a [`canonical_encoding`](ParamWriter::canonical_encoding) writer: the wire
    /// text and the pairs in canonical order. `None` when the names are not their own encodings
    /// (their encodings may sort otherwise) or repeat (raw values break the tie), and the pairs
    /// must be written again by a [`canonical`](ParamWriter::canonical) writer. Or every problem
    /// found.
    pub(crate) fn finish_canonical_encoded(
        self,
    ) -> Result<Option<EncodedPairs>, Vec<ParamProblem>> {
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        if self.params.reserved_names {
            return Ok(None);
        }
        let text = self.encoded.unwrap_or_default();
        let mut pairs = self.params.pairs;
        if self.needs_sort && !sort_by_distinct_names(&mut pairs, &text) {
            return Ok(None);
        }
        Ok(Some(EncodedPairs { text, pairs }))
    }

    /// The parameters written, or every problem found.
    pub fn finish(self) -> Result<Params, Vec<ParamProblem>> {
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let mut params = self.params;
        if self.order == WriteOrder::Canonical {
            if self.needs_sort {
                params.sort_by_name();
            } else {
                params.sorted = true;
            }
        }
        Ok(params)
    }
}

/// The numbers `1..=n` in the byte order of their decimal forms (`1, 10, 100, 11, …, 2, 20, …`):
/// the order that list entries' names (`Name.N` or `Name.N.Field`) sort in, since `.` and the end
/// of the name sort before every digit.
#[derive(Debug, Clone)]
struct DecimalOrder {
    next: usize,
    last: usize,
    remaining: usize,
}

impl DecimalOrder {
    fn new(last: usize) -> DecimalOrder {
        DecimalOrder {
            next: 1,
            last,
            remaining: last,
        }
    }
}

impl Iterator for DecimalOrder {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let current = self.next;
        // The successor in preorder of the decimal trie: go one digit deeper if that stays in
        // range, else step to the next sibling, climbing while there is none.
        if current <= self.last / 10 {
            self.next = current * 10;
        } else {
            let mut up = current;
            while up % 10 == 9 || up + 1 > self.last {
                up /= 10;
            }
            self.next = up + 1;
        }
        Some(current)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

/// A value that can be written as request parameters.
///
/// Implemented for strings, integers, booleans, `Option`, `Vec`, slices and arrays, for structures
/// that derive [`RpcParams`] and for enums that derive [`RpcValue`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be sent as a request parameter",
    label = "`{Self}` does not implement `ParamValue`",
    note = "derive `aliyun_rpc::RpcParams` for a structure, or `aliyun_rpc::RpcValue` for an enum of fixed strings"
)]
pub trait ParamValue {
    /// Writes the value under the writer's current name.
    fn write_value(&self, writer: &mut ParamWriter);

    /// Records, under the writer's current name, every declared bound the value breaks.
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        let _ = (rules, writer);
    }

    /// The wire shape of the type (for hand-written implementations, an opaque "custom").
    fn shape() -> Shape
    where
        Self: Sized,
    {
        Shape::Other("custom")
    }
}

/// A structure whose fields are written as `Prefix.Field` parameters. Derive it with
/// `#[derive(RpcParams)]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a parameter structure",
    label = "`flatten` needs a type that derives `RpcParams`",
    note = "derive `aliyun_rpc::RpcParams` for `{Self}`"
)]
pub trait RpcParams {
    /// The declared fields, in order.
    const FIELDS: &'static [FieldMeta];

    /// Writes every field under the writer's current name.
    fn write_fields(&self, writer: &mut ParamWriter);
}

/// An enum of unit variants, each sent as a fixed string. Derive it with `#[derive(RpcValue)]`.
pub trait RpcValue {
    /// Every wire value, in declaration order.
    const VALUES: &'static [&'static str];

    /// The wire value of this variant.
    fn wire_value(&self) -> &'static str;
}

/// Implements [`ParamValue`] for string-like types.
macro_rules! string_value {
    ($($ty:ty),*) => {$(
        impl ParamValue for $ty {
            fn write_value(&self, writer: &mut ParamWriter) {
                writer.value_str(self);
            }
            fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
                if let Some(problem) = rules.check_text_length(self) {
                    writer.reject(problem);
                }
            }
            fn shape() -> Shape {
                Shape::String
            }
        }
    )*};
}
string_value!(String, Box<str>, Cow<'_, str>);

impl ParamValue for str {
    fn write_value(&self, writer: &mut ParamWriter) {
        writer.value_str(self);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        if let Some(problem) = rules.check_text_length(self) {
            writer.reject(problem);
        }
    }
}

/// Implements [`ParamValue`] for integer types.
macro_rules! integer_value {
    ($($ty:ty),*) => {$(
        impl ParamValue for $ty {
            fn write_value(&self, writer: &mut ParamWriter) {
                writer.value_str(itoa::Buffer::new().format(*self));
            }
            fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
                if let Some(problem) = rules.check_integer(i128::from(*self)) {
                    writer.reject(problem);
                }
            }
            fn shape() -> Shape {
                Shape::Integer
            }
        }
    )*};
}
integer_value!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Implements [`ParamValue`] for floating-point types, written as the official SDKs write them
/// (see `float.rs`); NaN and the infinities are refused before anything is sent.
macro_rules! float_value {
    ($($ty:ty => $text:path),*) => {$(
        impl ParamValue for $ty {
            fn write_value(&self, writer: &mut ParamWriter) {
                match $text(*self) {
                    Some(text) => writer.value_str(&text),
                    None => writer.reject(Problem::Invalid(format!(
                        "is {self}, which is not a finite number"
                    ))),
                }
            }
            fn shape() -> Shape {
                Shape::Number
            }
        }
    )*};
}
float_value!(f64 => crate::float::python_text, f32 => crate::float::shortest_f32);

impl ParamValue for bool {
    fn write_value(&self, writer: &mut ParamWriter) {
        writer.value_str(if *self { "true" } else { "false" });
    }
    fn shape() -> Shape {
        Shape::Boolean
    }
}

impl<T: ParamValue + ?Sized> ParamValue for &T {
    fn write_value(&self, writer: &mut ParamWriter) {
        (**self).write_value(writer);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        (**self).check_rules(rules, writer);
    }
    fn shape() -> Shape {
        Shape::Other("reference")
    }
}

impl<T: ParamValue> ParamValue for Box<T> {
    fn write_value(&self, writer: &mut ParamWriter) {
        (**self).write_value(writer);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        (**self).check_rules(rules, writer);
    }
    fn shape() -> Shape {
        T::shape()
    }
}

impl<T: ParamValue> ParamValue for Option<T> {
    fn write_value(&self, writer: &mut ParamWriter) {
        if let Some(value) = self {
            value.write_value(writer);
        }
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        if let Some(value) = self {
            value.check_rules(rules, writer);
        }
    }
    fn shape() -> Shape {
        Shape::Optional(T::shape)
    }
}

impl<T: ParamValue> ParamValue for [T] {
    fn write_value(&self, writer: &mut ParamWriter) {
        // Element bounds were checked by `check_rules`; entries are written without rules.
        writer.entries(self);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        if let Some(problem) = rules.check_length(self.len(), LengthUnit::Entries) {
            writer.reject(problem);
        }
        let element_rules = rules.for_elements();
        if element_rules.is_empty() {
            return;
        }
        let restore = writer.name.len();
        for (position, item) in self.iter().enumerate() {
            writer.name.push('.');
            writer
                .name
                .push_str(itoa::Buffer::new().format(position + 1));
            item.check_rules(&element_rules, writer);
            writer.name.truncate(restore);
        }
    }
}

impl<T: ParamValue> ParamValue for Vec<T> {
    fn write_value(&self, writer: &mut ParamWriter) {
        self.as_slice().write_value(writer);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        self.as_slice().check_rules(rules, writer);
    }
    fn shape() -> Shape {
        Shape::List(T::shape)
    }
}

impl<T: ParamValue, const N: usize> ParamValue for [T; N] {
    fn write_value(&self, writer: &mut ParamWriter) {
        self.as_slice().write_value(writer);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        self.as_slice().check_rules(rules, writer);
    }
    fn shape() -> Shape {
        Shape::List(T::shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Entry {
        name: &'static str,
        years: u32,
    }

    impl RpcParams for Entry {
        const FIELDS: &'static [FieldMeta] = &[];
        fn write_fields(&self, writer: &mut ParamWriter) {
            writer.field("DomainName", self.name, &Rules::NONE);
            let years = Rules {
                min: Some(1),
                max: Some(10),
                ..Rules::NONE
            };
            writer.field("SubscriptionDuration", &self.years, &years);
        }
    }

    impl ParamValue for Entry {
        fn write_value(&self, writer: &mut ParamWriter) {
            writer.flatten(self);
        }
        fn shape() -> Shape {
            Shape::Struct(Self::FIELDS)
        }
    }

    fn entries(n: usize) -> Vec<Entry> {
        (0..n)
            .map(|i| Entry {
                name: "a.com",
                years: (i % 3) as u32 + 1,
            })
            .collect()
    }

    #[test]
    fn list_of_structs_is_numbered_from_one_and_nested_names_compose() {
        let mut writer = ParamWriter::new();
        writer.field("OrderRenewParam", &entries(2), &Rules::NONE);
        let params = writer.finish().unwrap();
        let pairs: Vec<_> = params.iter().collect();
        assert_eq!(
            pairs,
            [
                ("OrderRenewParam.1.DomainName", "a.com"),
                ("OrderRenewParam.1.SubscriptionDuration", "1"),
                ("OrderRenewParam.2.DomainName", "a.com"),
                ("OrderRenewParam.2.SubscriptionDuration", "2"),
            ]
        );
    }

    #[test]
    fn lists_of_lists_compose_indices() {
        let mut writer = ParamWriter::new();
        writer.field("A", &vec![vec![7u8], vec![8, 9]], &Rules::NONE);
        let pairs: Vec<_> = writer
            .finish()
            .unwrap()
            .iter()
            .map(|(n, _)| n.to_owned())
            .collect();
        assert_eq!(pairs, ["A.1.1", "A.2.1", "A.2.2"]);
    }

    #[test]
    fn none_and_empty_lists_write_nothing_and_empty_strings_are_kept() {
        let mut writer = ParamWriter::new();
        writer.field("Absent", &None::<String>, &Rules::NONE);
        writer.field("Empty", &Vec::<u32>::new(), &Rules::NONE);
        writer.field("Blank", "", &Rules::NONE);
        writer.field("Yes", &true, &Rules::NONE);
        writer.field("Big", &9_007_199_254_740_991i64, &Rules::NONE);
        let pairs: Vec<_> = writer
            .finish()
            .unwrap()
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect();
        assert_eq!(pairs, ["Blank=", "Yes=true", "Big=9007199254740991"]);
    }

    #[test]
    fn every_broken_rule_is_reported_with_its_full_name() {
        let mut list = entries(2);
        list[0].years = 0;
        list[1].years = 11;
        let mut writer = ParamWriter::new();
        let bounds = Rules {
            max_len: Some(1),
            ..Rules::NONE
        };
        writer.field("OrderRenewParam", &list, &bounds);
        let problems = writer.finish().unwrap_err();
        let text: Vec<_> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "`OrderRenewParam` has 2 entries, allowed at most 1",
                "`OrderRenewParam.1.SubscriptionDuration` is 0, allowed 1..=10",
                "`OrderRenewParam.2.SubscriptionDuration` is 11, allowed 1..=10",
            ]
        );
    }

    #[test]
    fn element_bounds_apply_to_each_integer_of_a_list() {
        let mut writer = ParamWriter::new();
        let rules = Rules {
            min: Some(1),
            min_len: Some(1),
            ..Rules::NONE
        };
        writer.field("Ids", &vec![1u32, 0, 5], &rules);
        let problems = writer.finish().unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].name, "Ids.2");
    }

    #[test]
    fn string_length_counts_characters_not_bytes() {
        let rules = Rules {
            max_len: Some(3),
            ..Rules::NONE
        };
        let mut writer = ParamWriter::new();
        writer.field("Name", "阿里云", &rules);
        assert!(writer.finish().is_ok());
    }

    /// A structure whose fields are declared out of name order, with a nested list.
    struct Order {
        entries: Vec<Entry>,
        tags: Vec<String>,
        lang: Option<&'static str>,
    }

    impl RpcParams for Order {
        const FIELDS: &'static [FieldMeta] = &[];
        fn write_fields(&self, writer: &mut ParamWriter) {
            writer.field("OrderRenewParam", &self.entries, &Rules::NONE);
            writer.field("Tag", &self.tags, &Rules::NONE);
            writer.field("Lang", &self.lang, &Rules::NONE);
            writer.field("Action-Hint", "x", &Rules::NONE);
        }
    }

    fn order(n: usize) -> Order {
        Order {
            entries: entries(n),
            tags: (0..n).map(|i| format!("t{i}")).collect(),
            lang: Some("en"),
        }
    }

    fn written(write: impl Fn(&mut ParamWriter)) -> (Vec<(String, String)>, Params) {
        let mut natural = ParamWriter::new();
        write(&mut natural);
        let mut expected: Vec<(String, String)> = natural
            .finish()
            .unwrap()
            .iter()
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect();
        expected.sort();
        let mut canonical = ParamWriter::canonical();
        write(&mut canonical);
        (expected, canonical.finish().unwrap())
    }

    fn pairs_of(params: &Params) -> Vec<(String, String)> {
        params
            .iter()
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect()
    }

    #[test]
    fn decimal_order_is_the_byte_order_of_the_numbers() {
        for n in [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 12_345] {
            let mut expected: Vec<usize> = (1..=n).collect();
            expected.sort_by_key(|index| index.to_string());
            assert_eq!(
                DecimalOrder::new(n).collect::<Vec<_>>(),
                expected,
                "n = {n}"
            );
        }
    }

    #[test]
    fn the_canonical_writer_yields_the_written_pairs_sorted_by_name() {
        for n in [0, 1, 2, 9, 10, 11, 100, 1000] {
            let value = order(n);
            let (expected, params) = written(|writer| writer.flatten(&value));
            assert!(params.is_sorted_by_name(), "n = {n}");
            assert_eq!(pairs_of(&params), expected, "n = {n}");
        }
    }

    /// Pairs as owned names and values.
    type OwnedPairs = Vec<(String, String)>;

    /// The pairs of a canonical-encoding writer, decoded, in canonical order and as on the wire;
    /// `None` when it leaves them to the raw writer.
    fn encoded_and_decoded(write: impl Fn(&mut ParamWriter)) -> Option<(OwnedPairs, OwnedPairs)> {
        let decode = |text: &str| {
            percent_encoding::percent_decode_str(text)
                .decode_utf8()
                .unwrap()
                .into_owned()
        };
        let mut writer = ParamWriter::canonical_encoding();
        write(&mut writer);
        let pairs = writer.finish_canonical_encoded().unwrap()?;
        let sorted = (0..pairs.len())
            .map(|index| {
                let (name, value) = pairs.pair(index);
                (name.to_owned(), decode(value))
            })
            .collect();
        let wire = pairs
            .into_text()
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap();
                (decode(name), decode(value))
            })
            .collect();
        Some((sorted, wire))
    }

    #[test]
    fn the_canonical_encoding_writer_keeps_the_wire_text_and_the_sorted_pairs() {
        for n in [0, 1, 2, 9, 10, 11, 100, 1000] {
            let mut value = order(n);
            if let Some(entry) = value.entries.first_mut() {
                entry.name = "a b&c=d%e/ü";
            }
            let (expected, _) = written(|writer| writer.flatten(&value));
            let (sorted, mut wire) = encoded_and_decoded(|writer| writer.flatten(&value))
                .expect("unreserved names that do not repeat");
            assert_eq!(sorted, expected, "n = {n}");
            wire.sort();
            assert_eq!(wire, expected, "n = {n}");
        }
    }

    #[test]
    fn the_canonical_encoding_writer_leaves_reserved_or_repeated_names_to_the_raw_writer() {
        let reserved = encoded_and_decoded(|writer| writer.field("Key*", "v", &Rules::NONE));
        assert!(reserved.is_none());
        let repeated = encoded_and_decoded(|writer| {
            writer.field("A", "1", &Rules::NONE);
            writer.field("A", "2", &Rules::NONE);
        });
        assert!(repeated.is_none());
        // Out of order but distinct: sorted at the end.
        let (sorted, _) = encoded_and_decoded(|writer| {
            writer.field("B", "1", &Rules::NONE);
            writer.field("A", &Ordered, &Rules::NONE);
        })
        .unwrap();
        let names: Vec<&str> = sorted.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["A", "A.1", "B"]);
    }

    /// A hand-written value whose pairs come out of order within its scope.
    struct Ordered;

    impl ParamValue for Ordered {
        fn write_value(&self, writer: &mut ParamWriter) {
            writer.entry(1, "one", &Rules::NONE);
            writer.value("self");
        }
    }

    #[test]
    fn names_that_interleave_or_repeat_are_sorted_at_the_end() {
        struct Awkward;
        impl ParamValue for Awkward {
            fn write_value(&self, writer: &mut ParamWriter) {
                // Out of order, repeated, and a dotted name that lands inside another block.
                writer.value("second");
                writer.value("first");
                writer.entry(10, "ten", &Rules::NONE);
                writer.entry(2, "two", &Rules::NONE);
            }
        }
        let (expected, params) = written(|writer| {
            writer.field("A", &vec![1u8, 2, 3], &Rules::NONE);
            writer.field("A.2x", "dotted", &Rules::NONE);
            writer.field("A-B", "dash", &Rules::NONE);
            writer.field("Z", &Awkward, &Rules::NONE);
            writer.field("Z", "again", &Rules::NONE);
            writer.entries(&[Awkward, Awkward]);
        });
        assert!(params.is_sorted_by_name() || expected.windows(2).any(|w| w[0].0 == w[1].0));
        assert_eq!(pairs_of(&params), expected);
    }

    #[test]
    fn entries_after_other_pairs_of_their_scope_are_still_put_in_place() {
        struct Mixed;
        impl ParamValue for Mixed {
            fn write_value(&self, writer: &mut ParamWriter) {
                writer.entry(25, "twenty-five", &Rules::NONE);
                writer.entries(&["a"; 20]);
            }
        }
        let (expected, params) = written(|writer| writer.field("L", &Mixed, &Rules::NONE));
        assert_eq!(pairs_of(&params), expected);
    }

    #[test]
    fn reserved_characters_in_names_are_noticed() {
        let mut writer = ParamWriter::canonical();
        writer.field("Plain", "a b", &Rules::NONE);
        assert!(writer.params.names_are_unreserved());
        writer.field("With Space", "x", &Rules::NONE);
        assert!(!writer.finish().unwrap().names_are_unreserved());
        let pushed: Params = [("Key*", "v")].into_iter().collect();
        assert!(!pushed.names_are_unreserved());
    }

    #[test]
    fn the_encoding_writer_sorts_short_requests_and_keeps_long_ones_as_written() {
        let value = order(3);
        let mut short = ParamWriter::encoding(4096);
        short.flatten(&value);
        let short = short.finish_encoded().unwrap().unwrap();
        let mut canonical = ParamWriter::canonical();
        canonical.flatten(&value);
        let expected: Vec<String> = canonical
            .finish()
            .unwrap()
            .iter()
            .map(|(n, v)| format!("{}={}", crate::percent_encode(n), crate::percent_encode(v)))
            .collect();
        assert_eq!(short, expected.join("&"));

        let mut long = ParamWriter::encoding(10);
        long.flatten(&value);
        let long = long.finish_encoded().unwrap().unwrap();
        assert!(long.starts_with("OrderRenewParam.1.DomainName=a.com&"));
        assert_eq!(long.len(), short.len());

        // A name that percent-encoding changes cannot be sorted as encoded: written again.
        let mut reserved = ParamWriter::encoding(4096);
        reserved.field("A B", "1", &Rules::NONE);
        assert_eq!(reserved.finish_encoded().unwrap(), None);
    }
}
