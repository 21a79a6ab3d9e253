//! [`AcceptedWindow`]: how many answers the service gave an action lately, counted without a lock.

use std::sync::atomic::{AtomicU64, Ordering};

/// Slots of the ring; the window is their span.
const SLOTS: u64 = 8;
/// Bits of a slot's word that hold its count; the rest hold the slot's tick.
const COUNT_BITS: u32 = 24;
const COUNT_MASK: u64 = (1 << COUNT_BITS) - 1;

/// A ring of counters over the last `SLOTS` ticks of `slot_ms` each. Each slot packs its tick
/// and its count in one word, so that a slot is reused for a later tick by one compare-and-swap:
/// recording is lock-free and allocation-free.
#[derive(Debug)]
pub(crate) struct AcceptedWindow {
    slot_ms: u64,
    slots: [AtomicU64; SLOTS as usize],
}

impl AcceptedWindow {
    /// A window spanning about `window_ms`.
    pub(crate) fn new(window_ms: u64) -> AcceptedWindow {
        AcceptedWindow {
            slot_ms: (window_ms / SLOTS).max(1),
            slots: std::array::from_fn(|_| AtomicU64::new(0)),
        }
    }

    /// Counts one answer at `now_ms`.
    pub(crate) fn record(&self, now_ms: u64) {
        let tick = now_ms / self.slot_ms;
        let slot = &self.slots[(tick % SLOTS) as usize];
        let mut current = slot.load(Ordering::Relaxed);
        loop {
            let next = if current >> COUNT_BITS == tick {
                // A full slot stays full rather than carrying into the tick.
                current + u64::from(current & COUNT_MASK < COUNT_MASK)
            } else {
                (tick << COUNT_BITS) | 1
            };
            match slot.compare_exchange_weak(current, next, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return,
                Err(actual) => current = actual,
            }
        }
    }

    /// The answers counted in the window that ends at `now_ms`, and the milliseconds it spans.
    pub(crate) fn count(&self, now_ms: u64) -> (u64, u64) {
        let tick = now_ms / self.slot_ms;
        let total = self
            .slots
            .iter()
            .map(|slot| slot.load(Ordering::Relaxed))
            .filter(|word| {
                tick.saturating_sub(word >> COUNT_BITS) < SLOTS && word >> COUNT_BITS <= tick
            })
            .map(|word| word & COUNT_MASK)
            .sum();
        (
            total,
            (SLOTS - 1) * self.slot_ms + now_ms % self.slot_ms + 1,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_what_falls_in_the_window_and_forgets_older_answers() {
        let window = AcceptedWindow::new(800);
        for ms in 0..100 {
            window.record(ms * 5);
        }
        assert_eq!(window.count(499).0, 100);
        // 1,000 ms on, the slots of the first 200 ms have been left behind.
        assert_eq!(window.count(1_000).0, 40);
        assert_eq!(window.count(10_000).0, 0);
        window.record(10_000);
        assert_eq!(window.count(10_000), (1, 701));
    }
}
