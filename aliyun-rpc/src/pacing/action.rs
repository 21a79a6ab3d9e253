//! [`ActionPace`]: everything the pacer knows about one action, shared by all the client's tasks.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::schedule::{Measured, Schedule};
use super::settings::Pacing;
use super::window::AcceptedWindow;

/// The longest hold kept when the service asks for a pause too long to represent.
const FAR: Duration = Duration::from_secs(86_400 * 365);

/// The epoch of a request sent before the action was paced: its answer counts in no epoch.
const UNPACED: u32 = u32::MAX;

/// One action's answers and, once it has been throttled, its schedule.
///
/// Until the first throttling answer only the lock-free window is touched; the lock guards the
/// schedule of a throttled action, for the instant it takes to reserve a slot.
#[derive(Debug)]
pub(crate) struct ActionPace {
    pub(crate) name: &'static str,
    /// When the action was first sent, in milliseconds from the pacer's origin: the window of
    /// an action younger than the window spans only its life.
    first_ms: u64,
    paced: AtomicBool,
    accepted: AcceptedWindow,
    throttled: AcceptedWindow,
    state: Mutex<Paced>,
}

#[derive(Debug, Default)]
struct Paced {
    schedule: Option<Schedule>,
    /// No request of the action before this instant: the service's `x-acs-retry-after`.
    hold: Option<Instant>,
}

impl ActionPace {
    pub(crate) fn new(name: &'static str, settings: &Pacing, now_ms: u64) -> ActionPace {
        let window_ms = u64::try_from(settings.window.as_millis()).unwrap_or(u64::MAX);
        ActionPace {
            name,
            first_ms: now_ms,
            paced: AtomicBool::new(false),
            accepted: AcceptedWindow::new(window_ms),
            throttled: AcceptedWindow::new(window_ms),
            state: Mutex::new(Paced::default()),
        }
    }

    /// The slot to send the next request at (`None`: at once) and the epoch it belongs to.
    pub(crate) fn reserve(&self, settings: &Pacing, now: Instant) -> (Option<Instant>, u32) {
        if !self.paced.load(Ordering::Acquire) {
            return (None, UNPACED);
        }
        let mut state = self.lock();
        let hold = state.hold;
        match state.schedule.as_mut() {
            Some(schedule) => {
                let (slot, epoch) = schedule.reserve(settings, now, hold);
                ((slot > now).then_some(slot), epoch)
            }
            None => (hold.filter(|hold| *hold > now), UNPACED),
        }
    }

    /// The service answered a request of `epoch` (anything but throttling): it was admitted.
    pub(crate) fn accepted(&self, epoch: u32, now_ms: u64) {
        self.accepted.record(now_ms);
        if self.paced.load(Ordering::Acquire)
            && let Some(schedule) = self.lock().schedule.as_mut()
        {
            schedule.admitted(epoch);
        }
    }

    /// The service throttled a request of `epoch`, asking for `retry_after` when it said so.
    pub(crate) fn throttled(
        &self,
        settings: &Pacing,
        epoch: u32,
        retry_after: Option<Duration>,
        now: Instant,
        now_ms: u64,
    ) {
        self.throttled.record(now_ms);
        let mut state = self.lock();
        // A pause too far to represent is held as far as can be: the calls' deadlines end
        // their waits.
        if let Some(until) = retry_after.map(|pause| now.checked_add(pause).unwrap_or(now + FAR)) {
            state.hold = Some(state.hold.map_or(until, |hold| hold.max(until)));
        }
        match state.schedule.as_mut() {
            Some(schedule) => schedule.throttled(settings, epoch, now),
            None => state.schedule = Some(Schedule::first(settings, self.measured(now_ms), now)),
        }
        self.paced.store(true, Ordering::Release);
    }

    /// The paced rate, once the action has been throttled.
    pub(crate) fn rate(&self) -> Option<f64> {
        self.lock().schedule.as_ref().map(Schedule::rate)
    }

    /// The rates of answers over the window (or the action's life, when shorter).
    fn measured(&self, now_ms: u64) -> Option<Measured> {
        let (admitted, span_ms) = self.accepted.count(now_ms);
        let (throttled, _) = self.throttled.count(now_ms);
        let lived_ms = now_ms.saturating_sub(self.first_ms).max(1);
        let per_second = 1000.0 / span_ms.min(lived_ms) as f64;
        (admitted > 0).then(|| Measured {
            admitted: admitted as f64 * per_second,
            sent: (admitted + throttled) as f64 * per_second,
        })
    }

    fn lock(&self) -> MutexGuard<'_, Paced> {
        // The state is plain numbers, consistent after every statement: a panic elsewhere
        // leaves nothing half-updated.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
