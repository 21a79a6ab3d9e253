//! [`Schedule`]: one action's paced rate and its send slots — the decrease on throttling, the
//! undoing of a decrease that did not help, the climb back, the probes — as plain arithmetic on
//! instants, so that it is tested without a clock.

use std::time::{Duration, Instant};

use super::settings::Pacing;

/// A rate above this many requests per second paces nothing that the network would not.
const UNBOUNDED_RATE: f64 = 1e6;
/// The largest upward probe, as a share of the rate.
const MAX_PROBE_STEP: f64 = 0.5;
/// Answers an epoch needs before its throttled share is trusted to decide anything.
const MIN_ANSWERS: u32 = 16;
/// Admitted answers between two throttling answers needed to read the quota from them.
const MIN_ADMITTED_BETWEEN: u32 = 3;
/// The throttled share two epochs must both have for throttling to be judged indifferent to
/// the rate.
const UNMOVED_THROTTLED_SHARE: f64 = 0.2;
/// The share of the rate a single decision keeps at least.
const MAX_DROP: f64 = 0.5;
/// How many quiet periods a client waits, after finding that throttling does not follow its
/// rate, before it lets throttling decrease the rate again.
const INDIFFERENT_PERIODS: u32 = 10;

/// An epoch that ended with a decrease, as the next epoch judges that decrease by.
#[derive(Debug, Clone, Copy)]
struct Decreased {
    /// The share of its answers that were not throttling.
    admitted_share: f64,
    /// The rate it was paced at.
    rate: f64,
    /// The rate its requests were actually sent at: below the paced rate when the tasks could
    /// not keep up with it.
    sent: f64,
}

/// The rates of an action's answers over the pacer's window, in requests per second.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Measured {
    /// Answers that were not throttling: what the service admitted.
    pub(crate) admitted: f64,
    /// All answers, throttling ones included: what was sent.
    pub(crate) sent: f64,
}

impl Measured {
    /// The rate a first throttling answer decreases from: what the service admitted (a
    /// saturated quota admits its rate, whatever is sent), but not less than half of what was
    /// sent, as the admitted rate is low too when the client's tasks were waiting out backoffs.
    /// The first epoch corrects it either way.
    fn first_base(self) -> f64 {
        self.admitted.max(self.sent / 2.0)
    }
}

/// The pacing of one throttled action.
///
/// Requests are grouped in *epochs*: an epoch begins at every change of rate, and an answer
/// counts in the epoch its request was sent in. Within one epoch the rate decreases at most
/// once. An epoch is judged by its admitted share (answers that were not throttling ones): a
/// quota admits a fixed rate, so a lower rate must raise the share admitted; when it does not,
/// the throttling does not follow this client's rate (another client of the account, the
/// service's own trouble) and the decrease is undone instead of repeated down to the floor.
#[derive(Debug, Clone)]
pub(crate) struct Schedule {
    /// Requests per second the action is sent at.
    rate: f64,
    /// The rate the service last throttled this client at: the learned quota.
    ceiling: f64,
    /// The step of the next upward probe beyond the headroom; it doubles with every quiet
    /// period, so a quota that was raised (or a rate learned too low) is found again quickly.
    probe_step: f64,
    /// The earliest instant the next request may be sent.
    next: Instant,
    /// When the rate last changed, how many requests have been sent since, and whether one
    /// of them had to wait for its slot (a rate nobody waits for needs no raising).
    changed_at: Instant,
    sent_since_change: u32,
    waited_since_change: bool,
    epoch: u32,
    /// Answers to this epoch's requests, and how many of them were throttling.
    answered: u32,
    throttled: u32,
    /// When this epoch's first and latest throttling answers came, each with the count of
    /// admitted answers before it.
    first_throttle: Option<(Instant, u32)>,
    last_throttle: Option<(Instant, u32)>,
    /// The epoch before, when this one began with a decrease.
    before: Option<Decreased>,
    /// Throttling decreases nothing before this instant (set when a decrease did not help).
    indifferent_until: Option<Instant>,
}

