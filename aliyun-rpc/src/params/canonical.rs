//! Canonical order: the one order in which a request's pairs are signed.
//!
//! Alibaba's signers (V1 and V3 alike, in every official SDK) take the parameters as a map and
//! sort them by the raw name, byte by byte (for Python's `sorted`, code point by code point, which
//! is the same order for UTF-8). Everything in this crate that orders pairs asks this module:
//!
//! - [`compare_names`] compares two names as they lie in the wire text. For names of unreserved
//!   characters only (every name `#[derive]` writes: wire names, dots and digits) the encoded
//!   name is the raw one and the comparison is a plain byte comparison. A name with any other
//!   character may sort otherwise once encoded (`Key=` is `Key%3D`, which sorts before `Key0`
//!   raw but after it encoded), so then both names are compared percent-decoded.
//! - [`DecimalOrder`] gives list indices in the order their names sort (`1, 10, 100, 11, …, 2`),
//!   so that a writer can write a list's entries in canonical order and never sort them.
//! - [`Placement`] keeps a writer's pairs in canonical order as they are written: each finished
//!   block (the pairs of one field or entry) usually sorts after its predecessor, which costs
//!   one comparison; otherwise it is moved into place, or, past a budget of moves, the pairs are
//!   sorted once at the end by [`sort`].
//! - [`sort_raw_pairs`] orders raw pairs for the reference signing functions (`sign::sign_v1`,
//!   `sign::sign_v3`), which take pairs as given.
//! - Two pairs with the same name cannot be ordered (the SDKs' maps could not even hold them),
//!   so [`sort`] reports the first repeated name, and the client refuses such a request.

use std::cmp::Ordering;

use percent_encoding::percent_decode;

use super::wire::PairSpan;

/// Compares two names as written to the wire, in the order of their raw forms. With
/// `reserved_names` false the caller promises that neither has an encoded character.
#[inline]
pub(crate) fn compare_names(a: &str, b: &str, reserved_names: bool) -> Ordering {
    if reserved_names {
        percent_decode(a.as_bytes()).cmp(percent_decode(b.as_bytes()))
    } else {
        a.as_bytes().cmp(b.as_bytes())
    }
}

/// Sorts raw (unencoded) pairs into canonical order, for the reference signing functions, which
/// take any pairs: a tie on a repeated name (which the client refuses) is broken by the value,
/// so that both sides of a test sign such pairs alike.
pub(crate) fn sort_raw_pairs(pairs: &mut [(&str, &str)]) {
    pairs.sort_unstable_by(|a, b| {
        compare_names(a.0, b.0, false).then_with(|| a.1.as_bytes().cmp(b.1.as_bytes()))
    });
}

/// Sorts `spans` (pairs in `text`) into canonical order; on a repeated name, returns one of
/// its pairs (the spans are sorted all the same).
pub(crate) fn sort(
    spans: &mut [PairSpan],
    text: &str,
    reserved_names: bool,
) -> Result<(), PairSpan> {
    let order =
        |a: &PairSpan, b: &PairSpan| compare_names(a.name(text), b.name(text), reserved_names);
    spans.sort_unstable_by(order);
    match spans
        .windows(2)
        .find(|two| order(&two[0], &two[1]) == Ordering::Equal)
    {
        Some(two) => Err(two[0]),
        None => Ok(()),
    }
}

/// A writer's progress in keeping its pairs in canonical order as they are written.
#[derive(Debug, Default)]
pub(crate) struct Placement {
    /// The first pair of the field or entry being written: every pair from here on has a name
    /// that starts with the name that field or entry had when it started.
    pub(crate) scope_start: usize,
    /// Pairs moved so far to put blocks in place, against a budget.
    moved: usize,
    /// The pairs could not be kept in order as they were written (repeated or interleaving
    /// names, names that need encoding, or too many moves): [`sort`] puts them in order at
    /// the end instead.
    pub(crate) needs_sort: bool,
}

