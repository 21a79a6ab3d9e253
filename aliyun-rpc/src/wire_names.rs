//! The compile-time check that a derived action's wire names are parameter names of its product
//! ([`Product::PARAMETER_NAMES`](crate::Product::PARAMETER_NAMES)).
//!
//! Every sent field of every action is looked up in a constant, so the lookup must be cheap for
//! the compiler's interpreter, which runs a few thousand times slower than compiled code: a
//! product's names are hashed once into a [`NameTable`] (one constant per product, which the
//! compiler evaluates once), and a wire name is then one hash and a probe or two. Only a name
//! the table does not hold, a mistake the build is about to report, is compared with the names
//! one by one, to tell a name in other letter case from an unknown one.

/// How a wire name stands against a product's [`Product::PARAMETER_NAMES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WireNameCheck {
    /// The product lists the name, or lists no names at all.
    Known,
    /// The product lists the name in other letter case (`DBInstanceId` for `DbInstanceId`).
    CaseDiffers,
    /// The product lists no such name.
    Unknown,
}

/// Looks `wire` up in `names`: a name is known when listed as it is, or as the prefix of a
/// flattened name (`CpuOptions` in `CpuOptions.Core`). Generated code calls it in a constant, so
/// that a misspelt wire name fails to compile.
///
/// Every field of every action evaluates it at compile time, so the usual case is a binary search
/// (the generated lists are sorted by bytes); only a miss, or a list in another order, scans the
/// whole list, which also tells a name in other letter case from an unknown one.
pub(crate) const fn check_wire_name(names: &[&str], wire: &str) -> WireNameCheck {
    if names.is_empty() || listed_in_sorted(names, wire.as_bytes()) {
        return WireNameCheck::Known;
    }
    let mut case_differs = false;
    let mut index = 0;
    while index < names.len() {
        match compare_prefix(names[index].as_bytes(), wire.as_bytes()) {
            NameMatch::Exact => return WireNameCheck::Known,
            NameMatch::IgnoringCase => case_differs = true,
            NameMatch::No => {}
        }
        index += 1;
    }
    if case_differs {
        WireNameCheck::CaseDiffers
    } else {
        WireNameCheck::Unknown
    }
}

