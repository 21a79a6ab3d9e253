//! Flow control as the service applies it: token buckets per AccessKey and action, and per
//! AccessKey across all actions, answering `Throttling.User` when one is empty.
//!
//! **Only authenticated requests are counted.** The service's limits are per user ("user flow
//! control"), and a request is only known to be a user's once its signature verifies: a request
//! that fails authentication is refused with its authentication error, whatever the load, and
//! takes no token. (Otherwise anybody who knows an AccessKey id, which is not secret, could use
//! up its owner's quota.) A refused request takes no token either, so a client that keeps asking
//! while throttled gets through as soon as the bucket refills, and no sooner.
//!
//! A refusal is what the service sends: HTTP 400, `Code` `Throttling.User`, the message
//! `Request was denied due to user flow control.`, the request's `RequestId`, in the format the
//! request asked for; with [`Quota::retry_after`], also an `x-acs-retry-after` header giving the
//! milliseconds until a token is there (as the Tea SDKs read it).
//!
//! ```
//! use domain_emulator::{EmulatorConfig, Quota};
//! // 200 requests a second for each action, bursts of 20; the AccessKey as a whole 500 a second.
//! let quota = Quota::new().per_action(200.0, 20).per_access_key(500.0, 50).retry_after(true);
//! let config = EmulatorConfig::new().quota(quota.clone());
//! // ... start the emulator with `config`, run a job, then read `quota.refused()`.
//! # let _ = config;
//! ```

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::HeaderValue;
use axum::response::Response;

use crate::config::EmulatorConfig;
use crate::request::{ApiCall, RawRequest};
use crate::respond::ApiError;
use crate::signature_v3::parse_authorization;

/// The header in which a throttling answer says how many milliseconds to wait.
pub(crate) const RETRY_AFTER_HEADER: &str = "x-acs-retry-after";

/// A token bucket's size: `per_second` tokens added each second, at most `burst` kept.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    /// Tokens added per second: the sustained requests per second.
    pub per_second: f64,
    /// The bucket's capacity: how many requests may arrive at once after a quiet spell.
    pub burst: u32,
}

impl Rate {
    /// `per_second` requests a second, `burst` at once (at least 1). A rate that is not a
    /// positive number admits nothing after the first burst.
    pub fn new(per_second: f64, burst: u32) -> Rate {
        Rate {
            per_second: if per_second.is_finite() && per_second > 0.0 {
                per_second
            } else {
                0.0
            },
            burst: burst.max(1),
        }
    }
}

/// The emulator's flow control: which limits apply, and what it has admitted and refused.
///
/// Clones share their buckets and counters: keep one to read [`admitted`](Self::admitted) and
/// [`refused`](Self::refused) while the emulator started with another runs.
#[derive(Debug, Clone, Default)]
pub struct Quota {
    limits: Limits,
    shared: Arc<Buckets>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Limits {
    per_action: Option<Rate>,
    actions: Vec<(String, Rate)>,
    per_access_key: Option<Rate>,
    retry_after: bool,
}

#[derive(Debug, Default)]
struct Buckets {
    /// Keyed by AccessKey id and action (the action empty for the AccessKey's own bucket).
    buckets: Mutex<HashMap<(String, String), Bucket>>,
    admitted: AtomicU64,
    refused: AtomicU64,
    /// Admitted and refused requests by action.
    by_action: Mutex<HashMap<String, (u64, u64)>>,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    /// The bucket refilled up to `now`.
    fn refilled(self, rate: Rate, now: Instant) -> Bucket {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        Bucket {
            tokens: (self.tokens + elapsed * rate.per_second).min(f64::from(rate.burst)),
            at: now,
        }
    }

    /// How long until one token is there (zero when it is).
    fn wait(self, rate: Rate) -> Duration {
        let missing = 1.0 - self.tokens;
        if missing <= 0.0 {
            Duration::ZERO
        } else if rate.per_second <= 0.0 {
            Duration::MAX
        } else {
            Duration::from_secs_f64(missing / rate.per_second)
        }
    }
}

/// A request refused by the quota: the error to answer, and the pause to advertise.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Refusal {
    retry_after: Option<Duration>,
}

