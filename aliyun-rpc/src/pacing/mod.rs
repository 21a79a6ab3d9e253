//! Client-side pacing: each action's quota learned from the service's throttling answers, and
//! its requests spaced to stay just under it, for every task that shares one [`Client`].
//!
//! Alibaba Cloud throttles per account and action (`Throttling.User`) and publishes no limits
//! for Domain. A job that sends as fast as it can trips the limit and then spends its time in
//! backoff, with a large share of its requests refused; a job that guesses low runs slower than
//! it could. The pacer learns the limit instead:
//!
//! - **Nothing is paced until the service throttles an action.** Before that, each answer only
//!   bumps a lock-free counter of the action (a ring of per-tick counts, no allocation), so a
//!   client that is never throttled pays a table scan and one atomic operation per attempt.
//! - **A throttling answer measures the quota.** The rate of answers the service gave the action
//!   over the last [`Pacing::window`] is the rate it admits (a token bucket refills at its
//!   rate, whatever is asked). The action is then paced at [`Pacing::decrease`] × the lower of
//!   that measure and its current rate: a multiplicative decrease, which a floor
//!   ([`Pacing::min_rate`]) stops. Only one decrease is made per *epoch*: answers to requests
//!   sent before the latest decrease are stale news, so a burst of requests in flight that are
//!   throttled together decrease the rate once, not once each.
//! - **A quiet action climbs back, then probes.** After [`Pacing::quiet_period`] and
//!   [`Pacing::quiet_requests`] without throttling, the rate goes halfway back to
//!   [`Pacing::headroom`] × the learned quota, and once there, up by [`Pacing::probe_step`] per
//!   quiet period: the quota may have been raised, or shared with a job that has finished.
//! - **`x-acs-retry-after` is obeyed by the whole client**: no request of that action is sent
//!   before the pause the service asked for ends, whichever task sends it.
//! - **Requests are spaced, not batched**: each one reserves the next slot of its action's
//!   schedule (1 / rate apart), so concurrent tasks share one rate instead of each having its own.
//!
//! Compared with aws-sdk-rust's adaptive retry mode (one CUBIC-shaped token bucket per client,
//! filled from the measured send rate): the quota is learned per action, as the service applies
//! it, so a throttled `SaveBatchTaskForCreatingOrderRenew` never slows `QueryDomainList`; the
//! estimate is the rate the service *admitted*, not the rate sent, so the first decrease lands
//! near the quota instead of below it; the climb back is fast to the learned quota and slow past
//! it, which keeps the throttled share low at a steady load; and a pause the service asks for is
//! shared by every task.
//!
//! **Pacing never sends anything the retry rules would not.** It only delays attempts: which
//! failures are resent, how often, and the rule that a non-idempotent action is resent only
//! after a failure proving it had no effect (see [`retry`](crate::retry)), are unchanged. A
//! delay is bounded by the call's deadline like every other step: a call whose slot comes too
//! late ends with [`TimeoutKind::TotalBeforeSending`](crate::TimeoutKind::TotalBeforeSending),
//! nothing sent.
//!
//! **Off by default; [`Pacing::adaptive`] turns it on.** A job that owns its account's quota
//! wants it on: it costs nothing until the service throttles, and then trades a request refused
//! and retried later for a request sent a little later. It is off by default because throttling
//! that does not follow this client's rate (another process using the same account's quota, or
//! a service throttling at random) cannot always be told from a quota on the few answers a
//! decision is made on: the pacer then undoes a decrease that did not raise the admitted share
//! and leaves the rate alone for a while, but on a small and noisy sample it may still lower the
//! rate step by step, which would slow a job that today's backoff alone serves well. A client
//! built without pacing behaves exactly as before it existed: every attempt is sent at once.
//!
//! [`Client`]: crate::Client

mod action;
mod pacer;
mod schedule;
mod settings;
mod window;

pub(crate) use pacer::Pacer;
pub use settings::Pacing;
