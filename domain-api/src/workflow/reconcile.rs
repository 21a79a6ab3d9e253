//! After a submission whose answer was lost: finding out whether it created a task.

use std::collections::{HashMap, HashSet};
use std::time::SystemTime;

use aliyun_rpc::{Client, Error};
use futures_util::StreamExt;

use super::plan::{epoch_ms, normalize};
use crate::{QueryDomainByDomainName, QueryTaskDetailList, QueryTaskList, all_items};

const DAY_MS: i64 = 86_400_000;

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

/// What reconciliation concluded about one ambiguous batch.
pub(crate) enum Finding {
    /// The submission created this task.
    Created(String),
    /// No task carries the batch and every domain still has its planned expiration: the
    /// submission had no effect, so sending it again cannot renew anything twice.
    NotCreated,
    /// No task was found but some expiration moved: something renewed those domains.
    Moved(Vec<String>),
}

/// Looks for a task created after `before` (and not among `known`) that carries exactly the
/// domains of `batch`, whose planned expirations are `planned`.
pub(crate) async fn reconcile(
    client: &Client,
    before: &HashSet<String>,
    known: &HashSet<String>,
    planned: &HashMap<String, i64>,
    page_size: u32,
) -> Result<Finding, Error> {
    let now = epoch_ms(SystemTime::now());
    let wanted: HashSet<&String> = planned.keys().collect();
    let request =
        QueryTaskList::new(page_size.min(1000)).created_between(now - DAY_MS, now + DAY_MS);
    let tasks: Vec<_> = all_items(client, request).collect().await;
    for task in tasks {
        let task = task?;
        if before.contains(&task.task_no) || known.contains(&task.task_no) {
            continue;
        }
        let details: Vec<_> = all_items(
            client,
            QueryTaskDetailList::new(task.task_no.as_str(), page_size.min(1000)),
        )
        .collect()
        .await;
        let mut domains = HashSet::new();
        for detail in details {
            domains.insert(normalize(&detail?.domain_name));
        }
        if domains.len() == wanted.len() && domains.iter().all(|d| wanted.contains(d)) {
            return Ok(Finding::Created(task.task_no));
        }
    }
    let mut moved = Vec::new();
    for (name, expiration) in planned {
        let domain = client
            .call(&QueryDomainByDomainName::new(name.as_str()))
            .await?;
        if domain.expiration_date_long != Some(*expiration) {
            moved.push(name.clone());
        }
    }
    Ok(if moved.is_empty() {
        Finding::NotCreated
    } else {
        Finding::Moved(moved)
    })
}
