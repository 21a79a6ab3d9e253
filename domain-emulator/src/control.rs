//! Control and inspection of a running emulator, for tests: the recorder, reset, the clock, task
//! stepping and faults. The admin endpoints (`admin`) call the same functions.

use std::io;
use std::time::Duration;

use crate::faults::Faults;
use crate::recorder::RecordedCall;
use crate::server::{Emulator, Shared, lock};
use crate::state::State;

/// A summary of the emulator's state, as `GET /_emulator/health` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// Domains in the account.
    pub domains: usize,
    /// Tasks submitted since start (or the last reset).
    pub tasks: usize,
    /// Tasks with a detail still waiting or executing.
    pub pending_tasks: usize,
    /// API calls recorded.
    pub calls: usize,
    /// The emulator's clock, ms since the Unix epoch.
    pub now_ms: i64,
    /// How far the emulator's clock is ahead of the system clock, in ms.
    pub clock_offset_ms: i64,
}

impl Shared {
    pub(crate) fn health(&self) -> Health {
        let state = lock(&self.state);
        Health {
            domains: state.domains.len(),
            tasks: state.tasks.len(),
            pending_tasks: state
                .tasks
                .iter()
                .filter(|t| t.details.iter().any(|d| !d.status.is_finished()))
                .count(),
            calls: self.recorder.len(),
            now_ms: self.clock.now_ms(),
            clock_offset_ms: self.clock.offset_ms(),
        }
    }

    pub(crate) fn reset(&self) -> io::Result<()> {
        {
            let mut state = lock(&self.state);
            let mut fresh = State::with_domains(self.initial_domains.clone());
            // Detail numbers keep counting, so none given before the reset comes back.
            fresh.next_serial = state.next_serial;
            *state = fresh;
        }
        self.recorder.clear();
        self.clock.reset();
        lock(&self.faults).reset(self.configured_faults.clone());
        self.persist()
    }

    fn step_ms(&self) -> i64 {
        i64::try_from(self.task_step.as_millis()).unwrap_or(i64::MAX)
    }

    pub(crate) fn advance_clock(&self, by: Duration) -> io::Result<()> {
        self.clock.advance(by);
        // Every stage that has now elapsed ends at once, before this returns.
        lock(&self.state).advance(self.clock.now_ms(), self.step_ms());
        self.new_work.notify_one();
        self.persist()
    }

    pub(crate) fn step_tasks(&self) -> io::Result<bool> {
        let changed = lock(&self.state).step(self.clock.now_ms());
        self.new_work.notify_one();
        self.persist()?;
        Ok(changed)
    }

    pub(crate) fn finish_tasks(&self) -> io::Result<()> {
        {
            let mut state = lock(&self.state);
            let now = self.clock.now_ms();
            // Two stages per detail: waiting → executing → finished.
            while state.step(now) {}
        }
        self.persist()
    }

    pub(crate) fn set_faults(&self, action: Option<&str>, faults: Faults) {
        lock(&self.faults).set(action, faults);
    }

    pub(crate) fn clear_faults(&self) {
        lock(&self.faults).reset(Faults::default());
    }
}

/// Control and inspection, for tests. Each is also an admin endpoint under `/_emulator/` (see
/// the crate documentation).
impl Emulator {
    /// Every API call answered so far (since start or the last [`reset`](Self::reset) or
    /// [`clear_calls`](Self::clear_calls)), oldest first; the last 10,000 are kept.
    pub fn calls(&self) -> Vec<RecordedCall> {
        self.shared.recorder.calls()
    }

    /// The recorded calls of one action, oldest first.
    pub fn calls_of(&self, action: &str) -> Vec<RecordedCall> {
        self.calls()
            .into_iter()
            .filter(|call| call.action == action)
            .collect()
    }

    /// Forgets the recorded calls.
    pub fn clear_calls(&self) {
        self.shared.recorder.clear();
    }

    /// Counts of domains, tasks and calls, and the clock.
    pub fn health(&self) -> Health {
        self.shared.health()
    }

    /// Puts the account back as it was at start (the domains it started with, no tasks, no
    /// orders), forgets the recorded calls, sets the clock back to the system clock and the
    /// faults back to the configured ones. The nonces already used stay used.
    pub fn reset(&self) -> io::Result<()> {
        self.shared.reset()
    }

    /// The emulator's clock, ms since the Unix epoch: the system clock plus every
    /// [`advance_clock`](Self::advance_clock).
    pub fn now_ms(&self) -> i64 {
        self.shared.clock.now_ms()
    }

    /// Moves the emulator's clock forward: domains come closer to expiry (or expire), and every
    /// task stage that has elapsed by the new time ends before this returns (two task steps
    /// finish any task). Request time stamps are still checked against the system clock.
    pub fn advance_clock(&self, by: Duration) -> io::Result<()> {
        self.shared.advance_clock(by)
    }

    /// Moves every unfinished task detail one stage on now (waiting → executing → finished),
    /// however little time has passed; returns whether there was any to move.
    pub fn step_tasks(&self) -> io::Result<bool> {
        self.shared.step_tasks()
    }

    /// Finishes every unfinished task now.
    pub fn finish_tasks(&self) -> io::Result<()> {
        self.shared.finish_tasks()
    }

    /// Replaces the faults that apply to every action without faults of its own.
    pub fn set_faults(&self, faults: Faults) {
        self.shared.set_faults(None, faults);
    }

    /// Gives `action` faults of its own, drawn from their own generator; other actions keep
    /// theirs.
    pub fn set_action_faults(&self, action: &str, faults: Faults) {
        self.shared.set_faults(Some(action), faults);
    }

    /// Turns every fault off, the per-action ones included.
    pub fn clear_faults(&self) {
        self.shared.clear_faults();
    }
}
