//! The rule every decoder applies to object keys: an object never names one key twice.
//!
//! Two keys are one key when they differ only in ASCII case, as the decoders match keys to fields
//! that way: `{"TaskNo":"A","taskNo":"B"}` repeats `TaskNo` as surely as `{"TaskNo":"A","TaskNo":"B"}`
//! does. Taking either value would be a guess (serde_json keeps the last, a streaming decoder
//! may keep the first), and a guess about a task number or an expiration decides what is ordered.
//!
//! Keys are read borrowed from the body where they can be ([`KeyText`]), so that remembering
//! them costs no copy.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::de::{self, Deserializer, Visitor};

/// Up to this many keys are compared one by one, kept inline (most objects have fewer, and the
/// fast path then allocates nothing); beyond, a hash set keeps the check linear.
const FEW: usize = 16;

/// The keys of one object seen so far.
pub(crate) struct SeenKeys<'a> {
    few: [Option<Cow<'a, str>>; FEW],
    count: usize,
    /// Every key, once there are more than [`FEW`].
    many: HashSet<Folded<'a>>,
}

impl Default for SeenKeys<'_> {
    fn default() -> Self {
        SeenKeys {
            few: [const { None }; FEW],
            count: 0,
            many: HashSet::new(),
        }
    }
}

impl<'a> SeenKeys<'a> {
    /// Records `key`; `false` if the object already had it, in this or another case.
    pub(crate) fn insert(&mut self, key: Cow<'a, str>) -> bool {
        if self.count < FEW {
            let mut seen = self.few[..self.count].iter().flatten();
            if seen.any(|seen| seen.eq_ignore_ascii_case(&key)) {
                return false;
            }
            self.few[self.count] = Some(key);
            self.count += 1;
            return true;
        }
        if self.many.is_empty() {
            self.many = self
                .few
                .iter_mut()
                .filter_map(Option::take)
                .map(Folded)
                .collect();
        }
        self.many.insert(Folded(key))
    }
}

/// A key compared and hashed without regard to ASCII case, with no lowercased copy.
struct Folded<'a>(Cow<'a, str>);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for byte in self.0.bytes() {
            state.write_u8(byte.to_ascii_lowercase());
        }
        // A terminator, as `str` hashes with, so that no key's hash is a prefix of another's.
        state.write_u8(0xff);
    }
}

/// An object key, borrowed from the body when it has no escapes.
pub(crate) struct KeyText<'de>(pub(crate) Cow<'de, str>);

impl<'de> de::Deserialize<'de> for KeyText<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = KeyText<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Borrowed(key)))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Owned(key)))
    }
}

/// The error text for an object that repeats `key`; a hostile key is quoted and cut short.
pub(crate) fn repeated(key: &str) -> String {
    const LONGEST: usize = 64;
    let mut shown: String = key.chars().take(LONGEST).collect();
    if shown.len() < key.len() {
        shown.push('…');
    }
    format!("an object repeats the key {shown:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_repeated_in_any_case_is_refused_below_and_above_the_hash_threshold() {
        for count in [1, FEW - 1, FEW, FEW + 1, 200] {
            let mut seen = SeenKeys::default();
            for index in 0..count {
                assert!(seen.insert(Cow::Owned(format!("Key{index}"))), "{count}");
            }
            assert!(!seen.insert(Cow::Borrowed("Key0")), "{count}");
            assert!(!seen.insert(Cow::Borrowed("KEY0")), "{count}");
            let last = format!("key{}", count - 1);
            assert!(!seen.insert(Cow::Owned(last)), "{count}");
            assert!(seen.insert(Cow::Borrowed("Other")), "{count}");
        }
    }

    #[test]
    fn the_error_quotes_a_hostile_key_and_cuts_it_short() {
        assert_eq!(repeated("TaskNo"), r#"an object repeats the key "TaskNo""#);
        let long = repeated(&"\n".repeat(1000));
        assert!(long.len() < 200, "{long}");
        assert!(!long.contains('\n'));
    }
}