impl Placement {
    /// Before a scalar is written under `name` in the current scope: a second value in one
    /// scope (from a hand-written `ParamValue`) must sort after the pairs before it.
    #[inline]
    pub(crate) fn before_value(&mut self, spans: &[PairSpan], text: &str, name: &str) {
        if spans.len() > self.scope_start && !self.needs_sort {
            let last = spans[spans.len() - 1].name(text);
            if last.as_bytes() >= name.as_bytes() {
                self.needs_sort = true;
            }
        }
    }

    /// Moves the block of pairs from `first` to the end (sorted within itself) to its place
    /// among the earlier siblings of its scope, whose names all share their first `prefix`
    /// bytes. Leaves the job to [`sort`] when the block cannot simply be moved.
    pub(crate) fn place_block(
        &mut self,
        spans: &mut [PairSpan],
        text: &str,
        first: usize,
        prefix: usize,
    ) {
        let end = spans.len();
        if first == end || first == self.scope_start || self.needs_sort {
            return;
        }
        // Bytes, not `str`: names are ASCII here (reserved names are sorted at the end), and
        // byte slices need no character-boundary checks.
        let bytes = text.as_bytes();
        let key = |spans: &[PairSpan], index: usize| {
            &bytes[spans[index].start + prefix..spans[index].name_end]
        };
        let block_first = key(spans, first);
        if sorts_before(key(spans, first - 1), block_first) {
            // Already in place: the usual case (entries and fields come in name order).
            return;
        }
        let scope = self.scope_start;
        let position = scope
            + spans[scope..first]
                .partition_point(|span| &bytes[span.start + prefix..span.name_end] < block_first);
        // A repeated name, or a block whose names interleave with its neighbour's, cannot be
        // moved whole; nor is it worth moving pairs without end.
        let repeated = key(spans, position) == block_first;
        let interleaves = key(spans, end - 1) >= key(spans, position);
        self.moved += end - position;
        if repeated || interleaves || self.moved > 4 * end + 64 {
            self.needs_sort = true;
            return;
        }
        spans[position..end].rotate_right(end - first);
    }
}

/// `a < b`, comparing the first bytes inline: sibling names after their shared prefix
/// (`.CurrentExpirationDate` against `.DomainName`) usually differ within a few bytes, where a
/// call to the general comparison costs more than the comparison itself.
#[inline]
fn sorts_before(a: &[u8], b: &[u8]) -> bool {
    const INLINE: usize = 8;
    for (x, y) in a.iter().zip(b).take(INLINE) {
        if x != y {
            return x < y;
        }
    }
    a < b
}

/// The numbers `1..=n` in the byte order of their decimal forms (`1, 10, 100, 11, …, 2, 20, …`):
/// the order that list entries' names (`Name.N` or `Name.N.Field`) sort in, since `.` and the end
/// of the name sort before every digit.
#[derive(Debug, Clone)]
pub(crate) struct DecimalOrder {
    next: usize,
    last: usize,
    remaining: usize,
}

impl DecimalOrder {
    /// `1..=last` in decimal-string order.
    pub(crate) fn new(last: usize) -> DecimalOrder {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn names_compare_by_their_raw_bytes_even_when_encoded() {
        // Raw, `Key=` (0x3D) sorts after `Key0` (0x30); encoded, `Key%3D` would sort before it.
        assert_eq!(compare_names("Key%3D", "Key0", true), Ordering::Greater);
        assert_eq!(compare_names("Key%3D", "Key0", false), Ordering::Less);
        // U+00E9 is 0xC3 0xA9 raw, after every ASCII byte.
        assert_eq!(compare_names("Key%C3%A9", "Key~", true), Ordering::Greater);
        assert_eq!(compare_names("A.1", "A.10", false), Ordering::Less);
        assert_eq!(compare_names("A%20B", "A%20B", true), Ordering::Equal);
    }
}