impl Refusal {
    /// The service's throttling error.
    pub(crate) fn error(&self) -> ApiError {
        ApiError::new(
            400,
            "Throttling.User",
            "Request was denied due to user flow control.",
        )
    }

    /// Adds `x-acs-retry-after` to the error response, when the quota advertises it.
    pub(crate) fn respond(&self, mut response: Response) -> Response {
        if let Some(wait) = self.retry_after {
            // Whole milliseconds, rounded up so that a client waiting that long finds a token.
            let millis = wait
                .as_micros()
                .div_ceil(1000)
                .clamp(1, u128::from(u32::MAX));
            if let Ok(value) = HeaderValue::from_str(&millis.to_string()) {
                response.headers_mut().insert(RETRY_AFTER_HEADER, value);
            }
        }
        response
    }
}

impl Quota {
    /// No limits: every request is admitted (and counted).
    pub fn new() -> Quota {
        Quota::default()
    }

    /// Whether any limit is set.
    pub fn is_limited(&self) -> bool {
        self.limits.per_action.is_some()
            || !self.limits.actions.is_empty()
            || self.limits.per_access_key.is_some()
    }

    /// Each action of each AccessKey gets `per_second` requests a second, `burst` at once.
    #[must_use]
    pub fn per_action(mut self, per_second: f64, burst: u32) -> Quota {
        self.limits.per_action = Some(Rate::new(per_second, burst));
        self
    }

    /// `action` gets this limit instead of [`per_action`](Self::per_action)'s.
    #[must_use]
    pub fn action(mut self, action: impl Into<String>, per_second: f64, burst: u32) -> Quota {
        self.limits
            .actions
            .push((action.into(), Rate::new(per_second, burst)));
        self
    }

    /// Each AccessKey gets `per_second` requests a second over all its actions, `burst` at once.
    #[must_use]
    pub fn per_access_key(mut self, per_second: f64, burst: u32) -> Quota {
        self.limits.per_access_key = Some(Rate::new(per_second, burst));
        self
    }

    /// Whether a refusal carries `x-acs-retry-after` (off by default: the service sends it for
    /// some products only).
    #[must_use]
    pub fn retry_after(mut self, on: bool) -> Quota {
        self.limits.retry_after = on;
        self
    }

    /// Authenticated requests admitted so far.
    pub fn admitted(&self) -> u64 {
        self.shared.admitted.load(Ordering::SeqCst)
    }

    /// Authenticated requests refused with `Throttling.User` so far.
    pub fn refused(&self) -> u64 {
        self.shared.refused.load(Ordering::SeqCst)
    }

    /// Requests of `action` refused so far.
    pub fn refused_for(&self, action: &str) -> u64 {
        self.counts_for(action).1
    }

    /// Authenticated requests of `action` admitted so far.
    pub fn admitted_for(&self, action: &str) -> u64 {
        self.counts_for(action).0
    }

    /// Every action seen so far, with its admitted and refused counts.
    pub fn counts_by_action(&self) -> Vec<(String, u64, u64)> {
        let mut counts: Vec<_> = lock(&self.shared.by_action)
            .iter()
            .map(|(action, (admitted, refused))| (action.clone(), *admitted, *refused))
            .collect();
        counts.sort();
        counts
    }

    fn counts_for(&self, action: &str) -> (u64, u64) {
        lock(&self.shared.by_action)
            .get(action)
            .copied()
            .unwrap_or((0, 0))
    }

    fn action_rate(&self, action: &str) -> Option<Rate> {
        self.limits
            .actions
            .iter()
            .rev()
            .find(|(name, _)| name == action)
            .map(|(_, rate)| *rate)
            .or(self.limits.per_action)
    }

    /// Takes a token from each bucket that applies to this authenticated call, or none when one
    /// is empty: then the call is refused.
    pub(crate) fn admit(&self, request: &RawRequest, call: &ApiCall) -> Result<(), Refusal> {
        self.admit_at(access_key_id(request, call), &call.action, Instant::now())
    }

