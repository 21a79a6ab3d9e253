//! The record of one paid order the workflow placed: what a journal keeps so that a later run
//! neither orders the same domains again nor reports them wrongly.

use serde::{Deserialize, Serialize};

/// One renewal order (a batch submission), as a journal keeps it.
///
/// The workflow hands out a fresh copy through
/// [`Progress::OrderRecorded`](super::Progress::OrderRecorded) **before** sending the order and
/// again whenever its state changes; a caller that keeps a journal writes each copy (replacing the
/// one with the same [`id`](Self::id)) before returning from the callback, and passes the
/// journal's orders to the next run with [`Renewal::prior_orders`](super::Renewal::prior_orders).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacedOrder {
    /// Unique among the orders of a journal.
    pub id: String,
    /// The domains ordered.
    pub domains: Vec<OrderedDomain>,
    /// When the order was about to be sent (ms since the epoch).
    pub submitted_ms: i64,
    /// When the call ended (ms since the epoch): no copy of the request can take effect later
    /// than this plus the order window.
    #[serde(default)]
    pub answered_ms: Option<i64>,
    /// Where the order stands.
    pub state: OrderState,
    /// The task that carries it, once known.
    #[serde(default)]
    pub task_no: Option<String>,
    /// The `RequestId` of the answer, to quote to support.
    #[serde(default)]
    pub request_id: Option<String>,
    /// Tasks that existed before the order was sent, which therefore cannot be its task.
    #[serde(default)]
    pub tasks_before: Vec<String>,
}

/// One domain of a [`PlacedOrder`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderedDomain {
    /// The domain, as ordered.
    pub domain_name: String,
    /// The years ordered.
    pub years: u32,
    /// Its expiration when ordered (ms since the epoch), quoted as `CurrentExpirationDate`.
    pub expiration_before_ms: i64,
}

/// Where a [`PlacedOrder`] stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderState {
    /// About to be sent, or sent with no answer yet: it may exist.
    Sending,
    /// The service accepted it as [`PlacedOrder::task_no`].
    Accepted,
    /// The answer was lost or could not be trusted: it may exist.
    Ambiguous,
    /// Proven not to exist: refused by the service, or its window passed with no trace.
    NotCreated,
}

impl PlacedOrder {
    /// Whether the order may have been created without its task being known.
    pub fn is_ambiguous(&self) -> bool {
        matches!(self.state, OrderState::Sending | OrderState::Ambiguous)
    }
}

const DAY_MS: i64 = 86_400_000;

/// Whether an expiration moved from `before` to `after` by `years` calendar years: between
/// 365 days a year (less one, for a 29 February clamped to the 28th) and 365 days a year plus
/// every leap day the years can hold (plus one).
pub(crate) fn moved_by_years(before: i64, after: i64, years: u32) -> bool {
    let years = i64::from(years);
    // Hostile values (a damaged journal's years, a server's dates) must not overflow: bounds or
    // a difference that do not fit move by no years.
    let low = (365 * years - 1).checked_mul(DAY_MS);
    let high = (365 * years + (years + 3) / 4 + 1).checked_mul(DAY_MS);
    match (low, high, after.checked_sub(before)) {
        (Some(low), Some(high), Some(moved)) => (low..=high).contains(&moved),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_by_the_years_ordered_is_told_from_any_other() {
        let before = 1_767_225_600_000; // 2026-01-01
        assert!(moved_by_years(before, before + 365 * DAY_MS, 1));
        assert!(moved_by_years(before, before + 731 * DAY_MS, 2));
        assert!(!moved_by_years(before, before, 1));
        assert!(!moved_by_years(before, before + 730 * DAY_MS, 1));
        assert!(!moved_by_years(before, before + 300 * DAY_MS, 1));
        assert!(!moved_by_years(i64::MIN, i64::MAX, 1));
        assert!(!moved_by_years(0, i64::MAX, u32::MAX));
    }
}