/// Whether `names`, taken as sorted by bytes, hold `wire` exactly or as the prefix of a
/// flattened name. From the first name not below `wire`, the names that start with it follow one
/// another (`Tag`, `Tag.1.Key`, `TagKey`); one of them must be `wire` or go on with `.`.
const fn listed_in_sorted(names: &[&str], wire: &[u8]) -> bool {
    let (mut low, mut high) = (0, names.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if bytes_below(names[middle].as_bytes(), wire) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    while low < names.len() && starts_with(names[low].as_bytes(), wire) {
        if matches!(
            compare_prefix(names[low].as_bytes(), wire),
            NameMatch::Exact
        ) {
            return true;
        }
        low += 1;
    }
    false
}

/// Whether `a` sorts before `b`, byte by byte.
const fn bytes_below(a: &[u8], b: &[u8]) -> bool {
    let mut index = 0;
    while index < a.len() && index < b.len() {
        if a[index] != b[index] {
            return a[index] < b[index];
        }
        index += 1;
    }
    a.len() < b.len()
}

/// Whether `text` starts with `prefix`, byte for byte.
const fn starts_with(text: &[u8], prefix: &[u8]) -> bool {
    if text.len() < prefix.len() {
        return false;
    }
    let mut index = 0;
    while index < prefix.len() {
        if text[index] != prefix[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// How a listed name matches a wire name.
enum NameMatch {
    Exact,
    IgnoringCase,
    No,
}

/// Whether `listed` is `wire`, or starts with `wire` followed by `.`, exactly or ignoring ASCII case.
const fn compare_prefix(listed: &[u8], wire: &[u8]) -> NameMatch {
    if listed.len() < wire.len() || (listed.len() > wire.len() && listed[wire.len()] != b'.') {
        return NameMatch::No;
    }
    let mut exact = true;
    let mut index = 0;
    while index < wire.len() {
        if listed[index] != wire[index] {
            if !listed[index].eq_ignore_ascii_case(&wire[index]) {
                return NameMatch::No;
            }
            exact = false;
        }
        index += 1;
    }
    if exact {
        NameMatch::Exact
    } else {
        NameMatch::IgnoringCase
    }
}

/// A product's parameter names, and every prefix of them that ends before a `.` (`CpuOptions`
/// of `CpuOptions.Core`), as 64-bit FNV-1a hashes in an open-addressed table.
///
/// Built by [`NameTable::of`] in a constant; a product with more names than the table holds at
/// half load gets a table marked incomplete, and lookups then search the list itself.
#[derive(Debug, Clone, Copy)]
pub struct NameTable {
    /// The names the table is made of, searched when it is incomplete.
    names: &'static [&'static str],
    /// Hashes, each at its home slot or after it; 0 is an empty slot (a hash of 0 is stored as 1).
    slots: [u64; TABLE_SLOTS],
    /// Whether the product lists any names (an empty list knows every name).
    listed: bool,
    /// Whether every name and prefix went in.
    complete: bool,
}

/// Slots in a [`NameTable`]: 32 KiB per product, enough for 2,048 names and prefixes at half load.
const TABLE_SLOTS: usize = 4096;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// One byte more of an FNV-1a hash.
const fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ byte as u64).wrapping_mul(FNV_PRIME)
}

/// The value a hash is stored as: never 0, which marks an empty slot.
const fn stored(hash: u64) -> u64 {
    if hash == 0 { 1 } else { hash }
}

impl NameTable {
    /// The table of `names` and their prefixes before each `.`.
    pub const fn of(names: &'static [&'static str]) -> NameTable {
        let mut table = NameTable {
            names,
            slots: [0; TABLE_SLOTS],
            listed: !names.is_empty(),
            complete: true,
        };
        let mut held = 0;
        let mut index = 0;
        while index < names.len() {
            let bytes = names[index].as_bytes();
            let mut hash = FNV_OFFSET;
            let mut at = 0;
            // The hash so far at each `.` is the hash of the prefix before it.
            while at <= bytes.len() {
                if at == bytes.len() || bytes[at] == b'.' {
                    match table.insert(stored(hash)) {
                        Insert::Added => held += 1,
                        Insert::Present => {}
                    }
                    if held > TABLE_SLOTS / 2 {
                        table.complete = false;
                        return table;
                    }
                }
                if at < bytes.len() {
                    hash = fnv_step(hash, bytes[at]);
                }
                at += 1;
            }
            index += 1;
        }
        table
    }

    /// Puts `hash` in its slot or the first empty one after it, unless it is there already.
    const fn insert(&mut self, hash: u64) -> Insert {
        let mut slot = (hash as usize) % TABLE_SLOTS;
        loop {
            if self.slots[slot] == hash {
                return Insert::Present;
            }
            if self.slots[slot] == 0 {
                self.slots[slot] = hash;
                return Insert::Added;
            }
            slot = (slot + 1) % TABLE_SLOTS;
        }
    }

    /// Whether the table holds the (stored) hash of a name.
    const fn holds(&self, hash: u64) -> bool {
        let mut slot = (hash as usize) % TABLE_SLOTS;
        loop {
            if self.slots[slot] == hash {
                return true;
            }
            if self.slots[slot] == 0 {
                return false;
            }
            slot = (slot + 1) % TABLE_SLOTS;
        }
    }
}

/// What [`NameTable::insert`] did.
enum Insert {
    Added,
    Present,
}

