//! The renewal job: choose domains, renew them in batches, follow each task to its end, and
//! report every domain's outcome — never submitting a domain twice in one run.
//!
//! ```no_run
//! use domain_api::workflow::Renewal;
//!
//! # async fn run(client: &aliyun_rpc::Client) -> Result<(), aliyun_rpc::Error> {
//! let plan = Renewal::expiring_within(60).years(1).plan(client).await?;
//! println!("{} domains to renew", plan.entries.len());
//! let report = plan.execute(client, &|_progress| {}).await;
//! for outcome in &report.outcomes {
//!     println!("{} {}", outcome.domain_name, outcome.outcome);
//! }
//! # Ok(())
//! # }
//! ```

use std::collections::{HashMap, HashSet};
use std::time::{Duration, SystemTime};

use aliyun_rpc::{Client, Error};

mod outcome;
mod plan;
mod poll;
mod reconcile;
mod submit;

pub use outcome::{DomainOutcome, Outcome, Progress, RenewalReport};
pub use plan::{EXPIRED_GRACE_DAYS, PlannedRenewal};

use crate::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew};
use plan::Selection;

/// The default number of domains per batch.
pub const DEFAULT_BATCH_SIZE: usize = 100;
/// The default budget of encoded parameter bytes per batch: far below any server's limit, with
/// the request moved into a form body long before it is reached.
pub const DEFAULT_MAX_BATCH_BYTES: usize = 64 * 1024;
/// How long to wait after an ambiguous submission before looking for the task it may have
/// created, so that a task being written is listed.
pub const DEFAULT_RECONCILE_DELAY: Duration = Duration::from_secs(5);
/// How many times an ambiguous batch is reconciled (and, when provably not created, resent).
pub const MAX_RECONCILE_ROUNDS: u32 = 3;
/// The default number of items per page when listing.
pub const DEFAULT_PAGE_SIZE: u32 = 500;

/// A renewal run, configured with a builder.
#[derive(Debug, Clone)]
#[must_use = "a Renewal does nothing until `plan` and `execute` are called"]
pub struct Renewal {
    selection: Selection,
    years: u32,
    batch_size: usize,
    max_batch_bytes: usize,
    coupon: Option<String>,
    promotion: Option<String>,
    permit_premium: bool,
    page_size: u32,
    reconcile_delay: Duration,
    poll: poll::PollPolicy,
}

impl Renewal {
    /// Renews these domains (each read first for its current expiration).
    pub fn domains<S: Into<String>>(names: impl IntoIterator<Item = S>) -> Renewal {
        Renewal::new(Selection::Named(
            names.into_iter().map(Into::into).collect(),
        ))
    }

    /// Renews every domain expiring within `days` days, and those expired within the last
    /// [`EXPIRED_GRACE_DAYS`] days.
    pub fn expiring_within(days: u32) -> Renewal {
        Renewal::new(Selection::ExpiringWithin(days))
    }

    fn new(selection: Selection) -> Renewal {
        Renewal {
            selection,
            years: 1,
            batch_size: DEFAULT_BATCH_SIZE,
            max_batch_bytes: DEFAULT_MAX_BATCH_BYTES,
            coupon: None,
            promotion: None,
            permit_premium: false,
            page_size: DEFAULT_PAGE_SIZE,
            reconcile_delay: DEFAULT_RECONCILE_DELAY,
            poll: poll::PollPolicy::default(),
        }
    }

    /// Years to add to each domain (1 to 10; default 1).
    pub fn years(mut self, years: u32) -> Renewal {
        self.years = years;
        self
    }

    /// Domains per batch (1 to 1000; default 100).
    pub fn batch_size(mut self, size: usize) -> Renewal {
        self.batch_size = size.clamp(1, 1000);
        self
    }

    /// Encoded parameter bytes per batch (default 64 KiB).
    pub fn max_batch_bytes(mut self, bytes: usize) -> Renewal {
        self.max_batch_bytes = bytes;
        self
    }

