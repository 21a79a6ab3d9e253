//! The renewal job: choose domains, renew them in batches, follow each task to its end, and
//! report every domain's outcome — ordering each domain at most once, even when answers are
//! late, tasks are listed late, or the run is interrupted and run again.
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
//!
//! # When an order's answer is lost: the rule, and why it holds
//!
//! A renewal order (`SaveBatchTaskForCreatingOrderRenew`) costs money and carries no idempotency
//! token. When its answer is lost (a dropped connection, a timeout, a 5xx, a malformed or
//! contradictory answer), the order may exist, may be created later, or may never exist. The
//! workflow then **never sends it again until it has proof that it was not created**, and the
//! only proof it accepts is this:
//!
//! > the order's *window* has passed, a look made after it finds no task carrying the order's
//! > domains, and every domain still has the expiration the order quoted.
//!
//! *Why absence means nothing inside the window.* A request can reach the service long after its
//! connection was dropped (a slow backend, a queue at a load balancer), and a task that was
//! created can be missing from `QueryTaskList` for a while (an eventually consistent listing). A
//! look that finds nothing during that time proves nothing, however often it is repeated.
//!
//! *Why absence is proof after it.* Every request is signed with its `Timestamp`, and the
//! service refuses a request whose time stamp is more than 15 minutes from its own clock
//! ([`SIGNATURE_VALIDITY`]). Every attempt of a call is signed before the call ends, so no copy
//! of the order can be accepted later than 15 minutes after the call ended, as the service's
//! clock counts. The window ([`Renewal::order_window`], by default [`DEFAULT_ORDER_WINDOW`] = 20
//! minutes, counted from the end of the call) adds a margin of 5 minutes for the two things the
//! 15 minutes do not cover: the difference between the client's clock and the service's, and
//! the time a created task takes to be listed. So, as long as clocks differ and listings lag by
//! less than 5 minutes together, every copy of the order has either been refused or created and
//! listed by the end of the window: a look after it that finds no task is conclusive. The
//! expirations are read too, as a second witness: a created order that renews a domain moves its
//! expiration by exactly the years ordered, and so a domain whose expiration moved that way is
//! renewed, and its order exists, whatever the listing says.
//!
//! *What it costs.* An order whose answer was lost and whose task is not found is waited on for
//! up to the window before anything else happens. It is looked for every
//! [`reconcile_delay`](Renewal::reconcile_delay) (doubling up to a minute) meanwhile, and adopted
//! as soon as its task is listed, so a late answer usually costs seconds. An error answered by
//! the service that does not prove the order absent (any code but the refusals made before an
//! order can exist: authentication, signature, permission, throttling) is looked into for
//! [`Renewal::listing_settle`] only, as no copy of it is in flight, and is never resent.
//!
//! *Matching a task to an order.* A task is the order's when it was listed neither before the
//! run's first order nor before this order, no other order of the run adopted it, and its details
//! name exactly the order's domains (compared as the service compares names: see
//! [`domain_key`]).
//!
//! *Across runs.* Each order is handed out as a [`PlacedOrder`] through
//! [`Progress::OrderRecorded`] before it is sent and whenever its state changes. A caller that
//! writes those to a journal and gives them to the next run with [`Renewal::prior_orders`] makes
//! the next run exactly-once too: a domain whose expiration moved by the years of a prior order is
//! reported renewed and not ordered; a domain of a prior accepted order is followed on that
//! task; a domain of a prior order whose answer is unknown is reconciled by the rule above (its
//! window counted from when the earlier run last saw it, or, if that run died without a word,
//! twice the window from when it was sent) before it is ordered again.
//!
//! *Reporting.* A domain is `renewed` only when its expiration, read back, moved by the years
//! ordered; `failed` only when the service refused it or its order provably does not exist and
//! no order of this run (or of a prior one) renewed it — a failure of a resent order on a stale
//! expiration is checked against the earlier order first; `unknown`, with the check to make,
//! whenever the run cannot tell.

use std::collections::HashSet;
use std::time::{Duration, SystemTime};

use aliyun_rpc::{Client, Error};

mod order;
mod outcome;
mod plan;
mod poll;
mod reconcile;
mod run;
mod submit;

pub use order::{OrderState, OrderedDomain, PlacedOrder};
pub use outcome::{DomainOutcome, Outcome, Progress, RenewalReport};
pub use plan::{EXPIRED_GRACE_DAYS, PlannedRenewal};