impl Schedule {
    /// The schedule after the action's first throttling answer, given the rates measured then.
    pub(crate) fn first(settings: &Pacing, measured: Option<Measured>, now: Instant) -> Schedule {
        let (rate, ceiling) = match measured {
            Some(measured) => (measured.first_base(), measured.sent),
            None => (settings.min_rate, settings.min_rate),
        };
        Schedule {
            rate: (rate * settings.decrease).clamp(settings.min_rate, UNBOUNDED_RATE),
            ceiling,
            probe_step: settings.probe_step,
            next: now,
            changed_at: now,
            sent_since_change: 0,
            waited_since_change: false,
            epoch: 0,
            answered: 0,
            throttled: 0,
            first_throttle: None,
            last_throttle: None,
            before: None,
            indifferent_until: None,
        }
    }

    /// The paced rate, in requests per second.
    pub(crate) fn rate(&self) -> f64 {
        self.rate
    }

    /// Reserves the next send slot at or after `now` (and after `hold`, a pause the service
    /// asked for), raising the rate first if the action has been quiet long enough. Returns
    /// the slot and the epoch its request belongs to.
    pub(crate) fn reserve(
        &mut self,
        settings: &Pacing,
        now: Instant,
        hold: Option<Instant>,
    ) -> (Instant, u32) {
        self.probe(settings, now);
        let slot = self.next.max(now).max(hold.unwrap_or(now));
        self.waited_since_change |= slot > now;
        self.next = slot + Duration::from_secs_f64(1.0 / self.rate);
        self.sent_since_change = self.sent_since_change.saturating_add(1);
        (slot, self.epoch)
    }

    /// A request of `epoch` was answered, and not with throttling.
    pub(crate) fn admitted(&mut self, epoch: u32) {
        if epoch == self.epoch {
            self.answered = self.answered.saturating_add(1);
        }
    }

    /// A request of `epoch` was throttled: decrease the rate, once per epoch, when the epoch
    /// says it should.
    ///
    /// The epoch measures the quota: it began when the rate last changed, and after a
    /// throttling answer the service's bucket is empty, so what it admitted of the requests
    /// sent since (their rate times the share not throttled) is its rate — with no burst in it.
    pub(crate) fn throttled(&mut self, settings: &Pacing, epoch: u32, now: Instant) {
        if epoch != self.epoch {
            // Sent before the latest change of rate: stale news.
            return;
        }
        self.answered = self.answered.saturating_add(1);
        self.throttled = self.throttled.saturating_add(1);
        let admitted = self.answered - self.throttled;
        self.first_throttle.get_or_insert((now, admitted));
        self.last_throttle = Some((now, admitted));
        // Enough answers, and the quota readable between two throttling answers (or so many
        // answers that it will not be).
        let readable = self.between().is_some() || self.answered >= 2 * MIN_ANSWERS;
        if self.answered >= MIN_ANSWERS && readable && !self.indifferent(now) {
            self.decide(settings, now);
        }
    }

    fn indifferent(&self, now: Instant) -> bool {
        self.indifferent_until.is_some_and(|until| now < until)
    }

