//! The attempt loop: each call's deadline, its attempts, and the retry policy's pauses between
//! them; which failures end a call, and how (an ambiguous failure of a non-idempotent action is
//! [`Error::OutcomeUnknown`]).

use std::future::Future;

use tokio::time::Instant;

use super::{Client, timeout};
use crate::action::RpcAction;
use crate::error::{Error, TimeoutKind};
use crate::retry::{FailureClass, RetryPolicy, classify};

impl Client {
    /// Like [`call`](Self::call), with `policy` instead of the client's retry policy.
    pub async fn call_with<A: RpcAction>(
        &self,
        action: &A,
        policy: &RetryPolicy,
    ) -> Result<A::Response, Error> {
        let now = Instant::now();
        let deadline = [Some(self.inner.operation_timeout), policy.total_timeout]
            .into_iter()
            .flatten()
            .filter_map(|limit| now.checked_add(limit))
            .min();
        self.attempts(action, policy, deadline).await
    }

    /// The rate `action` (its `Action` name) is paced at, in requests per second: `None` until
    /// the service throttles it, or when pacing is off (see [`pacing`](crate::pacing)).
    pub fn paced_rate(&self, action: &str) -> Option<f64> {
        self.inner.pacer.rate(action)
    }

    /// Attempts `action` until it succeeds, fails for good, the policy says stop, or the
    /// deadline passes.
    ///
    /// Every step is bounded by the deadline: preparing (which may fetch credentials), sending
    /// and reading, and each pause, which is not begun when it would end past the deadline.
    async fn attempts<A: RpcAction>(
        &self,
        action: &A,
        policy: &RetryPolicy,
        deadline: Option<Instant>,
    ) -> Result<A::Response, Error> {
        let mut attempt = 1;
        loop {
            // Each attempt waits for its action's send slot (at once unless the action is
            // paced), then is signed anew: a fresh nonce and timestamp.
            let paced_and_prepared = within(deadline, async {
                let ticket = self.inner.pacer.ticket(A::ACTION).await;
                (ticket, self.prepare(action).await)
            });
            let outcome = match paced_and_prepared.await {
                Some((ticket, Ok(request))) => {
                    let outcome = within(deadline, self.send::<A>(request))
                        .await
                        .unwrap_or_else(|| Err(timeout::<A>(TimeoutKind::Total)));
                    ticket.settle(&outcome);
                    outcome
                }
                Some((_, Err(error))) => Err(error),
                None => Err(timeout::<A>(TimeoutKind::TotalBeforeSending)),
            };
            let error = match outcome {
                Ok(response) => return Ok(response),
                Err(error) => error,
            };
            let class = classify(&error);
            let resendable = match class {
                FailureClass::NotProcessed => true,
                FailureClass::Ambiguous => A::IDEMPOTENT,
                FailureClass::Final => false,
            };
            if !resendable || attempt >= policy.max_attempts {
                return Err(conclude::<A>(error, class, attempt));
            }
            let pause = policy.backoff(attempt + 1, &error);
            if deadline.is_some_and(|deadline| Instant::now() + pause >= deadline) {
                return Err(conclude::<A>(error, class, attempt));
            }
            tracing::debug!(
                action = A::ACTION,
                attempt,
                class = ?class,
                pause_ms = pause.as_millis() as u64,
                "retrying"
            );
            tokio::time::sleep(pause).await;
            attempt += 1;
        }
    }
}

/// `future`'s output, or `None` when `deadline` passes first (no deadline: never).
pub(super) async fn within<F: Future>(deadline: Option<Instant>, future: F) -> Option<F::Output> {
    match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, future).await.ok(),
        None => Some(future.await),
    }
}

/// The error a call ends with: an ambiguous failure of a non-idempotent action becomes
/// [`Error::OutcomeUnknown`], because the caller must find out what happened before resending.
fn conclude<A: RpcAction>(error: Error, class: FailureClass, attempts: u32) -> Error {
    if class == FailureClass::Ambiguous && !A::IDEMPOTENT {
        Error::OutcomeUnknown {
            action: A::ACTION,
            attempts,
            cause: Box::new(error),
        }
    } else {
        error
    }
}