use crate::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew, domain_key};
use plan::Selection;

/// The default number of domains per batch.
pub const DEFAULT_BATCH_SIZE: usize = 100;
/// The default budget of encoded parameter bytes per batch: far below any server's limit, with
/// the request moved into a form body long before it is reached.
pub const DEFAULT_MAX_BATCH_BYTES: usize = 64 * 1024;
/// How long after an ambiguous submission the first look for its task is made, and the first
/// pause between looks (they double up to a minute).
pub const DEFAULT_RECONCILE_DELAY: Duration = Duration::from_secs(5);
/// How many times one batch may be sent in all (each resend only after proof that the previous
/// one created nothing).
pub const MAX_RECONCILE_ROUNDS: u32 = 3;
/// The default number of items per page when listing.
pub const DEFAULT_PAGE_SIZE: u32 = 500;
/// How long the service accepts a signed request: ±15 minutes around its time stamp.
pub const SIGNATURE_VALIDITY: Duration = Duration::from_secs(15 * 60);
/// The default order window: [`SIGNATURE_VALIDITY`] plus 5 minutes for clock difference and
/// listing lag (see the [module docs](self)).
pub const DEFAULT_ORDER_WINDOW: Duration = Duration::from_secs(20 * 60);
/// The default time a task created despite an error answer is given to be listed: the 5 minutes
/// of listing lag (and clock difference) that [`DEFAULT_ORDER_WINDOW`] allows beyond
/// [`SIGNATURE_VALIDITY`], so that absence after it is proof by the same rule. Shorter, a task
/// listed late would have its domains reported `failed` and ordered again by a re-run.
pub const DEFAULT_LISTING_SETTLE: Duration = Duration::from_secs(5 * 60);

// The settle after an error answer covers all the listing lag the order window allows.
const _: () = assert!(
    DEFAULT_LISTING_SETTLE.as_secs() + SIGNATURE_VALIDITY.as_secs()
        >= DEFAULT_ORDER_WINDOW.as_secs()
);

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
    timing: Timing,
    poll: poll::PollPolicy,
    prior: Vec<PlacedOrder>,
}

/// How long the run looks for the task of an order whose answer was lost.
#[derive(Debug, Clone, Copy)]
struct Timing {
    reconcile_delay: Duration,
    order_window: Duration,
    listing_settle: Duration,
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
            timing: Timing {
                reconcile_delay: DEFAULT_RECONCILE_DELAY,
                order_window: DEFAULT_ORDER_WINDOW,
                listing_settle: DEFAULT_LISTING_SETTLE,
            },
            poll: poll::PollPolicy::default(),
            prior: Vec::new(),
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

    /// Waits `delay` after an ambiguous submission before the first look for its task, and
    /// between looks, doubling up to a minute (default 5 s).
    pub fn reconcile_delay(mut self, delay: Duration) -> Renewal {
        self.timing.reconcile_delay = delay;
        self
    }

    /// How long after an ambiguous submission a copy of it may still be created or listed
    /// unseen (default [`DEFAULT_ORDER_WINDOW`], 20 minutes): it is never resent sooner. Keep it
    /// above the service's signature validity (15 minutes) plus clock difference and listing lag;
    /// tests against an emulator with a shorter validity may shorten it to match. See the
    /// [module docs](self).
    pub fn order_window(mut self, window: Duration) -> Renewal {
        self.timing.order_window = window;
        self
    }

    /// How long a task created despite an error answer is given to be listed (default
    /// [`DEFAULT_LISTING_SETTLE`], 5 minutes).
    pub fn listing_settle(mut self, settle: Duration) -> Renewal {
        self.timing.listing_settle = settle;
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

    /// The orders of earlier runs, from a journal: their domains are neither ordered again nor
    /// reported wrongly (see the [module docs](self)).
    pub fn prior_orders(mut self, orders: impl IntoIterator<Item = PlacedOrder>) -> Renewal {
        self.prior = orders.into_iter().collect();
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
        let (resumed, renewed_earlier) = resume(&self.prior, &mut entries);
        let covered: HashSet<&String> = resumed.iter().flat_map(|(_, keys)| keys).collect();
        let params = entries
            .iter()
            .filter(|e| !covered.contains(&domain_key(&e.domain_name)))
            .map(order_param)
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
            renewed_earlier,
            batches,
            resumed,
            poll: self.poll.clone(),
            page_size: self.page_size,
            timing: self.timing,
            coupon: self.coupon.clone(),
            promotion: self.promotion.clone(),
        })
    }
}

