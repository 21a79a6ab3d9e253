//! Carrying out a plan: sending each order, finding out what became of every order whose answer
//! was lost (by the rule of the [module docs](super)), following every task, and reporting.

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aliyun_rpc::Client;

use super::order::{OrderState, OrderedDomain, PlacedOrder};
use super::outcome::{DomainOutcome, Outcome, Progress, RenewalReport};
use super::{
    MAX_RECONCILE_ROUNDS, RenewalPlan, Timing, order_param, plan, poll, reconcile, submit,
};
use crate::{OrderRenewParam, domain_key};

/// One piece of work of a run.
enum Work {
    /// Send these entries as one order (the `attempt`-th for them).
    Send {
        entries: Vec<OrderRenewParam>,
        attempt: u32,
    },
    /// Find out whether `order`, whose answer was lost (`resend`) or was an error that does not
    /// prove it absent (not `resend`), exists; `keys` are the run's domains it carries.
    Resolve {
        order: PlacedOrder,
        keys: Vec<String>,
        attempt: u32,
        resend: bool,
        reason: String,
    },
}

/// Carries out `planned` (see [`RenewalPlan::execute`]).
pub(super) async fn execute(
    planned: RenewalPlan,
    client: &Client,
    progress: &(dyn Fn(Progress) + Sync),
) -> RenewalReport {
    let mut run = Run {
        client,
        progress,
        outcomes: HashMap::new(),
        params: HashMap::new(),
        known: HashSet::new(),
        before: None,
        accepted: Vec::new(),
        earlier: HashSet::new(),
        stopped: None,
        orders: 0,
        page_size: planned.page_size,
        timing: planned.timing,
        coupon: planned.coupon.clone(),
        promotion: planned.promotion.clone(),
    };
    for entry in &planned.entries {
        let key = domain_key(&entry.domain_name);
        run.params.insert(key.clone(), order_param(entry));
        run.outcomes.insert(
            key,
            DomainOutcome {
                domain_name: entry.domain_name.clone(),
                years: entry.years,
                previous_expiration_ms: Some(entry.current_expiration_ms),
                task_no: None,
                outcome: Outcome::Unknown {
                    reason: "not submitted".into(),
                    check: "the run stopped early".into(),
                },
            },
        );
    }
    // Tasks that exist before the first submission can never be adopted as this run's.
    for _ in 0..3 {
        if let Ok(tasks) =
            reconcile::existing_tasks(client, SystemTime::now(), planned.page_size).await
        {
            run.before = Some(tasks);
            break;
        }
    }
    let mut work = VecDeque::new();
    for (order, keys) in planned.resumed {
        // Handed out again so that a caller names it too if this run is interrupted.
        progress(Progress::OrderRecorded(order.clone()));
        match (&order.task_no, order.state) {
            (Some(task_no), OrderState::Accepted) => {
                for key in &keys {
                    if let Some(outcome) = run.outcomes.get_mut(key) {
                        outcome.task_no = Some(task_no.clone());
                    }
                }
                run.known.insert(task_no.clone());
                run.accepted.push((task_no.clone(), keys));
            }
            _ => {
                run.earlier.extend(keys.iter().cloned());
                work.push_back(Work::Resolve {
                    order,
                    keys,
                    attempt: 1,
                    resend: true,
                    reason: "an earlier run's order whose outcome is unknown".into(),
                });
            }
        }
    }
    for batch in &planned.batches {
        work.push_back(Work::Send {
            entries: batch.entries().to_vec(),
            attempt: 1,
        });
    }
    while let Some(item) = work.pop_front() {
        if let Some(reason) = run.stopped.clone() {
            run.not_sent(&item, &reason);
            continue;
        }
        match item {
            Work::Send { entries, attempt } => {
                if let Some(next) = run.send(entries, attempt).await {
                    work.push_front(next);
                }
            }
            Work::Resolve {
                order,
                keys,
                attempt,
                resend,
                reason,
            } => {
                if let Some(next) = run.resolve(order, keys, attempt, resend, reason).await {
                    work.push_front(next);
                }
            }
        }
    }
    let stopped = poll::follow(
        client,
        &run.accepted,
        &mut run.outcomes,
        &run.earlier,
        &planned.poll,
        planned.page_size,
        progress,
    )
    .await;
    if let Some(reason) = stopped.or(run.stopped.take()) {
        progress(Progress::Stopped { reason });
    }
    let mut report = RenewalReport::default();
    report.outcomes.extend(planned.refused);
    report.outcomes.extend(planned.renewed_earlier);
    for entry in &planned.entries {
        if let Some(outcome) = run.outcomes.remove(&domain_key(&entry.domain_name)) {
            report.outcomes.push(outcome);
        }
    }
    report
}

