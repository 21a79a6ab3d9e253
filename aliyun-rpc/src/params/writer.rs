//! [`ParamWriter`]: names each value (`Name.N.Field`), checks its rules, and writes it to the wire.

use crate::encode::{is_unreserved, percent_encode_into};
use crate::rules::{ParamProblem, Problem, Rules};

use super::canonical::{self, DecimalOrder, Placement};
use super::pairs::Params;
use super::traits::{ParamValue, RpcParams};
use super::wire::{PairSpan, WirePairs};

/// The order a [`ParamWriter`] writes list entries in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum EntryOrder {
    /// From 1 up, as declared: for [`ParamWriter::new`], which shows what an action sends and
    /// lists problems in the order a reader expects (`.2` before `.10`).
    #[default]
    Declared,
    /// In canonical order (`1, 10, 11, 2`), with every block kept in place: the client's
    /// writer, whose pairs are then signed with no sort.
    Canonical,
}

/// Whether a child's block of pairs must be put in place among its siblings (canonical order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockPlace {
    /// Compare it with its siblings and move it if it must.
    Find,
    /// It sorts after every sibling written before it.
    InOrder,
}

/// Writes parameters under a growing name, and collects every rule the values break.
///
/// The writer keeps the name of the parameter being written. [`ParamWriter::field`] appends
/// `.Field`, [`ParamWriter::entry`] appends `.N` (counting from 1), and a scalar
/// ([`ParamWriter::value`]) writes one pair under the current name, so nesting composes:
/// `OrderRenewParam.1.DomainName`, `A.1.B.2.C`. Each pair is percent-encoded for the wire as it
/// is written.
///
/// Generated `write_params` bodies hand a structure's field table and values to one runtime
/// function, which calls [`ParamWriter::field`] (or its variants) for each field; hand-written
/// [`ParamValue`] implementations call [`ParamWriter::value`], [`ParamWriter::entry`],
/// [`ParamWriter::entries`] and [`ParamWriter::field`].
#[derive(Debug, Default)]
#[must_use = "a ParamWriter does nothing until `finish` returns its parameters"]
pub struct ParamWriter {
    /// The full raw name a value written now would get.
    pub(super) name: String,
    wire: WirePairs,
    problems: Vec<ParamProblem>,
    order: EntryOrder,
    placement: Placement,
    /// The pairs written now go in the form body (`body_field`).
    in_body: bool,
}

impl ParamWriter {
    /// A writer at the top level, with no name prefix, that keeps the pairs in the order written
    /// and reports problems in that order.
    pub fn new() -> ParamWriter {
        ParamWriter::default()
    }

    /// The client's writer: list entries are written in canonical order and each finished
    /// block is put in place as it comes, so that [`ParamWriter::finish_for_signing`] gives
    /// the pairs sorted without a sort in the usual case. Problems come in that order too.
    pub(crate) fn for_signing() -> ParamWriter {
        ParamWriter {
            order: EntryOrder::Canonical,
            name: String::with_capacity(64),
            wire: WirePairs {
                text: String::with_capacity(1024),
                ..WirePairs::default()
            },
            ..ParamWriter::default()
        }
    }

    /// Whether this is the client's writer, which keeps pairs in canonical order.
    pub(super) fn writes_canonically(&self) -> bool {
        self.order == EntryOrder::Canonical
    }

    /// The full wire name that a value written now would get.
    pub fn current_name(&self) -> &str {
        &self.name
    }

    /// Whether a pair named `name` (in full, encoded) has been written: the client fills
    /// `RegionId` only when the action left it out.
    pub(crate) fn has_written(&self, name: &str) -> bool {
        (0..self.wire.len()).any(|index| self.wire.pair(index).0 == name)
    }

    /// Writes `value` as the field `wire_name` under the current name, after checking `rules`.
    pub fn field<V: ParamValue + ?Sized>(&mut self, wire_name: &str, value: &V, rules: &Rules) {
        // Names are made of wire names, dots and digits: checking each wire name tells whether
        // any full name needs percent-encoding. Such names are put in order at the end.
        if !wire_name.bytes().all(is_unreserved) {
            self.wire.reserved_names = true;
            self.placement.needs_sort = true;
        }
        self.named_child(wire_name, value, rules);
    }

