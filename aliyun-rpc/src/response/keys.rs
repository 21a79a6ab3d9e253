//! The rule every decoder applies to object keys: an object never names one key twice.
//!
//! Two keys are one key when they differ only in ASCII case, as the decoders match keys to fields
//! that way: `{"TaskNo":"A","taskNo":"B"}` repeats `TaskNo` as surely as `{"TaskNo":"A","TaskNo":"B"}`
//! does. Taking either value would be a guess (serde_json keeps the last, a streaming decoder
//! may keep the first), and a guess about a task number or an expiration decides what is ordered.

use std::borrow::Cow;
use std::collections::HashSet;

/// Up to this many keys are compared one by one; beyond, a hash set keeps the check linear.
const FEW: usize = 16;

/// The keys of one object seen so far.
#[derive(Default)]
pub(crate) struct SeenKeys<'a> {
    few: Vec<Cow<'a, str>>,
    /// The lowercased keys, once there are more than [`FEW`].
    many: HashSet<String>,
}

impl<'a> SeenKeys<'a> {
    /// Records `key`; `false` if the object already had it, in this or another case.
    pub(crate) fn insert(&mut self, key: Cow<'a, str>) -> bool {
        if self.many.is_empty() {
            if self.few.iter().any(|seen| seen.eq_ignore_ascii_case(&key)) {
                return false;
            }
            if self.few.len() < FEW {
                self.few.push(key);
                return true;
            }
            self.many = self
                .few
                .drain(..)
                .map(|seen| seen.to_ascii_lowercase())
                .collect();
        }
        self.many.insert(key.to_ascii_lowercase())
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
