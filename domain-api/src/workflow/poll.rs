//! Following tasks until every domain's detail is final, then reading back new expirations.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use aliyun_rpc::Client;
use futures_util::StreamExt;

use super::outcome::{DomainOutcome, Outcome, Progress};
use super::plan::normalize;
use crate::{QueryDomainByDomainName, QueryTaskDetailList, TaskStatus, all_items};

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
/// records the outcomes.
pub(crate) async fn follow(
    client: &Client,
    tasks: &[(String, Vec<String>)],
    outcomes: &mut HashMap<String, DomainOutcome>,
    policy: &PollPolicy,
    page_size: u32,
    progress: &(dyn Fn(Progress) + Sync),
) {
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
            if details.iter().any(Result::is_err) {
                // A failed read tells nothing about the task; read it again next round.
                still_pending.push(task);
                continue;
            }
            let details: HashMap<String, _> = details
                .into_iter()
                .flatten()
                .map(|d| (normalize(&d.domain_name), d))
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
                    TaskStatus::ExecuteSuccess => Outcome::Renewed {
                        new_expiration_ms: read_expiration(client, &outcome.domain_name).await,
                    },
                    _ => Outcome::Failed {
                        reason: detail
                            .failure_reason()
                            .unwrap_or("the task failed without a reason")
                            .to_owned(),
                    },
                };
                finished += 1;
            }
        }
        pending = still_pending;
        progress(Progress::Polled { finished, total });
        if Instant::now() >= deadline {
            break;
        }
        pause = (pause * 2).min(policy.max);
    }
    for (task_no, names) in pending {
        for name in names {
            if let Some(outcome) = outcomes.get_mut(name) {
                outcome.outcome = Outcome::Unknown {
                    reason: format!("task {task_no} was still running when polling stopped"),
                    check: format!("QueryTaskDetailList for task {task_no}"),
                };
            }
        }
    }
}

/// The domain's expiration after its renewal, if it can be read.
async fn read_expiration(client: &Client, domain_name: &str) -> Option<i64> {
    client
        .call(&QueryDomainByDomainName::new(domain_name))
        .await
        .ok()
        .and_then(|d| d.expiration_date_long)
}
