//! `task`: a task's per-domain details, optionally followed until each is final. Any task
//! reads the same way (`QueryTaskDetailList`): a renewal, a name-server change, a lock.

use std::time::Duration;

use tokio::time::Instant;

use domain_api::{QueryTaskDetailList, TaskDetail, TaskStatus, all_items};
use futures_util::TryStreamExt;
use serde_json::json;

use super::{print_json, print_stdout};
use crate::cli::{Output, TaskArgs};
use crate::exit::{Failure, NOT_ALL_DONE, SUCCESS};
use crate::progress;
use crate::session::Session;
use crate::table::Table;
use crate::terminal::sanitize;

/// Details asked for per page (the documented maximum).
const PAGE_SIZE: u32 = 1000;
/// How long `--wait` waits when no `--timeout` bounds the command.
const DEFAULT_WAIT: Duration = Duration::from_secs(900);

/// `task TASK_NO [--wait]` and `task follow TASK_NO`.
pub(crate) async fn run(session: &Session, args: &TaskArgs, output: Output) -> Result<u8, Failure> {
    let (task_no, wait) = args.target();
    let follow = Follow {
        task_no,
        wait,
        just_submitted: false,
    };
    follow.run(session, output).await
}

/// Which task to read, and how.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Follow<'a> {
    /// The task number.
    pub(crate) task_no: &'a str,
    /// Whether to poll until every detail is final.
    pub(crate) wait: bool,
    /// Whether this command has just submitted the task: its details may not be listed yet,
    /// and no details then mean "not yet" rather than "no such task".
    pub(crate) just_submitted: bool,
}

impl Follow<'_> {
    /// Reads the task's details, waits if asked, and prints them; status 0 when every detail
    /// succeeded, 1 when one failed or the wait gave up.
    ///
    /// Every read ends by the session's deadline (`--timeout`), however slowly the server
    /// answers: the first read cut off is a failure (status 3); a read while waiting cut off
    /// ends the wait, and the details last read are printed (status 1). The pause between reads
    /// doubles from the session's first pause up to its longest.
    pub(crate) async fn run(self, session: &Session, output: Output) -> Result<u8, Failure> {
        let started = Instant::now();
        let task_no = self.task_no;
        let mut details = match within(session.deadline, read(session, task_no)).await {
            Some(details) => details?,
            None => {
                return Err(Failure::service(format!(
                    "cannot read task {task_no}: timed out after {:.1} s, at the --timeout \
                     deadline; the server answered too slowly or not at all",
                    started.elapsed().as_secs_f64()
                )));
            }
        };
        if details.is_empty() && !self.just_submitted {
            return Err(Failure::usage(format!(
                "task {task_no} has no details: no such task in this account"
            )));
        }
        let gave_up = if self.wait {
            wait(session, task_no, &mut details, started, output).await?
        } else {
            false
        };
        Ok(report(task_no, &details, gave_up, started, output))
    }
}

/// Polls until every detail is final or the deadline passes; whether it gave up.
async fn wait(
    session: &Session,
    task_no: &str,
    details: &mut Vec<TaskDetail>,
    started: Instant,
    output: Output,
) -> Result<bool, Failure> {
    let deadline = session.deadline.unwrap_or(started + DEFAULT_WAIT);
    let bar = progress::task_bar(details.len(), output);
    let mut pause = session.poll_initial;
    // A task just submitted may list no details yet: that is not final either.
    while details.is_empty() || !all_final(details) {
        progress::update(&bar, finished(details), details.len());
        let now = Instant::now();
        if now >= deadline {
            bar.finish_and_clear();
            return Ok(true);
        }
        tokio::time::sleep(pause.min(deadline - now)).await;
        pause = (pause * 2).min(session.poll_max);
        match within(Some(deadline), read(session, task_no)).await {
            Some(Ok(fresh)) if !fresh.is_empty() => *details = fresh,
            // A failed read says nothing about the task: read again until the deadline.
            Some(Ok(_)) => {}
            Some(Err(failure)) if Instant::now() >= deadline => {
                bar.abandon();
                return Err(failure);
            }
            Some(Err(failure)) => progress::note(
                &bar,
                &format!("aliyun-domain: warning: {}; retrying", failure.message),
            ),
            // The deadline passed during the read: what was last read is what is known.
            None => {
                bar.finish_and_clear();
                return Ok(details.is_empty() || !all_final(details));
            }
        }
    }
    bar.finish_and_clear();
    Ok(false)
}

