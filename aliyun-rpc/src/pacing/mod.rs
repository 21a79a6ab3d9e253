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
//! - **The first throttling answer starts pacing** at [`Pacing::decrease`] × the rate the
//!   service admitted over the last [`Pacing::window`] (a first guess: it counts the quota's
//!   initial burst too).
//! - **Each epoch then measures the quota.** An epoch begins at every change of rate, and an
//!   answer counts in the epoch its request was sent in, so a burst of requests in flight that
//!   are throttled together make one decision, not one each. After a throttling answer the
//!   service's token bucket is empty; between two throttling answers every token it made went
//!   to a request it admitted, so the admitted answers between them over the time between
//!   them *is* the quota's rate, however the client's demand varied. The rate becomes
//!   [`Pacing::decrease`] × that (at most halved at once, never below [`Pacing::min_rate`]).
//! - **A decrease that did not help is undone.** A quota admits a fixed rate, so a lower rate
//!   must raise the share admitted. When two epochs in a row are throttled by a fifth or more
//!   and the decrease between them lowered what the tasks sent (a decrease that stays above
//!   what they manage to send, on a busy machine or while they wait out backoffs, changes
//!   nothing the service sees) but left the share where it was, the throttling does not follow
//!   this client's rate (another client of the account, or the service's own trouble): the
//!   decrease is undone, and for ten quiet periods throttling lowers nothing.
//! - **A quiet action climbs back, then probes.** After [`Pacing::quiet_period`] and
//!   [`Pacing::quiet_requests`] without throttling, with a request kept waiting for its slot
//!   (a rate nobody waits for needs no raising), the rate goes halfway back to
//!   [`Pacing::headroom`] × the rate last throttled, and once there, up by [`Pacing::probe_step`],
//!   doubling with every quiet period: the quota may have been raised, or shared with a job that
//!   has finished.
//! - **`x-acs-retry-after` is obeyed by the whole client**: no request of that action is sent
//!   before the pause the service asked for ends, whichever task sends it.
//! - **Requests are spaced, not batched**: each one reserves the next slot of its action's
//!   schedule (1 / rate apart), so concurrent tasks share one rate instead of each having its own.
//!
//! Compared with aws-sdk-rust's adaptive retry mode (one CUBIC-shaped token bucket per client,
//! filled from the measured send rate): the quota is learned per action, as the service applies
//! it, so a throttled `SaveBatchTaskForCreatingOrderRenew` never slows `QueryDomainList`; the
//! estimate is the rate the service *admitted* between two moments its bucket was empty, not the
//! rate sent, so a decrease lands near the quota instead of a fixed fraction below a rate that
//! may be far above it; throttling that does not follow the rate is recognised instead of
//! driving the rate to the floor; the climb back is fast to the rate last throttled and careful
//! past it, which keeps the throttled share low at a steady load; and a pause the service asks
//! for is shared by every task.
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
