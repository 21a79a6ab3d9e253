//! Memory of recently used signature nonces, per AccessKey id, for replay detection.

use std::collections::HashMap;

/// How long a nonce is remembered: the timestamp window, so an older replay is refused anyway
/// as `InvalidTimeStamp.Expired`.
pub(crate) const NONCE_WINDOW_MS: i64 = 15 * 60 * 1000;

/// Nonces seen in the last [`NONCE_WINDOW_MS`], keyed by (AccessKey id, nonce).
#[derive(Debug, Default)]
pub(crate) struct NonceStore {
    seen: HashMap<(String, String), i64>,
    last_prune_ms: i64,
}

impl NonceStore {
    /// Records the nonce; returns `false` if it was already used within the window.
    pub(crate) fn record(&mut self, access_key_id: &str, nonce: &str, now_ms: i64) -> bool {
        if now_ms - self.last_prune_ms > 60_000 {
            self.seen.retain(|_, at| now_ms - *at < NONCE_WINDOW_MS);
            self.last_prune_ms = now_ms;
        }
        let key = (access_key_id.to_owned(), nonce.to_owned());
        match self.seen.get(&key) {
            Some(at) if now_ms - *at < NONCE_WINDOW_MS => false,
            _ => {
                self.seen.insert(key, now_ms);
                true
            }
        }
    }
}

impl NonceStore {
    /// The nonces still within the window at `now_ms`, as (AccessKey id, nonce, ms when seen),
    /// sorted so that saving the same memory twice writes the same bytes.
    pub(crate) fn snapshot(&self, now_ms: i64) -> Vec<(String, String, i64)> {
        let mut recent: Vec<_> = self
            .seen
            .iter()
            .filter(|(_, at)| now_ms - **at < NONCE_WINDOW_MS)
            .map(|((key, nonce), at)| (key.clone(), nonce.clone(), *at))
            .collect();
        recent.sort();
        recent
    }

    /// Remembers nonces saved by [`NonceStore::snapshot`] (e.g. before a restart).
    pub(crate) fn restore(&mut self, recent: &[(String, String, i64)]) {
        for (key, nonce, at) in recent {
            self.seen.insert((key.clone(), nonce.clone()), *at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restored_snapshot_still_refuses_its_nonces_and_drops_expired_ones() {
        let mut store = NonceStore::default();
        assert!(store.record("k", "old", 1_000_000));
        assert!(store.record("k", "n", 1_000_000 + NONCE_WINDOW_MS));
        let snapshot = store.snapshot(1_000_001 + NONCE_WINDOW_MS);
        assert_eq!(
            snapshot,
            [("k".to_owned(), "n".to_owned(), 1_000_000 + NONCE_WINDOW_MS)]
        );
        let mut restarted = NonceStore::default();
        restarted.restore(&snapshot);
        assert!(!restarted.record("k", "n", 1_000_002 + NONCE_WINDOW_MS));
        assert!(restarted.record("k", "old", 1_000_002 + NONCE_WINDOW_MS));
    }

    #[test]
    fn nonce_is_refused_within_the_window_and_per_key() {
        let mut store = NonceStore::default();
        assert!(store.record("k", "n", 1_000_000));
        assert!(!store.record("k", "n", 1_000_001));
        assert!(store.record("other", "n", 1_000_002));
        assert!(store.record("k", "n", 1_000_000 + NONCE_WINDOW_MS));
    }
}
