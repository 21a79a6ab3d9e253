//! The compile-time check that a derived action's wire names are parameter names of its product
//! ([`Product::PARAMETER_NAMES`](crate::Product::PARAMETER_NAMES)).
//!
//! Every sent field of every action is looked up in a constant, so the lookup must be cheap for
//! the compiler's interpreter, which runs a few thousand times slower than compiled code: a
//! product's names are hashed once into a [`NameTable`] (one constant per product, which the
//! compiler evaluates once per crate), `#[derive(Rpc)]` hashes each wire name as it expands, and a
//! lookup is then a probe or two.

/// A product's parameter names, and every prefix of them that ends before a `.` (`CpuOptions`
/// of `CpuOptions.Core`), as 64-bit FNV-1a hashes in an open-addressed table.
///
/// Built by [`NameTable::of`] in a constant. A product with more names than the table holds at
/// half load gets a table marked incomplete, and its lookups hash the list itself instead.
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
        table.complete = visit_hashes(names, Visit::Insert(&mut table.slots, &mut held));
        table
    }

    /// Whether the product lists a name with this (stored) hash, or one it is a `.`-prefix of.
    const fn holds(&self, hash: u64) -> bool {
        if !self.complete {
            return visit_hashes(self.names, Visit::Find(hash));
        }
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

/// The index of the first of a struct's wire names, given as their 64-bit FNV-1a hashes (which
/// `#[derive(Rpc)]` computes as it expands), that the product does not list; `None` when it lists
/// them all, or lists no names. Generated code evaluates it once per struct, in a constant that
/// fails to compile, on the field, when it returns an index.
pub const fn first_missing_name<const N: usize>(
    table: &NameTable,
    hashes: [u64; N],
) -> Option<usize> {
    if !table.listed {
        return None;
    }
    let mut index = 0;
    while index < N {
        if !table.holds(stored(hashes[index])) {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// What [`visit_hashes`] does with each (stored) hash of a name or prefix.
enum Visit<'t> {
    /// Put it in these slots, counting the hashes added; stop when they are half full.
    Insert(&'t mut [u64; TABLE_SLOTS], &'t mut usize),
    /// Stop when it is this hash.
    Find(u64),
}

/// Hashes every name of `names` and every prefix of one before a `.`: FNV-1a runs byte by byte,
/// so its state at each `.` is the hash of the prefix before it. Returns, for `Insert`, whether
/// every hash went in; for `Find`, whether the hash was met. (The loop is written out, without
/// helper calls: each call costs the compiler's interpreter more than the arithmetic.)
const fn visit_hashes(names: &[&str], mut visit: Visit<'_>) -> bool {
    let mut index = 0;
    while index < names.len() {
        let bytes = names[index].as_bytes();
        let mut hash = FNV_OFFSET;
        let mut at = 0;
        loop {
            if at == bytes.len() || bytes[at] == b'.' {
                let hash = stored(hash);
                match &mut visit {
                    Visit::Find(wanted) if *wanted == hash => return true,
                    Visit::Find(_) => {}
                    Visit::Insert(slots, held) => {
                        let mut slot = (hash as usize) % TABLE_SLOTS;
                        while slots[slot] != 0 && slots[slot] != hash {
                            slot = (slot + 1) % TABLE_SLOTS;
                        }
                        if slots[slot] == 0 {
                            slots[slot] = hash;
                            **held += 1;
                            if **held > TABLE_SLOTS / 2 {
                                return false;
                            }
                        }
                    }
                }
                if at == bytes.len() {
                    break;
                }
            }
            hash = (hash ^ bytes[at] as u64).wrapping_mul(FNV_PRIME);
            at += 1;
        }
        index += 1;
    }
    matches!(visit, Visit::Insert(..))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SORTED: &[&str] = &["DBInstanceId", "Lang", "Tag", "Tag.1.Key", "TagKey", "Zone"];

    /// The hash `#[derive(Rpc)]` computes of a wire name.
    fn hash(wire: &str) -> u64 {
        wire.bytes().fold(FNV_OFFSET, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
        })
    }

    #[test]
    fn the_table_holds_every_name_and_every_prefix_before_a_dot() {
        const TABLE: NameTable = NameTable::of(SORTED);
        let holds = |wire| TABLE.holds(stored(hash(wire)));
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
        for wire in ["Ta", "Tag.1.", "Zones", "DbInstanceId", "lang", ""] {
            assert!(!holds(wire), "{wire}");
        }
    }

    #[test]
    fn the_first_missing_name_of_a_struct_is_found_by_its_hash() {
        const TABLE: NameTable = NameTable::of(SORTED);
        let first = |wires: [&str; 3]| first_missing_name(&TABLE, wires.map(hash));
        assert_eq!(first(["Lang", "Tag", "Tag.1"]), None);
        assert_eq!(first(["Lang", "DbInstanceId", "Zones"]), Some(1));
        assert_eq!(first(["Zones", "DbInstanceId", "Lang"]), Some(0));
        const NO_NAMES: NameTable = NameTable::of(&[]);
        assert_eq!(first_missing_name(&NO_NAMES, [hash("Anything")]), None);
    }

    #[test]
    fn a_product_with_more_names_than_the_table_holds_is_searched_instead() {
        let names: Vec<&'static str> = (0..3000)
            .map(|index| &*format!("Name{index:04}.Part").leak())
            .collect();
        let table = NameTable::of(names.leak());
        assert!(!table.complete);
        let first = |wires: [&str; 2]| first_missing_name(&table, wires.map(hash));
        assert_eq!(first(["Name2999", "Name0000.Part"]), None);
        assert_eq!(first(["Name0001", "NAME0001"]), Some(1));
        assert_eq!(first(["Name3000", "Name0001"]), Some(0));
    }
}