fn order_param(entry: &PlannedRenewal) -> OrderRenewParam {
    let param = OrderRenewParam::new(&entry.domain_name, entry.years, entry.current_expiration_ms);
    if entry.premium {
        param.permit_premium_renew()
    } else {
        param
    }
}

/// Sorts the planned domains that prior orders cover: those whose expiration moved by a prior
/// order's years are renewed already (taken out of `entries` and returned as outcomes); those
/// still at the expiration a prior order quoted are that order's to finish (returned with their
/// keys, and never put in a batch). A domain whose expiration changed otherwise is planned
/// afresh: a prior order quoting its old expiration can no longer renew it.
fn resume(
    prior: &[PlacedOrder],
    entries: &mut Vec<PlannedRenewal>,
) -> (Vec<(PlacedOrder, Vec<String>)>, Vec<DomainOutcome>) {
    let mut resumed = Vec::new();
    let mut renewed = Vec::new();
    let mut covered = HashSet::new();
    // Newest first: the latest order of a domain is the one that may still be in flight.
    let mut prior: Vec<&PlacedOrder> = prior
        .iter()
        .filter(|o| o.state != OrderState::NotCreated)
        .collect();
    prior.sort_by_key(|o| std::cmp::Reverse(o.submitted_ms));
    for order in prior {
        let mut keys = Vec::new();
        for domain in &order.domains {
            let key = domain_key(&domain.domain_name);
            if covered.contains(&key) {
                continue;
            }
            let Some(index) = entries
                .iter()
                .position(|e| domain_key(&e.domain_name) == key)
            else {
                continue;
            };
            let current = entries[index].current_expiration_ms;
            if order::moved_by_years(domain.expiration_before_ms, current, domain.years) {
                let entry = entries.remove(index);
                covered.insert(key);
                renewed.push(DomainOutcome {
                    domain_name: entry.domain_name,
                    years: domain.years,
                    previous_expiration_ms: Some(domain.expiration_before_ms),
                    task_no: order.task_no.clone(),
                    outcome: Outcome::Renewed {
                        new_expiration_ms: Some(current),
                    },
                });
            } else if current == domain.expiration_before_ms {
                entries[index].years = domain.years;
                covered.insert(key.clone());
                keys.push(key);
            }
        }
        if !keys.is_empty() {
            resumed.push((order.clone(), keys));
        }
    }
    (resumed, renewed)
}

/// What a run will renew, before anything is ordered: show it, ask, then [`execute`](Self::execute).
#[derive(Debug, Clone)]
pub struct RenewalPlan {
    /// The domains to renew, in order (those an earlier run's order still carries included: they
    /// are followed on that order, not ordered again).
    pub entries: Vec<PlannedRenewal>,
    /// Domains left out, with why: skipped (premium without permission) or failed (not in the
    /// account, no expiration date, an invalid name, another name answered).
    pub refused: Vec<DomainOutcome>,
    /// Domains an earlier run's order renewed already (see [`Renewal::prior_orders`]): not
    /// ordered again, and reported renewed.
    pub renewed_earlier: Vec<DomainOutcome>,
    batches: Vec<SaveBatchTaskForCreatingOrderRenew>,
    resumed: Vec<(PlacedOrder, Vec<String>)>,
    poll: poll::PollPolicy,
    page_size: u32,
    timing: Timing,
    coupon: Option<String>,
    promotion: Option<String>,
}

impl RenewalPlan {
    /// The batch requests the run will send first (an order is sent again only after proof that
    /// it created nothing).
    pub fn batches(&self) -> &[SaveBatchTaskForCreatingOrderRenew] {
        &self.batches
    }

    /// The years of renewal the run orders, over all domains.
    pub fn total_years(&self) -> u32 {
        self.entries.iter().map(|e| e.years).sum()
    }

    /// Submits each batch, finds out what became of every order whose answer was lost (resending
    /// it only on proof that it created nothing), follows every task to its end, and reports each
    /// domain.
    pub async fn execute(
        self,
        client: &Client,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> RenewalReport {
        run::execute(self, client, progress).await
    }
}
