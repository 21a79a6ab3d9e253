//! [`Pacer`]: the per-client table of actions, and the [`Ticket`] each attempt carries from its
//! send slot to its answer.

use std::sync::{Arc, RwLock};
use std::time::Instant;

use super::action::ActionPace;
use super::settings::Pacing;
use crate::error::Error;

/// Every action's pace, shared by all clones of one client.
#[derive(Debug)]
pub(crate) struct Pacer {
    settings: Pacing,
    origin: Instant,
    /// One entry per action ever sent: a handful, so a scan beats hashing.
    actions: RwLock<Vec<Arc<ActionPace>>>,
}

/// What an attempt needs to report its answer to the pacer.
#[derive(Debug)]
pub(crate) struct Ticket<'a> {
    pacer: &'a Pacer,
    pace: Option<Arc<ActionPace>>,
    epoch: u32,
}

impl Pacer {
    pub(crate) fn new(settings: Pacing) -> Pacer {
        Pacer {
            settings,
            origin: Instant::now(),
            actions: RwLock::new(Vec::new()),
        }
    }

    /// Waits for `action`'s next send slot (at once unless it is paced) and returns the ticket
    /// to report the attempt's answer with.
    pub(crate) async fn ticket(&self, action: &'static str) -> Ticket<'_> {
        if !self.settings.enabled {
            return Ticket {
                pacer: self,
                pace: None,
                epoch: 0,
            };
        }
        let pace = self.pace(action);
        let (slot, epoch) = pace.reserve(&self.settings, Instant::now());
        if let Some(slot) = slot {
            tokio::time::sleep_until(slot.into()).await;
        }
        Ticket {
            pacer: self,
            pace: Some(pace),
            epoch,
        }
    }

    /// The rate `action` is paced at, in requests per second; `None` while it is not paced.
    pub(crate) fn rate(&self, action: &str) -> Option<f64> {
        self.read()
            .iter()
            .find(|pace| pace.name == action)
            .and_then(|pace| pace.rate())
    }

    fn pace(&self, action: &'static str) -> Arc<ActionPace> {
        if let Some(pace) = self.read().iter().find(|pace| pace.name == action) {
            return pace.clone();
        }
        let mut actions = self
            .actions
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        // Another task may have added it between the two locks.
        if let Some(pace) = actions.iter().find(|pace| pace.name == action) {
            return pace.clone();
        }
        let pace = Arc::new(ActionPace::new(action, &self.settings, self.now_ms()));
        actions.push(pace.clone());
        pace
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Vec<Arc<ActionPace>>> {
        self.actions
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.origin.elapsed().as_millis()).unwrap_or(u64::MAX)
    }
}

impl Ticket<'_> {
    /// Reports an attempt's outcome: a throttling answer slows the action, any other answer
    /// counts as admitted; a failure without an answer tells nothing about the quota.
    pub(crate) fn settle<T>(self, outcome: &Result<T, Error>) {
        let Some(pace) = self.pace else {
            return;
        };
        let pacer = self.pacer;
        match outcome {
            Ok(_) | Err(Error::Response(_)) => pace.accepted(self.epoch, pacer.now_ms()),
            Err(Error::Service(service)) if service.is_throttling() => pace.throttled(
                &pacer.settings,
                self.epoch,
                service.retry_after(),
                Instant::now(),
                pacer.now_ms(),
            ),
            Err(Error::Service(_)) => pace.accepted(self.epoch, pacer.now_ms()),
            Err(_) => {}
        }
    }
}