    fn admit_at(&self, access_key: &str, action: &str, now: Instant) -> Result<(), Refusal> {
        let limits = [
            (self.action_rate(action), action),
            (self.limits.per_access_key, ""),
        ];
        let mut buckets = lock(&self.shared.buckets);
        let mut refilled = Vec::with_capacity(2);
        let mut wait = Duration::ZERO;
        for (rate, action) in limits {
            let Some(rate) = rate else { continue };
            let key = (access_key.to_owned(), action.to_owned());
            let bucket = buckets
                .get(&key)
                .copied()
                .unwrap_or(Bucket {
                    tokens: f64::from(rate.burst),
                    at: now,
                })
                .refilled(rate, now);
            wait = wait.max(bucket.wait(rate));
            refilled.push((key, bucket));
        }
        let admitted = wait.is_zero();
        for (key, mut bucket) in refilled {
            if admitted {
                bucket.tokens -= 1.0;
            }
            buckets.insert(key, bucket);
        }
        drop(buckets);
        {
            let mut by_action = lock(&self.shared.by_action);
            let counts = by_action.entry(action.to_owned()).or_default();
            if admitted {
                counts.0 += 1;
            } else {
                counts.1 += 1;
            }
        }
        if admitted {
            self.shared.admitted.fetch_add(1, Ordering::SeqCst);
            return Ok(());
        }
        self.shared.refused.fetch_add(1, Ordering::SeqCst);
        Err(Refusal {
            retry_after: self.limits.retry_after.then_some(wait),
        })
    }
}

/// The quota's command-line flags (`domain-emulator --quota-per-action 10 ...`), for a program
/// that embeds the emulator to offer the same ones (`#[command(flatten)]`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct QuotaFlags {
    /// Requests a second each action of each AccessKey may make (`Throttling.User` beyond it;
    /// 0: no limit).
    #[arg(long, value_name = "PER_SECOND", default_value_t = 0.0)]
    pub quota_per_action: f64,
    /// One action's own limit, `ACTION=PER_SECOND`, instead of `--quota-per-action` (repeatable).
    #[arg(long = "quota-action", value_name = "ACTION=PER_SECOND", value_parser = action_rate)]
    pub quota_actions: Vec<(String, f64)>,
    /// Requests a second each AccessKey may make over all its actions (0: no limit).
    #[arg(long, value_name = "PER_SECOND", default_value_t = 0.0)]
    pub quota_per_access_key: f64,
    /// How many requests each limit lets through at once after a quiet spell.
    #[arg(long, default_value_t = 10)]
    pub quota_burst: u32,
    /// Throttling answers carry `x-acs-retry-after` (milliseconds until a token is there).
    #[arg(long)]
    pub quota_retry_after: bool,
}

impl QuotaFlags {
    /// The quota these flags describe.
    pub fn quota(&self) -> Quota {
        let mut quota = Quota::new().retry_after(self.quota_retry_after);
        if self.quota_per_action > 0.0 {
            quota = quota.per_action(self.quota_per_action, self.quota_burst);
        }
        for (action, per_second) in &self.quota_actions {
            quota = quota.action(action.clone(), *per_second, self.quota_burst);
        }
        if self.quota_per_access_key > 0.0 {
            quota = quota.per_access_key(self.quota_per_access_key, self.quota_burst);
        }
        quota
    }
}

fn action_rate(text: &str) -> Result<(String, f64), String> {
    let (action, rate) = text
        .split_once('=')
        .ok_or_else(|| "ACTION=PER_SECOND is expected".to_owned())?;
    let rate: f64 = rate.parse().map_err(|e| format!("{e}"))?;
    if action.is_empty() || !(rate.is_finite() && rate > 0.0) {
        return Err("an action name and a positive rate are expected".to_owned());
    }
    Ok((action.to_owned(), rate))
}

impl EmulatorConfig {
    /// Applies flow control (see [`Quota`]); none by default.
    #[must_use]
    pub fn quota(mut self, quota: Quota) -> Self {
        self.quota = quota;
        self
    }
}

