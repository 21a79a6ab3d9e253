//! After a submission whose answer was lost: finding out whether it created a task, by the rule
//! argued in the [module docs](super) — absence proves nothing until the order's window has
//! passed.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, SystemTime};

use aliyun_rpc::{Client, Error};
use futures_util::StreamExt;

use super::order::{PlacedOrder, moved_by_years};
use super::plan::epoch_ms;
use super::submit::is_permanent;
use crate::{QueryDomainByDomainName, QueryTaskDetailList, QueryTaskList, all_items, domain_key};

const DAY_MS: i64 = 86_400_000;
/// The longest pause between two looks, however long the window.
const MAX_LOOK_INTERVAL: Duration = Duration::from_secs(60);
/// Failed reads tolerated once the window has passed, before the order is left undecided.
const FINAL_LOOK_ATTEMPTS: u32 = 3;

/// The task numbers listed for the days around `around`: taken before the first submission, so a
/// task found later and absent here can only come from this run.
pub(crate) async fn existing_tasks(
    client: &Client,
    around: SystemTime,
    page_size: u32,
) -> Result<HashSet<String>, Error> {
    let now = epoch_ms(around);
    let request =
        QueryTaskList::new(page_size.min(1000)).created_between(now - DAY_MS, now + DAY_MS);
    let mut tasks = std::pin::pin!(all_items(client, request));
    let mut found = HashSet::new();
    while let Some(task) = tasks.next().await {
        found.insert(task?.task_no);
    }
    Ok(found)
}

/// What reconciliation concluded about one ambiguous order.
#[derive(Debug)]
pub(crate) enum Resolution {
    /// The order created this task.
    Created(String),
    /// No task was found, but expirations tell: the domains (keys) that moved by the years
    /// ordered were renewed, and the order therefore exists; the others (with their expiration
    /// as read, if it could be) are undecided.
    Decided {
        renewed: Vec<(String, i64)>,
        undecided: Vec<(String, Option<i64>)>,
    },
    /// The window passed, no task carries the order, and every expiration is as ordered: the
    /// order was not created. The domains (keys) whose expiration changed otherwise are listed
    /// apart: resending cannot renew them.
    NotCreated { changed: Vec<(String, Option<i64>)> },
    /// Reads kept failing after the window.
    Undecided(String),
    /// A permanent error (access denied, credentials refused): the run stops.
    Stopped(String),
}

/// What one look found.
enum Look {
    Task(String),
    Expirations(HashMap<String, Option<i64>>),
}

/// The state kept across looks.
struct Looker<'a> {
    client: &'a Client,
    order: &'a PlacedOrder,
    keys: HashSet<String>,
    exclude: HashSet<String>,
    page_size: u32,
}

impl Looker<'_> {
    /// Lists the tasks created around the order, reads the details of each one that may be its
    /// task, and else reads expirations: the first domain's only unless `all` (or it moved).
    async fn look(&mut self, all: bool) -> Result<Look, Error> {
        let around = self.order.submitted_ms;
        let now = epoch_ms(SystemTime::now());
        let request = QueryTaskList::new(self.page_size.min(1000))
            .created_between(around.saturating_sub(DAY_MS), now + DAY_MS);
        let tasks: Vec<_> = all_items(self.client, request).collect().await;
        for task in tasks {
            let task = task?;
            if self.exclude.contains(&task.task_no) {
                continue;
            }
            if task
                .task_num
                .is_some_and(|count| usize::try_from(count).ok() != Some(self.keys.len()))
            {
                self.exclude.insert(task.task_no);
                continue;
            }
            let details: Vec<_> = all_items(
                self.client,
                QueryTaskDetailList::new(task.task_no.as_str(), self.page_size.min(1000)),
            )
            .collect()
            .await;
            let mut domains = HashSet::new();
            for detail in details {
                domains.insert(domain_key(&detail?.domain_name));
            }
            if domains == self.keys {
                return Ok(Look::Task(task.task_no));
            }
            // Its details name a domain the order does not carry: never this order's. Some of
            // the order's domains only may be a listing still filling in: looked at again.
            if !domains.is_subset(&self.keys) {
                self.exclude.insert(task.task_no);
            }
        }
        let mut expirations = HashMap::new();
        for (index, domain) in self.order.domains.iter().enumerate() {
            let key = domain_key(&domain.domain_name);
            let read = match self
                .client
                .call(&QueryDomainByDomainName::new(domain.domain_name.as_str()))
                .await
            {
                Ok(answer) => answer.expiration_date_long,
                Err(Error::Service(error)) if error.code() == "DomainNotExist" => None,
                Err(error) => return Err(error),
            };
            let unchanged = read == Some(domain.expiration_before_ms);
            expirations.insert(key, read);
            if index == 0 && unchanged && !all {
                break;
            }
        }
        Ok(Look::Expirations(expirations))
    }
}

