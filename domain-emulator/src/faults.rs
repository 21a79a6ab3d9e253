//! Deterministic fault injection: which requests are throttled, fail, or lose their connection.
//!
//! Every request draws from one seeded generator in arrival order, so a sequential test sees the
//! same faults on every run.

use std::time::Duration;

/// Fault knobs; every rate is a probability in `0.0..=1.0` applied per request.
///
/// The draws are checked in this order, and the first that fires decides the request's fate:
///
/// | knob | processed? | what the client sees |
/// |---|---|---|
/// | `drop_rate` | no | the TCP connection closes without any HTTP response |
/// | `throttle_rate` | no | 400 `Throttling.User` |
/// | `server_error_rate`, first half | no | 500 `InternalError` |
/// | `server_error_rate`, second half | **yes** | 503 `ServiceUnavailable` |
/// | `drop_after_processing_rate` | **yes** | the connection closes without a response |
///
/// The two "processed" variants model the ambiguous failures of a real gateway: a renewal order
/// *was* created (and is counted by [`Emulator::orders_for`](crate::Emulator::orders_for)), but the
/// client cannot tell. `latency` is added before every answer, faulty or not.
///
/// Two slower faults model a gateway and a backend that are not in step, for renewal orders
/// (`SaveBatchTaskForCreatingOrderRenew`, `SaveSingleTaskForCreatingOrderRenew`) only:
///
/// - **late delivery** (`late_orders`, or `late_delivery_rate` with `late_delivery_delay`): the
///   connection is closed at once without a response, and the request reaches the service
///   later, when it is authenticated — its time stamp checked against the clock *then*, so a
///   request later than the time-stamp window is refused — and processed;
/// - **listing lag** (`listing_lag`): a task appears in `QueryTaskList` only this long after
///   it was created (its details and its effect are not delayed).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    /// Share of requests rejected with `Throttling.User` before any processing.
    pub throttle_rate: f64,
    /// Share of requests that fail with a server error; half before processing (500
    /// `InternalError`), half after processing (503 `ServiceUnavailable`).
    pub server_error_rate: f64,
    /// Delay added before answering each request.
    pub latency: Duration,
    /// Share of requests whose connection is closed without a response, before processing.
    pub drop_rate: f64,
    /// Share of requests that are processed and whose connection is then closed without a response.
    pub drop_after_processing_rate: f64,
    /// Seed of the generator that draws the faults.
    pub seed: u64,
    /// The renewal orders delivered late, by their number counting from 1 in arrival order: the
    /// N-th order is delivered `late_orders[N - 1]` after its connection was dropped, unless that
    /// is zero.
    pub late_orders: Vec<Duration>,
    /// Share of renewal orders (beyond `late_orders`) delivered late by `late_delivery_delay`.
    pub late_delivery_rate: f64,
    /// How late a late order drawn by `late_delivery_rate` is delivered.
    pub late_delivery_delay: Duration,
    /// How long a new task stays out of `QueryTaskList`.
    pub listing_lag: Duration,
}

/// What happens to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FaultDecision {
    /// Handle normally.
    None,
    /// Close the connection without processing.
    DropBefore,
    /// `Throttling.User`, not processed.
    Throttle,
    /// 500 `InternalError`, not processed.
    InternalError,
    /// Process, then answer 503 `ServiceUnavailable`.
    UnavailableAfter,
    /// Process, then close the connection without answering.
    DropAfter,
    /// Close the connection now; process the request after this delay.
    Late(Duration),
}

impl FaultDecision {
    /// Whether the request is carried out before the fault shows.
    pub(crate) fn processes(self) -> bool {
        matches!(
            self,
            Self::None | Self::UnavailableAfter | Self::DropAfter | Self::Late(_)
        )
    }
}

/// SplitMix64: tiny, seedable, good enough for fault draws and request ids.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix64(u64);

