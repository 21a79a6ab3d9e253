//! `task`: a task's per-domain details, optionally waited on until each is final.

use std::time::Duration;

use tokio::time::Instant;

use domain_api::{QueryTaskDetailList, TaskDetail, TaskStatus, all_items};
use futures_util::TryStreamExt;
use serde_json::json;

use super::{print_json, print_stdout};
use crate::cli::{Output, TaskArgs};
use crate::exit::{Failure, NOT_ALL_RENEWED, SUCCESS};
use crate::progress;
use crate::session::Session;
use crate::table::Table;

/// Details asked for per page (the documented maximum).
const PAGE_SIZE: u32 = 1000;
/// How long `--wait` waits when no `--timeout` bounds the command.
const DEFAULT_WAIT: Duration = Duration::from_secs(900);

/// Reads the task's details, waits if asked, and prints them.
///
/// Every read ends by the session's deadline (`--timeout`), however slowly the server answers:
/// the first read cut off is a failure (status 3); a read while waiting cut off ends the wait,
/// and the details last read are printed (status 1).
pub(crate) async fn run(session: &Session, args: &TaskArgs, output: Output) -> Result<u8, Failure> {
    let started = Instant::now();
    let mut details = match within(session.deadline, read(session, &args.task_no)).await {
        Some(details) => details?,
        None => {
            return Err(Failure::service(format!(
                "cannot read task {}: timed out after {:.1} s, at the --timeout deadline; the \
                 server answered too slowly or not at all",
                args.task_no,
                started.elapsed().as_secs_f64()
            )));
        }
    };
    if details.is_empty() {
        return Err(Failure::usage(format!(
            "task {} has no details: no such task in this account",
            args.task_no
        )));
    }
    let mut gave_up = false;
    if args.wait {
        let deadline = session.deadline.unwrap_or(started + DEFAULT_WAIT);
        let bar = progress::task_bar(details.len(), output);
        let mut pause = session.poll_initial;
        while !all_final(&details) {
            progress::update(&bar, finished(&details), details.len());
            let now = Instant::now();
            if now >= deadline {
                gave_up = true;
                break;
            }
            tokio::time::sleep(pause.min(deadline - now)).await;
            pause = (pause * 2).min(session.poll_max);
            match within(Some(deadline), read(session, &args.task_no)).await {
                Some(Ok(fresh)) if !fresh.is_empty() => details = fresh,
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
                    gave_up = !all_final(&details);
                    break;
                }
            }
        }
        bar.finish_and_clear();
    }
    let failed = details
        .iter()
        .filter(|d| d.status() == TaskStatus::ExecuteFailure)
        .count();
    match output {
        Output::Table => print_stdout(&text(&args.task_no, &details)),
        Output::Json => print_json(&json!({
            "task_no": args.task_no,
            "details": details.iter().map(|d| json!({
                "domain": d.domain_name,
                "status": d.status().as_str(),
                "final": d.status().is_terminal(),
                "reason": d.failure_reason(),
                "result": d.task_result,
                "updated": d.update_time,
            })).collect::<Vec<_>>(),
            "summary": {
                "total": details.len(),
                "succeeded": details.iter().filter(|d| d.status() == TaskStatus::ExecuteSuccess).count(),
                "failed": failed,
                "running": details.len() - finished(&details),
            },
        })),
    }
    if gave_up {
        eprintln!(
            "aliyun-domain: gave up waiting after {:.1} s; some details are still running",
            started.elapsed().as_secs_f64()
        );
    }
    Ok(if failed > 0 || gave_up {
        NOT_ALL_RENEWED
    } else {
        SUCCESS
    })
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

/// The details as a table, and a count per state.
fn text(task_no: &str, details: &[TaskDetail]) -> String {
    let mut table = Table::new(["DOMAIN", "STATUS", "DETAIL"]);
    for detail in details {
        let status = detail.status();
        let note = match (&status, detail.failure_reason(), &detail.task_result) {
            (_, Some(reason), _) => reason.to_owned(),
            (TaskStatus::ExecuteSuccess, None, Some(result)) if !result.is_empty() => {
                format!("result {result}")
            }
            _ => String::new(),
        };
        table.push_row([detail.domain_name.clone(), status.as_str().to_owned(), note]);
    }
    let succeeded = details
        .iter()
        .filter(|d| d.status() == TaskStatus::ExecuteSuccess)
        .count();
    let failed = details
        .iter()
        .filter(|d| d.status() == TaskStatus::ExecuteFailure)
        .count();
    let running = details.len() - succeeded - failed;
    format!(
        "{table}\ntask {task_no}: {} details: {succeeded} succeeded, {failed} failed, {running} running\n",
        details.len()
    )
}
