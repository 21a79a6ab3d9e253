//! Retries as data: which failures are retried, how long to wait, and when to stop.
//!
//! Every failed attempt falls into one of three classes:
//!
//! - **not processed**: the request provably had no effect — the connection was never made, or
//!   the service refused it for its rate (`Throttling*`). Resending is safe for any action.
//! - **ambiguous**: the request may have been processed — a timeout after sending, a dropped
//!   connection, a 5xx answer, or a transient code such as Domain's `Busy`. Only idempotent
//!   actions are resent; a non-idempotent one (a paid order) ends with
//!   [`Error::OutcomeUnknown`] so the caller can reconcile first.
//! - **final**: the service answered with a definite error; resending cannot help.
//!
//! Every attempt is signed anew, with a fresh nonce and timestamp.

use std::time::Duration;

use crate::error::{Error, ServiceError};

// The code lists live in their own module, which the error type reads too; they are public
// here, beside the retry rules that use them.
pub use crate::codes::{THROTTLING_CODES, TRANSIENT_CODES, is_throttling_code};

/// The header in which the service asks for a pause, in milliseconds.
pub const RETRY_AFTER_HEADER: &str = "x-acs-retry-after";

/// How a failed attempt is classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureClass {
    /// The request had no effect; resending is safe for any action.
    NotProcessed,
    /// The request may have been processed; resending is safe only for idempotent actions.
    Ambiguous,
    /// A definite answer; resending cannot help.
    Final,
}

/// Classifies a failed attempt.
pub fn classify(error: &Error) -> FailureClass {
    match error {
        Error::Service(service) => classify_service(service),
        Error::Timeout { .. } | Error::Transport(_) if error.request_not_sent() => {
            FailureClass::NotProcessed
        }
        Error::Timeout { .. } | Error::Transport(_) => FailureClass::Ambiguous,
        // A proxy's 5xx page or a body cut short: the service may have acted on the request.
        Error::Response(response) if response.status() >= 500 || response.status() < 300 => {
            FailureClass::Ambiguous
        }
        _ => FailureClass::Final,
    }
}

fn classify_service(error: &ServiceError) -> FailureClass {
    if is_throttling_code(error.code()) {
        FailureClass::NotProcessed
    } else if TRANSIENT_CODES.contains(&error.code()) || error.http_status() >= 500 {
        FailureClass::Ambiguous
    } else {
        FailureClass::Final
    }
}

/// When and how often to resend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 disables retries).
    pub max_attempts: u32,
    /// The first backoff; each retry doubles it.
    pub initial_backoff: Duration,
    /// The longest backoff, whatever the attempt count or `x-acs-retry-after` says.
    pub max_backoff: Duration,
    /// The shortest pause after throttling, so a throttled client does not hammer the service.
    pub throttling_backoff: Duration,
    /// Randomize each backoff between zero and its computed value ("full jitter"), so that
    /// clients throttled together do not retry together.
    pub jitter: bool,
    /// The whole operation's budget, attempts and pauses included; `None` for no limit.
    pub total_timeout: Option<Duration>,
}

impl Default for RetryPolicy {
    /// Five attempts, 100 ms doubling to 20 s, at least 500 ms after throttling, full jitter,
    /// no overall limit.
    fn default() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 5,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(20),
            throttling_backoff: Duration::from_millis(500),
            jitter: true,
            total_timeout: None,
        }
    }
}

impl RetryPolicy {
    /// One attempt, never resent: what the official SDKs do by default.
    pub fn disabled() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// The same policy with `attempts` attempts in all.
    pub fn with_max_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The same policy with backoffs from `initial` up to `max`.
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> RetryPolicy {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self.throttling_backoff = self.throttling_backoff.min(self.max_backoff);
        self
    }

    /// The same policy with a budget for the whole operation.
    pub fn with_total_timeout(mut self, limit: Duration) -> RetryPolicy {
        self.total_timeout = Some(limit);
        self
    }

    /// The pause before attempt `next_attempt` (2 for the first retry) after `error`.
    pub fn backoff(&self, next_attempt: u32, error: &Error) -> Duration {
        let exponent = next_attempt.saturating_sub(2).min(30);
        let computed = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let jittered = if self.jitter {
            computed.mul_f64(random_fraction())
        } else {
            computed
        };
        let service = error.as_service();
        let asked = service.and_then(ServiceError::retry_after);
        let floor = match service {
            Some(service) if service.is_throttling() => self.throttling_backoff,
            _ => Duration::ZERO,
        };
        jittered
            .max(floor)
            .max(asked.unwrap_or_default())
            .min(self.max_backoff)
    }
}

/// A number in [0, 1) from the OS random source (jitter needs no cryptographic strength, but
/// this avoids a second generator).
fn random_fraction() -> f64 {
    let mut bytes = [0u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        return 1.0;
    }
    (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(status: u16, code: &str) -> Error {
        Error::Service(Box::new(ServiceError::new("A", status, code, "m")))
    }

    #[test]
    fn failures_are_classified_by_code_not_status() {
        use FailureClass::{Ambiguous, Final, NotProcessed};
        for (status, code, class) in [
            (400, "Throttling.User", NotProcessed),
            (400, "Throttling.SomethingNew", NotProcessed),
            (503, "ServiceUnavailable", Ambiguous),
            (400, "Busy", Ambiguous),
            (500, "SomethingElse", Ambiguous),
            (400, "DomainNotExist", Final),
            (400, "SignatureDoesNotMatch", Final),
            (400, "InvalidTimeStamp.Expired", Final),
        ] {
            assert_eq!(classify(&service(status, code)), class, "{status} {code}");
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_without_jitter() {
        let policy = RetryPolicy {
            jitter: false,
            ..RetryPolicy::default()
        }
        .with_backoff(Duration::from_millis(100), Duration::from_millis(700));
        let error = service(500, "InternalError");
        let pauses: Vec<u128> = (2..=6)
            .map(|n| policy.backoff(n, &error).as_millis())
            .collect();
        assert_eq!(pauses, [100, 200, 400, 700, 700]);
    }

    #[test]
    fn throttling_waits_at_least_its_floor_and_honours_retry_after() {
        let policy = RetryPolicy::default();
        let mut throttled = ServiceError::new("A", 400, "Throttling", "m");
        for _ in 0..20 {
            assert!(
                policy.backoff(2, &Error::Service(Box::new(throttled.clone())))
                    >= Duration::from_millis(500)
            );
        }
        throttled.retry_after = Some(Duration::from_millis(3000));
        assert_eq!(
            policy.backoff(2, &Error::Service(Box::new(throttled.clone()))),
            Duration::from_millis(3000)
        );
        throttled.retry_after = Some(Duration::from_secs(3600));
        assert_eq!(
            policy.backoff(2, &Error::Service(Box::new(throttled))),
            policy.max_backoff
        );
    }

    #[test]
    fn jitter_stays_within_the_computed_backoff() {
        let policy =
            RetryPolicy::default().with_backoff(Duration::from_millis(100), Duration::from_secs(1));
        let error = service(500, "InternalError");
        for _ in 0..100 {
            assert!(policy.backoff(3, &error) <= Duration::from_millis(200));
        }
    }
}