/// The AccessKey id of an authenticated call: V1's `AccessKeyId` parameter, or V3's
/// `Credential=` in the `Authorization` header.
fn access_key_id<'a>(request: &'a RawRequest, call: &'a ApiCall) -> &'a str {
    if let Some(id) = call.params.get("AccessKeyId") {
        return id;
    }
    request
        .headers
        .iter()
        .find(|(name, _)| name == "authorization")
        .and_then(|(_, value)| {
            let parsed = parse_authorization(value)?;
            // Borrowed from the header: the id is the text after `Credential=`.
            let start = value.find(&parsed.access_key_id)?;
            value.get(start..start + parsed.access_key_id.len())
        })
        .unwrap_or("")
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_admitted_then_one_request_per_refill() {
        let quota = Quota::new().per_action(10.0, 3).retry_after(true);
        let start = Instant::now();
        for _ in 0..3 {
            assert!(quota.admit_at("ak", "A", start).is_ok());
        }
        let refusal = quota.admit_at("ak", "A", start).unwrap_err();
        assert_eq!(refusal.retry_after, Some(Duration::from_millis(100)));
        // Another action and another AccessKey have their own buckets.
        assert!(quota.admit_at("ak", "B", start).is_ok());
        assert!(quota.admit_at("other", "A", start).is_ok());
        let later = start + Duration::from_millis(100);
        assert!(quota.admit_at("ak", "A", later).is_ok());
        assert!(quota.admit_at("ak", "A", later).is_err());
        assert_eq!((quota.admitted(), quota.refused()), (6, 2));
        assert_eq!(quota.refused_for("A"), 2);
        assert_eq!(quota.admitted_for("A"), 5);
        assert_eq!(
            quota.counts_by_action(),
            [("A".to_owned(), 5, 2), ("B".to_owned(), 1, 0)]
        );
    }

    #[test]
    fn the_access_key_bucket_spans_actions_and_a_refusal_takes_no_token() {
        let quota = Quota::new().per_access_key(1.0, 2).action("A", 100.0, 100);
        let now = Instant::now();
        assert!(quota.admit_at("ak", "A", now).is_ok());
        assert!(quota.admit_at("ak", "B", now).is_ok());
        let refusal = quota.admit_at("ak", "A", now).unwrap_err();
        assert_eq!(refusal.retry_after, None);
        // Half a second later the AccessKey's bucket holds half a token: still refused, and the
        // refusals did not dig it deeper.
        assert!(
            quota
                .admit_at("ak", "A", now + Duration::from_millis(500))
                .is_err()
        );
        assert!(
            quota
                .admit_at("ak", "C", now + Duration::from_millis(1000))
                .is_ok()
        );
    }

    #[test]
    fn the_flags_describe_the_quota_and_refuse_what_is_not_a_rate() {
        use clap::Parser as _;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            quota: QuotaFlags,
        }
        let cli = Cli::try_parse_from([
            "domain-emulator",
            "--quota-per-action",
            "10",
            "--quota-action",
            "QueryDomainList=2.5",
            "--quota-burst",
            "3",
            "--quota-per-access-key",
            "50",
            "--quota-retry-after",
        ])
        .unwrap();
        let quota = cli.quota.quota();
        assert_eq!(quota.action_rate("QueryTaskList"), Some(Rate::new(10.0, 3)));
        assert_eq!(
            quota.action_rate("QueryDomainList"),
            Some(Rate::new(2.5, 3))
        );
        assert_eq!(quota.limits.per_access_key, Some(Rate::new(50.0, 3)));
        assert!(quota.limits.retry_after);
        assert!(
            !Cli::try_parse_from(["x"])
                .unwrap()
                .quota
                .quota()
                .is_limited()
        );
        for bad in [
            "QueryDomainList",
            "=3",
            "QueryDomainList=-1",
            "QueryDomainList=fast",
        ] {
            assert!(
                Cli::try_parse_from(["x", "--quota-action", bad]).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn no_limit_admits_everything() {
        let quota = Quota::new();
        assert!(!quota.is_limited());
        let now = Instant::now();
        assert!((0..1000).all(|_| quota.admit_at("ak", "A", now).is_ok()));
    }
}