/// Looks for `order`'s task (never one of `exclude`) every `interval` (doubling up to a minute)
/// until `deadline`, the end of its window; concludes "not created" only from a look made after
/// the deadline.
pub(crate) async fn resolve(
    client: &Client,
    order: &PlacedOrder,
    exclude: &HashSet<String>,
    deadline: SystemTime,
    interval: Duration,
    page_size: u32,
) -> Resolution {
    let mut looker = Looker {
        client,
        order,
        keys: order
            .domains
            .iter()
            .map(|d| domain_key(&d.domain_name))
            .collect(),
        exclude: exclude.iter().chain(&order.tasks_before).cloned().collect(),
        page_size,
    };
    let mut pause = interval.max(Duration::from_millis(1));
    let mut failures = 0;
    loop {
        let past_deadline = SystemTime::now() >= deadline;
        match looker.look(past_deadline).await {
            Ok(Look::Task(task_no)) => return Resolution::Created(task_no),
            Ok(Look::Expirations(read)) => {
                let mut renewed = Vec::new();
                let mut unchanged = Vec::new();
                let mut changed = Vec::new();
                for domain in &order.domains {
                    let key = domain_key(&domain.domain_name);
                    let Some(now) = read.get(&key).copied() else {
                        continue;
                    };
                    match now {
                        Some(now) if now == domain.expiration_before_ms => unchanged.push(key),
                        Some(now)
                            if moved_by_years(domain.expiration_before_ms, now, domain.years) =>
                        {
                            renewed.push((key, now))
                        }
                        other => changed.push((key, other)),
                    }
                }
                let everything_read = read.len() == order.domains.len();
                if everything_read && renewed.len() == order.domains.len() {
                    return Resolution::Decided {
                        renewed,
                        undecided: Vec::new(),
                    };
                }
                if past_deadline {
                    if renewed.is_empty() {
                        return Resolution::NotCreated { changed };
                    }
                    let undecided = changed
                        .into_iter()
                        .chain(unchanged.into_iter().map(|key| {
                            let before = order
                                .domains
                                .iter()
                                .find(|d| domain_key(&d.domain_name) == key)
                                .map(|d| d.expiration_before_ms);
                            (key, before)
                        }))
                        .collect();
                    return Resolution::Decided { renewed, undecided };
                }
            }
            Err(error) if is_permanent(&error) => return Resolution::Stopped(error.to_string()),
            Err(error) => {
                if past_deadline {
                    failures += 1;
                    if failures >= FINAL_LOOK_ATTEMPTS {
                        return Resolution::Undecided(error.to_string());
                    }
                }
            }
        }
        let left = deadline
            .duration_since(SystemTime::now())
            .unwrap_or_default();
        // Past the deadline only a failed read brings us here: try again after a pause.
        let sleep = if left.is_zero() {
            pause
        } else {
            pause.min(left)
        };
        tokio::time::sleep(sleep).await;
        pause = (pause * 2).min(MAX_LOOK_INTERVAL.max(interval));
    }
}
