//! Following tasks until every domain's detail is final, then reading back new expirations.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use aliyun_rpc::{Client, Error};
use futures_util::StreamExt;

use super::order::moved_by_years;
use super::outcome::{DomainOutcome, Outcome, Progress};
use super::submit::is_permanent;
use crate::{QueryDomainByDomainName, QueryTaskDetailList, TaskStatus, all_items, domain_key};

/// How often and how long to poll.
#[derive(Debug, Clone)]
pub(crate) struct PollPolicy {
    pub(crate) initial: Duration,
    pub(crate) max: Duration,
    pub(crate) timeout: Duration,
}

impl Default for PollPolicy {
    fn default() -> PollPolicy {
        PollPolicy {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(10),
            timeout: Duration::from_secs(15 * 60),
        }
    }
}

/// Polls every task until each of its domains is final or the policy's time runs out, and
/// records the outcomes. A domain is renewed only when its expiration, read back, moved by the
/// years ordered. A permanent error (access denied, credentials refused) stops polling at once:
/// its message is returned, and the domains still pending are unknown.
///
/// A domain of `earlier` had an earlier order whose answer was lost: when its detail fails here
/// (on the stale expiration that earlier order's renewal left), its expiration decides.
pub(crate) async fn follow(
    client: &Client,
    tasks: &[(String, Vec<String>)],
    outcomes: &mut HashMap<String, DomainOutcome>,
    earlier: &std::collections::HashSet<String>,
    policy: &PollPolicy,
    page_size: u32,
    progress: &(dyn Fn(Progress) + Sync),
) -> Option<String> {
    let mut stopped = None;
    let total: usize = tasks.iter().map(|(_, names)| names.len()).sum();
    let mut pending: Vec<&(String, Vec<String>)> = tasks.iter().collect();
    let mut finished = 0;
    let deadline = Instant::now() + policy.timeout;
    let mut pause = policy.initial;
    while !pending.is_empty() {
        tokio::time::sleep(pause.min(deadline.saturating_duration_since(Instant::now()))).await;
        let mut still_pending = Vec::new();
        for task in pending {
            let (task_no, names) = task;
            let details = all_items(
                client,
                QueryTaskDetailList::new(task_no.as_str(), page_size),
            )
            .collect::<Vec<_>>()
            .await;
            if let Some(error) = details
                .iter()
                .filter_map(|d| d.as_ref().err())
                .find(|e| is_permanent(e))
            {
                stopped = Some(format!("polling task {task_no} failed: {error}"));
                still_pending.push(task);
                continue;
            }
            if details.iter().any(Result::is_err) {
                // A failed read tells nothing about the task; read it again next round.
                still_pending.push(task);
                continue;
            }
            let details: HashMap<String, _> = details
                .into_iter()
                .flatten()
                .map(|d| (domain_key(&d.domain_name), d))
                .collect();
            let done = names
                .iter()
                .all(|name| details.get(name).is_some_and(|d| d.status().is_terminal()));
            if !done {
                still_pending.push(task);
                continue;
            }
            for name in names {
                let detail = &details[name];
                let Some(outcome) = outcomes.get_mut(name) else {
                    continue;
                };
                outcome.outcome = match detail.status() {
                    TaskStatus::ExecuteSuccess => checked_renewal(client, outcome, task_no).await,
                    _ if earlier.contains(name) => {
                        match read_expiration(client, &outcome.domain_name).await {
                            Ok(Some(now))
                                if outcome.previous_expiration_ms.is_some_and(|before| {
                                    moved_by_years(before, now, outcome.years)
                                }) =>
                            {
                                // Renewed by the earlier order whose answer was lost.
                                outcome.task_no = None;
                                Outcome::Renewed {
                                    new_expiration_ms: Some(now),
                                }
                            }
                            _ => failed(detail.failure_reason()),
                        }
                    }
                    _ => failed(detail.failure_reason()),
                };
                finished += 1;
            }
        }
        pending = still_pending;
        progress(Progress::Polled { finished, total });
        if stopped.is_some() || Instant::now() >= deadline {
            break;
        }
        pause = (pause * 2).min(policy.max);
    }
    for (task_no, names) in pending {
        for name in names {
            if let Some(outcome) = outcomes.get_mut(name) {
                outcome.outcome = Outcome::Unknown {
                    reason: match &stopped {
                        Some(reason) => format!("{reason}; polling stopped"),
                        None => format!("task {task_no} was still running when polling stopped"),
                    },
                    check: format!("`aliyun-domain task {task_no} --wait` (QueryTaskDetailList)"),
                };
            }
        }
    }
    stopped
}

fn failed(reason: Option<&str>) -> Outcome {
    Outcome::Failed {
        reason: reason
            .unwrap_or("the task failed without a reason")
            .to_owned(),
    }
}

/// A detail reported success: renewed if the expiration read back moved by the years ordered,
/// unknown otherwise.
async fn checked_renewal(client: &Client, outcome: &DomainOutcome, task_no: &str) -> Outcome {
    let check = format!(
        "QueryDomainByDomainName for {} (and task {task_no})",
        outcome.domain_name
    );
    match (
        read_expiration(client, &outcome.domain_name).await,
        outcome.previous_expiration_ms,
    ) {
        (Ok(Some(now)), Some(before)) if moved_by_years(before, now, outcome.years) => {
            Outcome::Renewed {
                new_expiration_ms: Some(now),
            }
        }
        (Ok(Some(now)), Some(before)) => Outcome::Unknown {
            reason: format!(
                "task {task_no} reported success, but the expiration read back ({now} ms) did \
                 not move by {} year(s) from {before} ms",
                outcome.years
            ),
            check,
        },
        (Ok(_), _) => Outcome::Unknown {
            reason: format!(
                "task {task_no} reported success, but the service gave no expiration to check it"
            ),
            check,
        },
        (Err(error), _) => Outcome::Unknown {
            reason: format!(
                "task {task_no} reported success, but the new expiration could not be read: {error}"
            ),
            check,
        },
    }
}

/// The domain's expiration as the service reports it now.
async fn read_expiration(client: &Client, domain_name: &str) -> Result<Option<i64>, Error> {
    client
        .call(&QueryDomainByDomainName::new(domain_name))
        .await
        .map(|d| d.expiration_date_long)
}