/// Prints the details and gives the status: 1 if one failed or the wait gave up, else 0.
fn report(
    task_no: &str,
    details: &[TaskDetail],
    gave_up: bool,
    started: Instant,
    output: Output,
) -> u8 {
    let failed = count(details, &TaskStatus::ExecuteFailure);
    match output {
        Output::Table => print_stdout(&text(task_no, details)),
        Output::Json => print_json(&json!({
            "task_no": task_no,
            "details": details.iter().map(|d| json!({
                "domain": d.domain_name,
                "type": d.task_type,
                "status": d.status().as_str(),
                "final": d.status().is_terminal(),
                "reason": d.failure_reason(),
                "result": d.task_result,
                "updated": d.update_time,
            })).collect::<Vec<_>>(),
            "summary": {
                "total": details.len(),
                "succeeded": count(details, &TaskStatus::ExecuteSuccess),
                "failed": failed,
                "running": details.len() - finished(details),
            },
        })),
    }
    if gave_up {
        let what = if details.is_empty() {
            "the task lists no details yet"
        } else {
            "some details are still running"
        };
        eprintln!(
            "aliyun-domain: gave up waiting after {:.1} s; {what}: follow it with \
             `aliyun-domain task follow {}`",
            started.elapsed().as_secs_f64(),
            sanitize(task_no)
        );
    }
    if failed > 0 || gave_up {
        NOT_ALL_DONE
    } else {
        SUCCESS
    }
}

/// `future`'s output, or `None` when `deadline` passes first.
async fn within<F: Future>(deadline: Option<Instant>, future: F) -> Option<F::Output> {
    match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, future).await.ok(),
        None => Some(future.await),
    }
}

/// Every detail of the task, over all pages.
async fn read(session: &Session, task_no: &str) -> Result<Vec<TaskDetail>, Failure> {
    all_items(
        &session.client,
        QueryTaskDetailList::new(task_no, PAGE_SIZE),
    )
    .try_collect()
    .await
    .map_err(|error| Failure::from_rpc(&format!("cannot read task {task_no}"), &error))
}

fn finished(details: &[TaskDetail]) -> usize {
    details.iter().filter(|d| d.status().is_terminal()).count()
}

fn all_final(details: &[TaskDetail]) -> bool {
    details.iter().all(|d| d.status().is_terminal())
}

/// How many details are in `status`.
fn count(details: &[TaskDetail], status: &TaskStatus) -> usize {
    details.iter().filter(|d| d.status() == *status).count()
}

/// The details as a table, and a count per state.
fn text(task_no: &str, details: &[TaskDetail]) -> String {
    let mut table = Table::new(["DOMAIN", "TYPE", "STATUS", "DETAIL"]);
    for detail in details {
        let status = detail.status();
        let note = match (&status, detail.failure_reason(), &detail.task_result) {
            (_, Some(reason), _) => reason.to_owned(),
            (TaskStatus::ExecuteSuccess, None, Some(result)) if !result.is_empty() => {
                format!("result {result}")
            }
            _ => String::new(),
        };
        table.push_row([
            detail.domain_name.clone(),
            detail.task_type.clone().unwrap_or_default(),
            status.as_str().to_owned(),
            note,
        ]);
    }
    let succeeded = count(details, &TaskStatus::ExecuteSuccess);
    let failed = count(details, &TaskStatus::ExecuteFailure);
    let running = details.len() - succeeded - failed;
    format!(
        "{table}\ntask {}: {} details: {succeeded} succeeded, {failed} failed, {running} running\n",
        sanitize(task_no),
        details.len()
    )
}
