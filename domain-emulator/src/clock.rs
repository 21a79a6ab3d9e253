//! The emulator's business clock: the system clock plus an offset that tests move forward, so
//! that domains come close to expiry, or tasks finish, at once.
//!
//! Only the account's view of time moves: expiry, task stages and task dates. Request time stamps
//! are still checked against the system clock, since clients sign with theirs.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use crate::calendar::now_ms;

/// System time plus a settable offset, in milliseconds.
#[derive(Debug, Default)]
pub(crate) struct Clock {
    offset_ms: AtomicI64,
}

impl Clock {
    /// The emulator's current time, ms since the Unix epoch.
    pub(crate) fn now_ms(&self) -> i64 {
        now_ms().saturating_add(self.offset_ms())
    }

    /// How far ahead of the system clock the emulator is.
    pub(crate) fn offset_ms(&self) -> i64 {
        self.offset_ms.load(Ordering::SeqCst)
    }

    /// Moves the clock `by` forward; it never moves back except through [`Clock::reset`].
    pub(crate) fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        // fetch_update never fails with a closure that always returns Some.
        let _ = self
            .offset_ms
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |offset| {
                Some(offset.saturating_add(by))
            });
    }

    /// Back to the system clock.
    pub(crate) fn reset(&self) {
        self.offset_ms.store(0, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advancing_moves_the_clock_ahead_and_reset_brings_it_back() {
        let clock = Clock::default();
        clock.advance(Duration::from_secs(86_400));
        assert_eq!(clock.offset_ms(), 86_400_000);
        assert!(clock.now_ms() - now_ms() >= 86_400_000 - 1_000);
        clock.reset();
        assert_eq!(clock.offset_ms(), 0);
    }
}