    /// Pays with the voucher `coupon_no`.
    pub fn coupon(mut self, coupon_no: impl Into<String>) -> Renewal {
        self.coupon = Some(coupon_no.into());
        self
    }

    /// Applies the promotion `promotion_no`.
    pub fn promotion(mut self, promotion_no: impl Into<String>) -> Renewal {
        self.promotion = Some(promotion_no.into());
        self
    }

    /// Renews premium domains at their premium price too (otherwise they are left out).
    pub fn permit_premium(mut self, permit: bool) -> Renewal {
        self.permit_premium = permit;
        self
    }

    /// Items per page when listing domains and task details (1 to 1000; default 500).
    pub fn page_size(mut self, size: u32) -> Renewal {
        self.page_size = size.clamp(1, 1000);
        self
    }

    /// Waits `delay` after an ambiguous submission before reconciling (default 5 s).
    pub fn reconcile_delay(mut self, delay: Duration) -> Renewal {
        self.reconcile_delay = delay;
        self
    }

    /// Polls task details first after `initial`, backing off to `max` between reads
    /// (defaults 1 s and 10 s).
    pub fn poll_interval(mut self, initial: Duration, max: Duration) -> Renewal {
        self.poll.initial = initial;
        self.poll.max = max.max(initial);
        self
    }

    /// Stops polling after `limit`; domains still running are reported unknown (default 15 min).
    pub fn poll_timeout(mut self, limit: Duration) -> Renewal {
        self.poll.timeout = limit;
        self
    }

    /// Reads the domains and their expirations and splits them into batches; sends no order.
    pub async fn plan(&self, client: &Client) -> Result<RenewalPlan, Error> {
        let (candidates, mut refused) = plan::resolve(
            client,
            &self.selection,
            self.years,
            self.page_size,
            SystemTime::now(),
        )
        .await?;
        let mut entries = Vec::new();
        for candidate in candidates {
            if candidate.premium && !self.permit_premium {
                refused.push(DomainOutcome {
                    domain_name: candidate.domain_name,
                    years: candidate.years,
                    previous_expiration_ms: Some(candidate.current_expiration_ms),
                    task_no: None,
                    outcome: Outcome::Skipped {
                        reason: "a premium domain; renew it with premium renewal permitted".into(),
                    },
                });
            } else {
                entries.push(candidate);
            }
        }
        let params = entries
            .iter()
            .map(|e| {
                let param = OrderRenewParam::new(&e.domain_name, e.years, e.current_expiration_ms);
                if e.premium {
                    param.permit_premium_renew()
                } else {
                    param
                }
            })
            .collect();
        let batches = plan::split_batches(params, self.batch_size, self.max_batch_bytes)
            .into_iter()
            .map(|batch| {
                plan::batch_request(batch, self.coupon.as_deref(), self.promotion.as_deref())
            })
            .collect();
        Ok(RenewalPlan {
            entries,
            refused,
            batches,
            poll: self.poll.clone(),
            page_size: self.page_size,
            reconcile_delay: self.reconcile_delay,
        })
    }
}

/// What a run will renew, before anything is ordered: show it, ask, then [`execute`](Self::execute).
#[derive(Debug, Clone)]
pub struct RenewalPlan {
    /// The domains to renew, in order.
    pub entries: Vec<PlannedRenewal>,
    /// Domains left out, with why: skipped (premium without permission) or failed (not in the
    /// account, no expiration date).
    pub refused: Vec<DomainOutcome>,
    batches: Vec<SaveBatchTaskForCreatingOrderRenew>,
    poll: poll::PollPolicy,
    page_size: u32,
    reconcile_delay: Duration,
}

impl RenewalPlan {
    /// The batch requests the run will send, each exactly once.
    pub fn batches(&self) -> &[SaveBatchTaskForCreatingOrderRenew] {
        &self.batches
    }

    /// The years of renewal the run orders, over all domains.
    pub fn total_years(&self) -> u32 {
        self.entries.iter().map(|e| e.years).sum()
    }