/// The state of one execution.
struct Run<'a> {
    client: &'a Client,
    progress: &'a (dyn Fn(Progress) + Sync),
    /// Each planned domain's outcome, by [`domain_key`].
    outcomes: HashMap<String, DomainOutcome>,
    /// Each planned domain's order entry, by [`domain_key`], for resending.
    params: HashMap<String, OrderRenewParam>,
    /// Tasks adopted by the run: never another order's.
    known: HashSet<String>,
    /// Tasks listed before the first order, if they could be read.
    before: Option<HashSet<String>>,
    /// Tasks to follow, with the keys of their domains.
    accepted: Vec<(String, Vec<String>)>,
    /// Domains with an earlier order whose answer was lost.
    earlier: HashSet<String>,
    /// Why the run stopped early (a permanent error), if it did.
    stopped: Option<String>,
    orders: u32,
    page_size: u32,
    timing: Timing,
    coupon: Option<String>,
    promotion: Option<String>,
}

fn now_ms() -> i64 {
    plan::epoch_ms(SystemTime::now())
}

impl Run<'_> {
    fn set(&mut self, keys: &[String], outcome: Outcome) {
        for key in keys {
            if let Some(entry) = self.outcomes.get_mut(key) {
                entry.outcome = outcome.clone();
            }
        }
    }

    /// Tells the progress callback that `order` (of `entries` domains) is recorded and why its
    /// submission failed.
    fn report_failed_order(&self, order: PlacedOrder, entries: usize, reason: &str) {
        (self.progress)(Progress::OrderRecorded(order));
        (self.progress)(Progress::SubmitFailed {
            entries,
            reason: reason.to_owned(),
        });
    }

    /// Records `order` as ambiguous and returns the work of finding out whether it exists
    /// (see [`Work::Resolve`] for `resend`).
    fn resolve_later(
        &self,
        mut order: PlacedOrder,
        keys: Vec<String>,
        attempt: u32,
        resend: bool,
        reason: String,
    ) -> Work {
        order.state = OrderState::Ambiguous;
        (self.progress)(Progress::OrderRecorded(order.clone()));
        Work::Resolve {
            order,
            keys,
            attempt,
            resend,
            reason,
        }
    }

    /// Marks `keys` unknown: `reason` says what happened, `check` what to look at before
    /// renewing them again.
    fn set_unknown(&mut self, keys: &[String], reason: String, check: String) {
        self.set(keys, Outcome::Unknown { reason, check });
    }

    fn adopt(&mut self, task_no: String, keys: Vec<String>) {
        for key in &keys {
            if let Some(outcome) = self.outcomes.get_mut(key) {
                outcome.task_no = Some(task_no.clone());
            }
        }
        (self.progress)(Progress::Submitted {
            task_no: task_no.clone(),
            entries: keys.len(),
        });
        self.known.insert(task_no.clone());
        self.accepted.push((task_no, keys));
    }

    /// Marks the domains of work that will not be done because the run stopped.
    fn not_sent(&mut self, item: &Work, reason: &str) {
        match item {
            Work::Send { entries, .. } => {
                let keys: Vec<String> = entries
                    .iter()
                    .map(|e| domain_key(e.domain_name()))
                    .collect();
                self.set(
                    &keys,
                    Outcome::Failed {
                        reason: format!("not sent: the run stopped: {reason}"),
                    },
                );
            }
            Work::Resolve { order, keys, .. } => {
                let check = check_order(order);
                self.set_unknown(
                    keys,
                    format!("an order whose answer was lost; the run stopped: {reason}"),
                    check,
                );
            }
        }
    }

    /// Sends one order; what to do next, if anything, comes back.
    async fn send(&mut self, entries: Vec<OrderRenewParam>, attempt: u32) -> Option<Work> {
        let keys: Vec<String> = entries
            .iter()
            .map(|e| domain_key(e.domain_name()))
            .collect();
        self.orders += 1;
        let submitted_ms = now_ms();
        let mut tasks_before: Vec<String> = self
            .before
            .iter()
            .flatten()
            .chain(&self.known)
            .cloned()
            .collect();
        tasks_before.sort();
        let mut order = PlacedOrder {
            id: format!("{submitted_ms}-{}", self.orders),
            domains: entries
                .iter()
                .map(|e| OrderedDomain {
                    domain_name: e.domain_name().to_owned(),
                    years: e.subscription_duration(),
                    expiration_before_ms: e.current_expiration_date(),
                })
                .collect(),
            submitted_ms,
            answered_ms: None,
            state: OrderState::Sending,
            task_no: None,
            request_id: None,
            tasks_before,
        };
        // Recorded before it is sent: a run that dies now leaves an order that may exist.
        (self.progress)(Progress::OrderRecorded(order.clone()));
        let request =
            plan::batch_request(entries, self.coupon.as_deref(), self.promotion.as_deref());
        let submitted = submit::submit(self.client, &request).await;
        order.answered_ms = Some(now_ms());
        match submitted {
            submit::Submitted::Task(task_no, request_id) => {
                order.state = OrderState::Accepted;
                order.task_no = Some(task_no.clone());
                order.request_id = Some(request_id);
                (self.progress)(Progress::OrderRecorded(order));
                self.adopt(task_no, keys);
                None
            }
            submit::Submitted::NotProcessed(reason, permanent) => {
                order.state = OrderState::NotCreated;
                self.report_failed_order(order, keys.len(), &reason);
                self.set(
                    &keys,
                    Outcome::Failed {
                        reason: reason.clone(),
                    },
                );
                if permanent {
                    self.stopped = Some(reason);
                }
                None
            }
            submit::Submitted::Ambiguous(reason) | submit::Submitted::AnsweredError(reason)
                if self.before.is_none() =>
            {
                order.state = OrderState::Ambiguous;
                let check = check_order(&order);
                self.report_failed_order(order, keys.len(), &reason);
                // Without the tasks listed before, a task found cannot be told from an older one.
                self.set_unknown(
                    &keys,
                    format!("{reason}; the tasks listed before could not be read"),
                    check,
                );
                None
            }
            submit::Submitted::Ambiguous(reason) => {
                Some(self.resolve_later(order, keys, attempt, true, reason))
            }
            submit::Submitted::AnsweredError(reason) => {
                Some(self.resolve_later(order, keys, attempt, false, reason))
            }
        }
    }

    /// Finds out what became of an order whose answer was lost, by the rule of the module docs.
    async fn resolve(
        &mut self,
        mut order: PlacedOrder,
        keys: Vec<String>,
        attempt: u32,
        resend: bool,
        reason: String,
    ) -> Option<Work> {
        (self.progress)(Progress::Reconciling {
            entries: keys.len(),
            reason: reason.clone(),
        });
        let window = if resend {
            self.timing.order_window
        } else {
            self.timing.listing_settle
        };
        // An order recorded as sending by a run that died: its last attempt may have been signed
        // any time until then, so its window is counted twice.
        let origin_ms = match (order.answered_ms, order.state) {
            (Some(answered), _) => answered,
            (None, _) => order.submitted_ms.saturating_add(duration_ms(window)),
        };
        let deadline = UNIX_EPOCH
            .checked_add(Duration::from_millis(u64::try_from(origin_ms).unwrap_or(0)))
            .and_then(|origin| origin.checked_add(window))
            .unwrap_or_else(|| SystemTime::now() + window);
        let resolution = reconcile::resolve(
            self.client,
            &order,
            &self.known,
            deadline,
            self.timing.reconcile_delay,
            self.page_size,
        )
        .await;
        let check = check_order(&order);
        match resolution {
            reconcile::Resolution::Created(task_no) => {
                order.state = OrderState::Accepted;
                order.task_no = Some(task_no.clone());
                (self.progress)(Progress::OrderRecorded(order));
                self.adopt(task_no, keys);
                None
            }
            reconcile::Resolution::Decided { renewed, undecided } => {
                order.state = OrderState::Accepted;
                (self.progress)(Progress::OrderRecorded(order));
                for (key, new_expiration) in renewed {
                    if keys.contains(&key) {
                        self.set(
                            &[key],
                            Outcome::Renewed {
                                new_expiration_ms: Some(new_expiration),
                            },
                        );
                    }
                }
                let undecided: Vec<String> = undecided
                    .into_iter()
                    .map(|(key, _)| key)
                    .filter(|key| keys.contains(key))
                    .collect();
                self.set_unknown(
                    &undecided,
                    format!(
                        "{reason}; the order exists (some of its domains were renewed) but its \
                         task was not found"
                    ),
                    check,
                );
                None
            }
            reconcile::Resolution::NotCreated { changed } => {
                order.state = OrderState::NotCreated;
                (self.progress)(Progress::OrderRecorded(order));
                let changed: HashSet<String> = changed.into_iter().map(|(key, _)| key).collect();
                let stale: Vec<String> = keys
                    .iter()
                    .filter(|key| changed.contains(*key))
                    .cloned()
                    .collect();
                self.set(
                    &stale,
                    Outcome::Failed {
                        reason: "not renewed: the order was not created, and the expiration \
                                 changed meanwhile, so it was not sent again"
                            .into(),
                    },
                );
                let again: Vec<String> = keys
                    .into_iter()
                    .filter(|key| !changed.contains(key))
                    .collect();
                if again.is_empty() {
                    return None;
                }
                if !resend {
                    // The service answered an error, and no order turned up while it settled.
                    self.set(
                        &again,
                        Outcome::Failed {
                            reason: format!("{reason}; no order was found afterwards"),
                        },
                    );
                    return None;
                }
                if attempt >= MAX_RECONCILE_ROUNDS {
                    self.set(
                        &again,
                        Outcome::Failed {
                            reason: format!(
                                "not renewed: {attempt} orders were lost without being created; \
                                 last: {reason}"
                            ),
                        },
                    );
                    return None;
                }
                self.earlier.extend(again.iter().cloned());
                let entries = again
                    .iter()
                    .filter_map(|key| self.params.get(key).cloned())
                    .collect();
                Some(Work::Send {
                    entries,
                    attempt: attempt + 1,
                })
            }
            reconcile::Resolution::Undecided(error) => {
                self.set_unknown(
                    &keys,
                    format!("{reason}; reconciling it failed: {error}"),
                    check,
                );
                None
            }
            reconcile::Resolution::Stopped(error) => {
                self.set_unknown(
                    &keys,
                    format!("{reason}; reconciling it stopped: {error}"),
                    check,
                );
                self.stopped = Some(error);
                None
            }
        }
    }
}

fn duration_ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// What to check before renewing the domains of an order whose outcome is unknown.
fn check_order(order: &PlacedOrder) -> String {
    format!(
        "QueryTaskList for a task created since {} ms carrying these domains, and each domain's \
         ExpirationDateLong (before: as planned); re-running the same command with the same \
         journal does this without ordering twice",
        order.submitted_ms
    )
}