/// The index of the first of a struct's wire names, given as their 64-bit FNV-1a hashes
/// (which `#[derive(Rpc)]` computes as it expands), that the product does not list; `None` when
/// it lists them all. Generated code evaluates it once per struct, in a constant, and only for a
/// name it returns does it compare the name itself with the list (`check_wire_name`) to say
/// what is wrong.
pub const fn first_missing_name<const N: usize>(
    table: &NameTable,
    hashes: [u64; N],
) -> Option<usize> {
    if !table.listed {
        return None;
    }
    let mut index = 0;
    while index < N {
        let held = if table.complete {
            table.holds(stored(hashes[index]))
        } else {
            listed_by_hash(table.names, stored(hashes[index]))
        };
        if !held {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// The error of a field whose wire name `first_missing_name` found missing: `case_differs`
/// when the product lists `wire` in other letter case, else `unknown`. The generated constant
/// panics with it, on the field.
pub const fn wire_name_error<'m>(
    table: &NameTable,
    wire: &str,
    case_differs: &'m str,
    unknown: &'m str,
) -> &'m str {
    match check_wire_name(table.names, wire) {
        WireNameCheck::CaseDiffers => case_differs,
        _ => unknown,
    }
}

/// The 64-bit FNV-1a hash of a wire name, as [`NameTable`] stores it (before [`stored`]).
/// `#[derive(Rpc)]` computes the same hash of each field's wire name when it expands, so that the
/// compiler's interpreter need not; the tests here use this one.
#[cfg(test)]
const fn wire_name_hash(wire: &str) -> u64 {
    let bytes = wire.as_bytes();
    let mut hash = FNV_OFFSET;
    let mut at = 0;
    while at < bytes.len() {
        hash = fnv_step(hash, bytes[at]);
        at += 1;
    }
    hash
}

/// Whether one of `names`, or a prefix of one before a `.`, has the hash `hash` (stored form):
/// the search of a product with more names than its table holds.
const fn listed_by_hash(names: &[&str], hash: u64) -> bool {
    let mut index = 0;
    while index < names.len() {
        let bytes = names[index].as_bytes();
        let mut state = FNV_OFFSET;
        let mut at = 0;
        while at <= bytes.len() {
            if (at == bytes.len() || bytes[at] == b'.') && stored(state) == hash {
                return true;
            }
            if at < bytes.len() {
                state = fnv_step(state, bytes[at]);
            }
            at += 1;
        }
        index += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const SORTED: &[&str] = &["DBInstanceId", "Lang", "Tag", "Tag.1.Key", "TagKey", "Zone"];

    #[test]
    fn wire_names_are_found_in_a_sorted_list_exactly_or_as_a_flattened_prefix() {
        for (wire, expected) in [
            ("Lang", WireNameCheck::Known),
            ("Tag", WireNameCheck::Known),
            ("TagKey", WireNameCheck::Known),
            ("Zone", WireNameCheck::Known),
            ("Tag.1", WireNameCheck::Known),
            ("DbInstanceId", WireNameCheck::CaseDiffers),
            ("Ta", WireNameCheck::Unknown),
            ("Zones", WireNameCheck::Unknown),
            ("A", WireNameCheck::Unknown),
        ] {
            assert_eq!(check_wire_name(SORTED, wire), expected, "{wire}");
        }
    }

    #[test]
    fn a_list_in_another_order_is_still_searched_whole() {
        let unsorted = ["Zone", "Tag.1.Key", "Lang"];
        assert!(
            !listed_in_sorted(&unsorted, b"Lang"),
            "the binary search misses it"
        );
        assert_eq!(check_wire_name(&unsorted, "Lang"), WireNameCheck::Known);
        assert_eq!(check_wire_name(&unsorted, "Tag"), WireNameCheck::Known);
        assert_eq!(check_wire_name(&[], "Anything"), WireNameCheck::Known);
    }

    #[test]
    fn the_table_holds_every_name_and_every_prefix_before_a_dot() {
        const TABLE: NameTable = NameTable::of(SORTED);
        let holds = |wire| TABLE.holds(stored(wire_name_hash(wire)));
        for wire in [
            "Lang",
            "Tag",
            "Tag.1",
            "Tag.1.Key",
            "TagKey",
            "Zone",
            "DBInstanceId",
        ] {
            assert!(holds(wire), "{wire}");
        }
        for wire in ["Ta", "Tag.1.", "Zones", "DbInstanceId", ""] {
            assert!(!holds(wire), "{wire}");
        }
    }

    #[test]
    fn the_first_missing_name_of_a_struct_is_found_by_its_hash() {
        const TABLE: NameTable = NameTable::of(SORTED);
        let first = |wires: [&str; 3]| first_missing_name(&TABLE, wires.map(wire_name_hash));
        assert_eq!(first(["Lang", "Tag", "Tag.1"]), None);
        assert_eq!(first(["Lang", "DbInstanceId", "Zones"]), Some(1));
        assert_eq!(first(["Zones", "DbInstanceId", "Lang"]), Some(0));
        const NO_NAMES: NameTable = NameTable::of(&[]);
        assert_eq!(
            first_missing_name(&NO_NAMES, [wire_name_hash("Anything")]),
            None
        );
    }

    #[test]
    fn a_product_with_more_names_than_the_table_holds_is_searched_instead() {
        let names: Vec<&'static str> = (0..3000)
            .map(|index| &*format!("Name{index:04}.Part").leak())
            .collect();
        let names: &'static [&'static str] = names.leak();
        let table = NameTable::of(names);
        assert!(!table.complete);
        let first = |wires: [&str; 2]| first_missing_name(&table, wires.map(wire_name_hash));
        assert_eq!(first(["Name2999", "Name0000.Part"]), None);
        assert_eq!(first(["Name0001", "NAME0001"]), Some(1));
        assert_eq!(first(["Name3000", "Name0001"]), Some(0));
    }
}