    /// [`field`](Self::field) for a parameter that goes in the form body whatever the request's
    /// size: the metadata's `formData` position, `#[rpc(body)]`.
    pub fn body_field<V: ParamValue + ?Sized>(
        &mut self,
        wire_name: &str,
        value: &V,
        rules: &Rules,
    ) {
        let outer = std::mem::replace(&mut self.in_body, true);
        self.wire.body_pairs = true;
        self.field(wire_name, value, rules);
        self.in_body = outer;
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

    /// A derived structure's field as the writer takes it. Generated code names it in the field
    /// table as well as here, so that a field type without `ParamValue` is reported once, on
    /// the type. Not for hand-written code.
    #[doc(hidden)]
    pub fn declared_value<V: ParamValue>(value: &V) -> &dyn ParamValue {
        value
    }

    /// Writes `value` under the current name followed by `.wire_name`.
    fn named_child<V: ParamValue + ?Sized>(&mut self, wire_name: &str, value: &V, rules: &Rules) {
        let restore = self.name.len();
        if !self.name.is_empty() {
            self.name.push('.');
        }
        self.name.push_str(wire_name);
        self.write_child(restore, value, rules, BlockPlace::Find);
    }

    /// Writes the fields of `value` at the current name, without a prefix of their own.
    pub fn flatten<P: RpcParams + ?Sized>(&mut self, value: &P) {
        value.write_fields(self);
    }

    /// Writes `value` as the list entry `index` (counted from 1) under the current name.
    pub fn entry<V: ParamValue + ?Sized>(&mut self, index: usize, value: &V, rules: &Rules) {
        self.indexed_child(index, value, rules, BlockPlace::Find);
    }

    /// Writes `value` under the current name followed by `.index`.
    fn indexed_child<V: ParamValue + ?Sized>(
        &mut self,
        index: usize,
        value: &V,
        rules: &Rules,
        place: BlockPlace,
    ) {
        let restore = self.name.len();
        self.name.push('.');
        self.name.push_str(itoa::Buffer::new().format(index));
        self.write_child(restore, value, rules, place);
    }

    /// Writes every item as a list entry (`.1`, `.2`, …) under the current name, without rules:
    /// in index order, or, for the client's writer, in canonical order.
    pub fn entries<V: ParamValue>(&mut self, items: &[V]) {
        let (mut declared, mut canonical);
        let indices: &mut dyn Iterator<Item = usize> = match self.order {
            EntryOrder::Declared => {
                declared = 1..=items.len();
                &mut declared
            }
            EntryOrder::Canonical => {
                canonical = DecimalOrder::new(items.len());
                &mut canonical
            }
        };
        // In decimal order each entry's block sorts after the one before (`.1` and `.1.X`
        // before `.10` and `.10.X`, as `.` sorts before every digit), so when nothing else is in
        // the scope no block needs a place found.
        let place = if self.order == EntryOrder::Canonical
            && self.wire.spans.len() == self.placement.scope_start
        {
            BlockPlace::InOrder
        } else {
            BlockPlace::Find
        };
        for (position, index) in indices.enumerate() {
            let before = self.footprint();
            self.indexed_child(index, &items[index - 1], &Rules::NONE, place);
            if position == 0 {
                self.reserve_like(before, items.len());
            }
        }
    }

    /// The bytes and pairs written so far.
    fn footprint(&self) -> (usize, usize) {
        (self.wire.text.len(), self.wire.spans.len())
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
        self.wire.text.reserve(more_text);
        self.wire.spans.reserve(rest * entry_pairs);
    }

    /// Checks and writes one child whose name has just been appended; `restore` is the length of
    /// the parent's name.
    fn write_child<V: ParamValue + ?Sized>(
        &mut self,
        restore: usize,
        value: &V,
        rules: &Rules,
        place: BlockPlace,
    ) {
        value.check_rules(rules, self);
        if self.order == EntryOrder::Canonical {
            let first = self.wire.spans.len();
            let parent_scope = std::mem::replace(&mut self.placement.scope_start, first);
            value.write_value(self);
            self.placement.scope_start = parent_scope;
            if place == BlockPlace::Find {
                let wire = &mut self.wire;
                self.placement
                    .place_block(&mut wire.spans, &wire.text, first, restore);
            }
        } else {
            value.write_value(self);
        }
        self.name.truncate(restore);
    }

    /// Writes one scalar value under the current name.
    pub fn value(&mut self, value: impl Into<String>) {
        self.value_str(&value.into());
    }

    /// Writes one scalar value under the current name: `name=value`, percent-encoded, appended
    /// to the wire text, and its span noted.
    #[inline]
    pub(crate) fn value_str(&mut self, value: &str) {
        let wire = &mut self.wire;
        if self.order == EntryOrder::Canonical {
            self.placement
                .before_value(&wire.spans, &wire.text, &self.name);
        }
        let out = &mut wire.text;
        if !out.is_empty() {
            out.push('&');
        }
        let start = out.len();
        if wire.reserved_names {
            percent_encode_into(out, &self.name);
        } else {
            out.push_str(&self.name);
        }
        let name_end = out.len();
        out.push('=');
        percent_encode_into(out, value);
        wire.spans.push(PairSpan {
            start,
            name_end,
            value_end: out.len(),
            body: self.in_body,
        });
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

    /// The parameters written, in the order written, or every problem found (a name written
    /// twice is one: a request cannot carry it).
    pub fn finish(self) -> Result<Params, Vec<ParamProblem>> {
        let ParamWriter {
            wire, mut problems, ..
        } = self;
        let mut sorted = wire.spans.clone();
        if let Err(repeated) = canonical::sort(&mut sorted, &wire.text, wire.reserved_names) {
            problems.push(repeated_name(&wire.text, repeated));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Params::from_wire(&wire))
    }

    /// The client's writer's pairs, with their spans in canonical order, or every problem found.
    pub(crate) fn finish_for_signing(self) -> Result<WirePairs, Vec<ParamProblem>> {
        let ParamWriter {
            mut wire,
            mut problems,
            placement,
            order,
            ..
        } = self;
        debug_assert_eq!(order, EntryOrder::Canonical);
        if placement.needs_sort
            && let Err(repeated) = canonical::sort(&mut wire.spans, &wire.text, wire.reserved_names)
        {
            problems.push(repeated_name(&wire.text, repeated));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(wire)
    }
}

/// The problem of a name written more than once.
fn repeated_name(text: &str, span: PairSpan) -> ParamProblem {
    ParamProblem {
        name: percent_encoding::percent_decode_str(span.name(text))
            .decode_utf8_lossy()
            .into_owned(),
        problem: Problem::Repeated,
    }
}