    /// Submits each batch once, follows every task to its end, and reports each domain.
    pub async fn execute(
        self,
        client: &Client,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> RenewalReport {
        let mut outcomes: HashMap<String, DomainOutcome> = HashMap::new();
        let mut tasks: Vec<(String, Vec<String>)> = Vec::new();
        for entry in &self.entries {
            outcomes.insert(
                plan::normalize(&entry.domain_name),
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
        let before = reconcile::existing_tasks(client, SystemTime::now(), self.page_size)
            .await
            .ok();
        for batch in &self.batches {
            let names: Vec<String> = batch
                .entries()
                .iter()
                .map(|e| plan::normalize(e.domain_name()))
                .collect();
            let planned: HashMap<String, i64> = batch
                .entries()
                .iter()
                .map(|e| {
                    (
                        plan::normalize(e.domain_name()),
                        e.current_expiration_date(),
                    )
                })
                .collect();
            let mut submitted = submit::submit(client, batch).await;
            let mut rounds = 0;
            while let submit::Submitted::Ambiguous(reason) = &submitted {
                let Some(before) = &before else { break };
                if rounds >= MAX_RECONCILE_ROUNDS {
                    break;
                }
                rounds += 1;
                progress(Progress::Reconciling {
                    entries: names.len(),
                    reason: reason.clone(),
                });
                tokio::time::sleep(self.reconcile_delay).await;
                let known: HashSet<String> = tasks.iter().map(|(task, _)| task.clone()).collect();
                submitted =
                    match reconcile::reconcile(client, before, &known, &planned, self.page_size)
                        .await
                    {
                        Ok(reconcile::Finding::Created(task_no)) => {
                            submit::Submitted::Task(task_no)
                        }
                        Ok(reconcile::Finding::NotCreated) => submit::submit(client, batch).await,
                        Ok(reconcile::Finding::Moved(moved)) => {
                            submit::Submitted::Ambiguous(format!(
                                "no task was found, but the expiration of {} changed",
                                moved.join(", ")
                            ))
                        }
                        // A failed reconciliation read decides nothing; the next round tries again.
                        Err(_) => submitted,
                    };
                if matches!(&submitted, submit::Submitted::Ambiguous(text) if text.starts_with("no task was found"))
                {
                    break;
                }
            }
            match submitted {
                submit::Submitted::Task(task_no) => {
                    progress(Progress::Submitted {
                        task_no: task_no.clone(),
                        entries: names.len(),
                    });
                    for name in &names {
                        if let Some(outcome) = outcomes.get_mut(name) {
                            outcome.task_no = Some(task_no.clone());
                        }
                    }
                    tasks.push((task_no, names));
                }
                submit::Submitted::NotProcessed(reason) => {
                    progress(Progress::SubmitFailed {
                        entries: names.len(),
                        reason: reason.clone(),
                    });
                    for name in &names {
                        if let Some(outcome) = outcomes.get_mut(name) {
                            outcome.outcome = Outcome::Failed {
                                reason: reason.clone(),
                            };
                        }
                    }
                }
                submit::Submitted::Ambiguous(reason) => {
                    progress(Progress::SubmitFailed {
                        entries: names.len(),
                        reason: reason.clone(),
                    });
                    for name in &names {
                        if let Some(outcome) = outcomes.get_mut(name) {
                            outcome.outcome = Outcome::Unknown {
                                reason: reason.clone(),
                                check: "QueryTaskList for a task created since the run started, and the domain's ExpirationDateLong, before renewing again".into(),
                            };
                        }
                    }
                }
            }
        }
        poll::follow(
            client,
            &tasks,
            &mut outcomes,
            &self.poll,
            self.page_size,
            progress,
        )
        .await;
        let mut report = RenewalReport::default();
        report.outcomes.extend(self.refused);
        for entry in &self.entries {
            if let Some(outcome) = outcomes.remove(&plan::normalize(&entry.domain_name)) {
                report.outcomes.push(outcome);
            }
        }
        report
    }
}