    /// Judges an epoch with throttling in it: the decrease before it is undone, or the rate
    /// decreases.
    fn decide(&mut self, settings: &Pacing, now: Instant) {
        let admitted_share = 1.0 - f64::from(self.throttled) / f64::from(self.answered);
        let trusted = self.answered >= MIN_ANSWERS;
        let sent = self.sent_rate(now);
        if let Some(before) = self.before.filter(|_| trusted) {
            // A decrease by `decrease` raises a quota's admitted share by 1 / `decrease` at
            // least. A share that stayed where it was (within half of that rise either way)
            // means the rate was not the cause; one that fell means the quota is busier (a
            // second client), and the rate decreases again.
            let expected_rise = (1.0 / settings.decrease - 1.0) / 2.0;
            let share_before = before.admitted_share;
            // Only a large throttled share is judged so: a small one is what a rate probing
            // just above a quota gets, whatever its noise.
            let large = 1.0 - share_before.max(admitted_share) >= UNMOVED_THROTTLED_SHARE;
            // And only a decrease that lowered what was sent, by half of its own size at
            // least: one that stayed above what the tasks managed to send (a busy machine,
            // tasks waiting out backoffs) changed nothing the service saw.
            let bit = sent <= before.sent * (1.0 + self.rate / before.rate) / 2.0;
            let unmoved = large
                && bit
                && (share_before * (1.0 - expected_rise)..share_before * (1.0 + expected_rise))
                    .contains(&admitted_share);
            if unmoved {
                self.rate = before.rate;
                self.indifferent_until = Some(now + settings.quiet_period * INDIFFERENT_PERIODS);
                self.begin_epoch(now, None);
                return;
            }
        }
        let decreased = Decreased {
            admitted_share,
            rate: self.rate,
            sent,
        };
        self.ceiling = self.rate;
        // At most halved at once: an estimate read low (a bucket that refilled while every
        // task waited out a backoff) costs one step, not a crawl back from the floor. The
        // tasks' own rate is no better a base: it reads low for the same reason.
        let lowest = (self.rate * MAX_DROP).max(settings.min_rate);
        self.rate = (self.quota_estimate(settings, admitted_share, sent) * settings.decrease)
            .clamp(lowest, self.rate.max(lowest));
        self.probe_step = settings.probe_step;
        self.begin_epoch(now, trusted.then_some(decreased));
    }

    /// The rate this epoch's requests were sent at, in requests per second.
    fn sent_rate(&self, now: Instant) -> f64 {
        let elapsed = now.saturating_duration_since(self.changed_at).as_secs_f64();
        f64::from(self.sent_since_change) / elapsed.max(1e-3)
    }

    /// The admitted answers between the epoch's first and latest throttling answers, per
    /// second, when there are enough of them to read a rate from.
    fn between(&self) -> Option<f64> {
        let ((first_at, first_admitted), (last_at, last_admitted)) =
            (self.first_throttle?, self.last_throttle?);
        let span = last_at.saturating_duration_since(first_at).as_secs_f64();
        let admitted = last_admitted.saturating_sub(first_admitted);
        (admitted >= MIN_ADMITTED_BETWEEN && span > 0.0).then(|| f64::from(admitted) / span)
    }

    /// The epoch's estimate of the quota's rate.
    ///
    /// Best, from two throttling answers: the service's bucket was empty at both, so every
    /// token between them went to a request it admitted, and the admitted answers between
    /// them over the time between them is the quota's rate, however the demand varied. Else
    /// what was admitted of the epoch's requests, which reads low when tasks were waiting out
    /// backoffs meanwhile: then a decision takes away at most `decrease` twice. `sent` is the
    /// epoch's [`sent_rate`](Self::sent_rate).
    fn quota_estimate(&self, settings: &Pacing, admitted_share: f64, sent: f64) -> f64 {
        if let Some(between) = self.between() {
            return between;
        }
        (sent * admitted_share).max(self.rate * settings.decrease)
    }

    fn begin_epoch(&mut self, now: Instant, before: Option<Decreased>) {
        tracing::debug!(
            rate = self.rate,
            ceiling = self.ceiling,
            answered = self.answered,
            throttled = self.throttled,
            "pacing: a new epoch"
        );
        // Never the unpaced requests' epoch, `u32::MAX`.
        self.epoch = (self.epoch + 1) % u32::MAX;
        self.answered = 0;
        self.throttled = 0;
        self.first_throttle = None;
        self.last_throttle = None;
        self.before = before;
        self.changed_at = now;
        self.sent_since_change = 0;
        self.waited_since_change = false;
    }