impl SplitMix64 {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)` from the top 53 bits.
    pub(crate) fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The seeded generator plus the knobs it serves.
#[derive(Debug)]
pub(crate) struct FaultInjector {
    faults: Faults,
    rng: SplitMix64,
    /// Renewal orders seen so far.
    orders: usize,
}

impl FaultInjector {
    pub(crate) fn new(faults: Faults) -> Self {
        let rng = SplitMix64::new(faults.seed);
        Self {
            faults,
            rng,
            orders: 0,
        }
    }

    /// The listing lag, in milliseconds.
    pub(crate) fn listing_lag_ms(&self) -> i64 {
        i64::try_from(self.faults.listing_lag.as_millis()).unwrap_or(i64::MAX)
    }

    /// Draws the fate of the next request, which is a renewal order if `order`: late delivery
    /// comes first for orders, then the draws of [`decide`](Self::decide).
    pub(crate) fn decide_request(&mut self, order: bool) -> FaultDecision {
        // Drawn for every request when late delivery is on, so orders do not shift the other
        // knobs' draws; not drawn at all when it is off, so older seeds keep their sequences.
        let late_draw = if self.faults.late_delivery_rate > 0.0 {
            self.rng.next_f64()
        } else {
            1.0
        };
        let decision = self.decide();
        if !order {
            return decision;
        }
        self.orders += 1;
        match self.faults.late_orders.get(self.orders - 1) {
            Some(delay) if !delay.is_zero() => FaultDecision::Late(*delay),
            _ if late_draw < self.faults.late_delivery_rate => {
                FaultDecision::Late(self.faults.late_delivery_delay)
            }
            _ => decision,
        }
    }

    /// Draws the fate of the next request. Every knob draws on every request, so changing one
    /// rate does not shift which requests the other knobs hit.
    pub(crate) fn decide(&mut self) -> FaultDecision {
        let drop_draw = self.rng.next_f64();
        let throttle_draw = self.rng.next_f64();
        let error_draw = self.rng.next_f64();
        let error_half = self.rng.next_u64() & 1 == 0;
        let drop_after_draw = self.rng.next_f64();
        let f = &self.faults;
        if drop_draw < f.drop_rate {
            FaultDecision::DropBefore
        } else if throttle_draw < f.throttle_rate {
            FaultDecision::Throttle
        } else if error_draw < f.server_error_rate {
            if error_half {
                FaultDecision::InternalError
            } else {
                FaultDecision::UnavailableAfter
            }
        } else if drop_after_draw < f.drop_after_processing_rate {
            FaultDecision::DropAfter
        } else {
            FaultDecision::None
        }
    }
}

/// What the faults decided for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FaultPlan {
    pub(crate) decision: FaultDecision,
    /// Delay before answering.
    pub(crate) latency: Duration,
    /// How long a new task stays out of `QueryTaskList`, in milliseconds.
    pub(crate) listing_lag_ms: i64,
}

/// The emulator-wide faults plus those set for single actions. A request whose action has faults
/// of its own draws only from that action's generator (seeded with its `seed`), so adding faults
/// to one action leaves the draws of every other request as they were.
#[derive(Debug)]
pub(crate) struct FaultBook {
    default: FaultInjector,
    by_action: std::collections::HashMap<String, FaultInjector>,
}

impl FaultBook {
    pub(crate) fn new(faults: Faults) -> Self {
        Self {
            default: FaultInjector::new(faults),
            by_action: std::collections::HashMap::new(),
        }
    }

    /// Decides the fate of a request for `action` (`None` when it names none), a renewal order
    /// if `order`.
    pub(crate) fn plan(&mut self, action: Option<&str>, order: bool) -> FaultPlan {
        let injector = match action.and_then(|a| self.by_action.get_mut(a)) {
            Some(injector) => injector,
            None => &mut self.default,
        };
        FaultPlan {
            decision: injector.decide_request(order),
            latency: injector.faults.latency,
            listing_lag_ms: injector.listing_lag_ms(),
        }
    }

    /// Replaces the faults of `action`, or the emulator-wide ones for `None`.
    pub(crate) fn set(&mut self, action: Option<&str>, faults: Faults) {
        match action {
            Some(action) => {
                self.by_action
                    .insert(action.to_owned(), FaultInjector::new(faults));
            }
            None => self.default = FaultInjector::new(faults),
        }
    }

    /// Forgets every per-action fault and restores `faults` emulator-wide.
    pub(crate) fn reset(&mut self, faults: Faults) {
        *self = Self::new(faults);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_faults_by_default() {
        let mut injector = FaultInjector::new(Faults::default());
        assert!((0..1000).all(|_| injector.decide() == FaultDecision::None));
    }

    #[test]
    fn same_seed_gives_same_sequence_and_rates_are_roughly_honoured() {
        let faults = Faults {
            throttle_rate: 0.3,
            server_error_rate: 0.2,
            seed: 42,
            ..Faults::default()
        };
        let mut a = FaultInjector::new(faults.clone());
        let mut b = FaultInjector::new(faults);
        let run_a: Vec<_> = (0..2000).map(|_| a.decide()).collect();
        let run_b: Vec<_> = (0..2000).map(|_| b.decide()).collect();
        assert_eq!(run_a, run_b);
        let throttled = run_a
            .iter()
            .filter(|d| **d == FaultDecision::Throttle)
            .count();
        assert!((500..700).contains(&throttled), "{throttled}");
        assert!(run_a.contains(&FaultDecision::InternalError));
        assert!(run_a.contains(&FaultDecision::UnavailableAfter));
    }

    #[test]
    fn the_orders_named_are_late_and_the_others_not() {
        let mut injector = FaultInjector::new(Faults {
            late_orders: vec![Duration::ZERO, Duration::from_millis(5)],
            ..Faults::default()
        });
        assert_eq!(injector.decide_request(true), FaultDecision::None);
        assert_eq!(injector.decide_request(false), FaultDecision::None);
        assert_eq!(
            injector.decide_request(true),
            FaultDecision::Late(Duration::from_millis(5))
        );
        assert_eq!(injector.decide_request(true), FaultDecision::None);
    }

    #[test]
    fn faults_of_one_action_apply_to_it_alone() {
        let mut book = FaultBook::new(Faults::default());
        book.set(
            Some("QueryDomainList"),
            Faults {
                throttle_rate: 1.0,
                latency: Duration::from_millis(3),
                ..Faults::default()
            },
        );
        let listed = book.plan(Some("QueryDomainList"), false);
        assert_eq!(listed.decision, FaultDecision::Throttle);
        assert_eq!(listed.latency, Duration::from_millis(3));
        assert_eq!(
            book.plan(Some("QueryTaskList"), false).decision,
            FaultDecision::None
        );
        assert_eq!(book.plan(None, false).decision, FaultDecision::None);
        book.reset(Faults::default());
        assert_eq!(
            book.plan(Some("QueryDomainList"), false).decision,
            FaultDecision::None
        );
    }

    #[test]
    fn full_rate_always_fires() {
        let mut injector = FaultInjector::new(Faults {
            drop_rate: 1.0,
            ..Faults::default()
        });
        assert!((0..100).all(|_| injector.decide() == FaultDecision::DropBefore));
    }
}
