//! The emulator's business clock: the system clock plus an offset that tests move forward, so
//! that domains come close to expiry, or tasks finish, at once.
//!
//! Only the account's view of time moves: expiry, task stages and task dates. Request time stamps
//! are still checked against the system clock, since clients sign with theirs.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use crate::calendar::now_ms;

/// The latest time the clock reaches: the last millisecond of the year 9999 in China Standard
/// Time (UTC+8), the zone the API prints dates in, so every printed date keeps a four-digit year
/// and no date arithmetic comes near overflowing.
pub(crate) const LATEST_MS: i64 = 253_402_300_799_999 - 8 * 3_600_000;

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

    /// Moves the clock `by` forward, but never past [`LATEST_MS`]; it never moves back except
    /// through [`Clock::reset`].
    pub(crate) fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        let furthest = LATEST_MS.saturating_sub(now_ms());
        // fetch_update never fails with a closure that always returns Some.
        let _ = self
            .offset_ms
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |offset| {
                Some(offset.saturating_add(by).min(furthest).max(offset))
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

    #[test]
    fn the_clock_stops_at_the_end_of_year_9999() {
        let clock = Clock::default();
        clock.advance(Duration::MAX);
        assert!(clock.now_ms() <= LATEST_MS);
        assert!(clock.now_ms() > LATEST_MS - 60_000);
        clock.advance(Duration::from_secs(1));
        assert!(clock.now_ms() <= LATEST_MS);
        assert_eq!(
            crate::calendar::format_cst_dash(clock.now_ms()).len(),
            "9999-12-31 23:59:59".len()
        );
    }
}