    /// At the end of a quiet period (long enough, and with enough requests sent): an epoch
    /// with throttling in it is judged now, even on fewer answers than a throttling answer
    /// needs to decide alone; otherwise, if a request had to wait for its slot, the rate goes
    /// halfway back to the headroom below the learned quota, or, once there, one probe step
    /// up (a rate nobody waits for needs no raising).
    fn probe(&mut self, settings: &Pacing, now: Instant) {
        let over = now.saturating_duration_since(self.changed_at) >= settings.quiet_period
            && self.sent_since_change >= settings.quiet_requests;
        if !over {
            return;
        }
        if self.throttled > 0 {
            if self.indifferent(now) {
                // Throttling that does not follow the rate: neither lower nor raise it.
                self.begin_epoch(now, None);
            } else {
                self.decide(settings, now);
            }
            return;
        }
        if !self.waited_since_change {
            return;
        }
        let target = self.ceiling * settings.headroom;
        self.rate = if self.rate < target * 0.99 {
            self.rate + (target - self.rate) / 2.0
        } else {
            let raised = self.rate * (1.0 + self.probe_step);
            self.probe_step = (self.probe_step * 2.0).min(MAX_PROBE_STEP);
            raised
        }
        .min(UNBOUNDED_RATE);
        self.begin_epoch(now, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Pacing {
        Pacing {
            quiet_period: Duration::from_millis(100),
            quiet_requests: 5,
            ..Pacing::adaptive()
        }
    }

    /// Sends `count` requests, each at its slot from `start` on, and answers each at once, the
    /// last `throttled` of them with throttling. Returns when the last was answered.
    fn answer(schedule: &mut Schedule, count: u32, throttled: u32, start: Instant) -> Instant {
        let settings = settings_without_probes();
        let mut now = start;
        for index in 0..count {
            let (slot, epoch) = schedule.reserve(&settings, now, None);
            now = now.max(slot);
            if index >= count - throttled {
                schedule.throttled(&settings, epoch, now);
            } else {
                schedule.admitted(epoch);
            }
        }
        now
    }

    fn settings_without_probes() -> Pacing {
        Pacing {
            quiet_requests: u32::MAX,
            ..settings()
        }
    }

    fn first(admitted: f64, now: Instant) -> Schedule {
        let measured = Measured {
            admitted,
            sent: admitted,
        };
        Schedule::first(&settings(), Some(measured), now)
    }

    #[test]
    fn slots_are_spaced_by_the_rate_and_a_hold_delays_them() {
        let settings = settings();
        let now = Instant::now();
        let mut schedule = first(100.0, now);
        assert!((schedule.rate() - 90.0).abs() < 1e-9);
        let (first, _) = schedule.reserve(&settings, now, None);
        let (second, _) = schedule.reserve(&settings, now, None);
        assert_eq!(first, now);
        assert_eq!(second - first, Duration::from_secs_f64(1.0 / 90.0));
        let hold = now + Duration::from_secs(1);
        assert_eq!(schedule.reserve(&settings, now, Some(hold)).0, hold);
    }

    /// Sends requests at their slots from `start` on into a token bucket of `quota` per second
    /// (burst 2, so that no token is lost between two slots; empty at first), until the rate
    /// changes, from a sender that cannot send faster than `cap` per second whatever its rate (a
    /// busy machine: each request is asked for `1 / cap` after the last). Gives up after 5,000
    /// requests at one rate. Returns when the last was answered.
    fn against_quota(schedule: &mut Schedule, quota: f64, cap: f64, start: Instant) -> Instant {
        let settings = settings_without_probes();
        let rate = schedule.rate();
        let (mut now, mut tokens) = (start, 0.0_f64);
        let refill = |tokens: f64, from: Instant, to: Instant| {
            (tokens + to.saturating_duration_since(from).as_secs_f64() * quota).min(2.0)
        };
        for _ in 0..5_000 {
            if schedule.rate() != rate {
                break;
            }
            let (slot, epoch) = schedule.reserve(&settings, now, None);
            tokens = refill(tokens, now, slot);
            now = now.max(slot);
            // Instants count whole nanoseconds: three thirds of a token make a whole one.
            if tokens >= 1.0 - 1e-6 {
                tokens = (tokens - 1.0).max(0.0);
                schedule.admitted(epoch);
            } else {
                schedule.throttled(&settings, epoch, now);
            }
            let ready = now + Duration::from_secs_f64(1.0 / cap);
            tokens = refill(tokens, now, ready);
            now = ready;
        }
        now
    }

    #[test]
    fn a_decrease_above_what_the_sender_manages_is_not_taken_for_indifference() {
        // Paced at 900/s, a busy machine sends 300/s into a quota of 100/s: a decrease to 450/s
        // changes nothing it sends, which must not read as throttling that ignores the rate.
        let mut now = Instant::now();
        let mut schedule = first(1000.0, now);
        let mut rates = vec![schedule.rate()];
        while schedule.rate() > 100.0 && rates.len() <= 5 {
            now = against_quota(&mut schedule, 100.0, 300.0, now);
            rates.push(schedule.rate());
        }
        // Halved at each decision (never undone) until the quota read between throttling
        // answers is in reach: under it within five, without starving.
        assert!(rates.windows(2).all(|pair| pair[1] < pair[0]), "{rates:?}");
        let rate = schedule.rate();
        assert!((60.0..=100.0).contains(&rate), "{rates:?}");
    }

    #[test]
    fn an_epoch_reads_the_quota_between_throttling_answers_and_decreases_once() {
        let settings = settings_without_probes();
        let now = Instant::now();
        let mut schedule = first(1000.0, now);
        assert!((schedule.rate() - 900.0).abs() < 1e-9);
        // Sent at 900/s into a quota of 120/s: each decision halves at most, and the third
        // lands near 0.9 × 120.
        let mut now = against_quota(&mut schedule, 120.0, f64::INFINITY, now);
        assert!(
            (schedule.rate() - 450.0).abs() < 1e-9,
            "{}",
            schedule.rate()
        );
        for _ in 0..2 {
            now = against_quota(&mut schedule, 120.0, f64::INFINITY, now);
        }
        let rate = schedule.rate();
        assert!((95.0..=120.0).contains(&rate), "{rate}");
        // Answers to requests sent before that decrease change nothing.
        schedule.throttled(&settings, 0, now);
        assert_eq!(schedule.rate(), rate);
        // An epoch throttled through and through, with nothing to read the quota from, takes
        // the rate down by 0.9 twice at most, and never below the floor.
        let now = answer(&mut schedule, 32, 32, now);
        assert!((schedule.rate() - rate * 0.81).abs() < 1e-6);
        let mut slow = first(1.0, now);
        answer(&mut slow, 32, 32, now);
        assert_eq!(slow.rate(), settings.min_rate);
    }

    #[test]
    fn a_decrease_that_does_not_raise_the_admitted_share_is_undone() {
        let settings = settings_without_probes();
        let now = Instant::now();
        let mut schedule = first(1000.0, now);
        // A third throttled at 900/s, then a third again at the lower rate: not a quota.
        let now = answer(&mut schedule, 32, 10, now);
        let lowered = schedule.rate();
        assert!(lowered < 900.0);
        let now = answer(&mut schedule, 32, 10, now);
        assert!(
            (schedule.rate() - 900.0).abs() < 1e-9,
            "{}",
            schedule.rate()
        );
        // And for a while, throttling decreases nothing.
        let now = answer(&mut schedule, 32, 32, now);
        assert!((schedule.rate() - 900.0).abs() < 1e-9);
        let later = now + settings.quiet_period * INDIFFERENT_PERIODS;
        answer(&mut schedule, 32, 32, later);
        assert!(schedule.rate() < 900.0);
    }

    #[test]
    fn a_quiet_action_climbs_back_to_the_headroom_then_probes_above_it() {
        let settings = settings();
        let mut now = Instant::now();
        let mut schedule = first(100.0, now);
        let mut rates = Vec::new();
        for _ in 0..8 {
            for _ in 0..5 {
                schedule.reserve(&settings, now, None);
            }
            now += Duration::from_millis(100);
            schedule.reserve(&settings, now, None);
            rates.push(schedule.rate());
        }
        // 90 → halfway to 95 each quiet period → then steps above it, 2 %, 4 %, 8 %...
        assert!((rates[0] - 92.5).abs() < 1e-9, "{rates:?}");
        assert!(rates.windows(2).all(|pair| pair[1] > pair[0]), "{rates:?}");
        assert!(rates[2] < 95.0 && rates[3] > 95.0, "{rates:?}");
        assert!(rates[7] > 100.0, "{rates:?}");
    }
}
