//! What a renewal run reports for each domain.

use std::fmt;

/// The result of one domain in a renewal run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainOutcome {
    /// The domain.
    pub domain_name: String,
    /// The years asked for.
    pub years: u32,
    /// The expiration before the run (ms since the epoch), when known.
    pub previous_expiration_ms: Option<i64>,
    /// The task that carried the renewal, when one was created.
    pub task_no: Option<String>,
    /// What happened.
    pub outcome: Outcome,
}

/// What happened to one domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The service renewed it.
    Renewed {
        /// The new expiration (ms since the epoch), as read back after the renewal.
        new_expiration_ms: Option<i64>,
    },
    /// Left out by the run's own settings (a premium domain without premium renewal
    /// permitted); nothing was sent or charged.
    Skipped {
        /// Why, and how to include it.
        reason: String,
    },
    /// The service refused it, or it was never sent; nothing was charged.
    Failed {
        /// Why, in the service's words where it gave any.
        reason: String,
    },
    /// The run cannot tell whether it was renewed: a submission whose answer was lost, or a
    /// task still running when polling gave up. Nothing was resubmitted.
    Unknown {
        /// What went wrong.
        reason: String,
        /// What to check before renewing it again.
        check: String,
    },
}

impl Outcome {
    /// `renewed`, `skipped`, `failed` or `unknown`.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Renewed { .. } => "renewed",
            Outcome::Skipped { .. } => "skipped",
            Outcome::Failed { .. } => "failed",
            Outcome::Unknown { .. } => "unknown",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Renewed { .. } => f.write_str("renewed"),
            Outcome::Skipped { reason } => write!(f, "skipped: {reason}"),
            Outcome::Failed { reason } => write!(f, "failed: {reason}"),
            Outcome::Unknown { reason, check } => write!(f, "unknown: {reason} (check: {check})"),
        }
    }
}

/// Every domain's outcome, in the order the domains were planned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenewalReport {
    /// One entry per domain.
    pub outcomes: Vec<DomainOutcome>,
}

impl RenewalReport {
    /// How many domains were renewed, failed and are unknown; skipped domains are in none of
    /// the three (see [`skipped`](Self::skipped)).
    pub fn counts(&self) -> (usize, usize, usize) {
        self.outcomes
            .iter()
            .fold((0, 0, 0), |(r, f, u), o| match o.outcome {
                Outcome::Renewed { .. } => (r + 1, f, u),
                Outcome::Skipped { .. } => (r, f, u),
                Outcome::Failed { .. } => (r, f + 1, u),
                Outcome::Unknown { .. } => (r, f, u + 1),
            })
    }

    /// How many domains the run's settings left out.
    pub fn skipped(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o.outcome, Outcome::Skipped { .. }))
            .count()
    }

    /// Whether every domain was renewed (and there was at least one).
    pub fn all_renewed(&self) -> bool {
        !self.outcomes.is_empty()
            && self
                .outcomes
                .iter()
                .all(|o| matches!(o.outcome, Outcome::Renewed { .. }))
    }
}

/// What a run is doing, for progress displays.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Progress {
    /// A batch was accepted as a task.
    Submitted {
        /// The task.
        task_no: String,
        /// How many domains it carries.
        entries: usize,
    },
    /// A batch could not be submitted.
    SubmitFailed {
        /// How many domains it carried.
        entries: usize,
        /// Why.
        reason: String,
    },
    /// A submission's answer was lost; the run is finding out whether it created a task.
    Reconciling {
        /// How many domains the batch carries.
        entries: usize,
        /// What was lost.
        reason: String,
    },
    /// An order's record changed (about to be sent, accepted, found, proven absent): a caller
    /// keeping a journal writes it, replacing the record with the same id, before returning.
    OrderRecorded(super::PlacedOrder),
    /// A permanent error (access denied, credentials refused) stopped the run early.
    Stopped {
        /// The error.
        reason: String,
    },
    /// Polling read the tasks' details.
    Polled {
        /// Domains whose detail is final.
        finished: usize,
        /// Domains being waited on.
        total: usize,
    },
}
