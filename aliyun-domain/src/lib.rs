//! `aliyun-domain`: Alibaba Cloud Domain from the command line.
//!
//! The binary lists an account's domains, renews them in batches (showing the plan and asking
//! first, since renewing costs money), and follows renewal tasks. This library holds its
//! testable pieces: the command-line definition ([`cli`]), exit statuses ([`exit`]), UTC
//! dates ([`dates`]), table rendering ([`table`]), and [`run`], which carries out a parsed
//! command line.
//!
//! With `--output json`, each command prints one JSON document whose field names are stable:
//!
//! - `list`: `{"domains": [{"domain", "expiration", "expiration_ms", "days_left", "premium",
//!   "auto_renew"}], "total"}`;
//! - `renew`: `{"outcomes": [{"domain", "years", "result", "previous_expiration",
//!   "previous_expiration_ms", "new_expiration", "new_expiration_ms", "task_no", "reason",
//!   "check"}], "summary": {"total", "renewed", "failed", "unknown", "all_renewed"}}`, where
//!   `result` is `renewed`, `failed` or `unknown`; with `--dry-run`, `{"dry_run": true,
//!   "plan": {"domains", "left_out", "total_domains", "total_years", "batches"}, "requests"}`;
//! - `task`: `{"task_no", "details": [{"domain", "status", "final", "reason", "result",
//!   "updated"}], "summary": {"total", "succeeded", "failed", "running"}}`.

#![forbid(unsafe_code)]

pub mod cli;
mod commands;
pub mod dates;
mod embedded;
pub mod exit;
mod journal;
mod progress;
mod report;
mod session;
pub mod table;
mod terminal;

use std::time::Duration;

use tokio::time::Instant;

use cli::{Cli, Command};
use exit::Failure;
use session::Session;

/// How long past `--timeout` a `task` may run before it is cut off: `task` stops at the deadline
/// itself, to print the details it last read, and this only guards that promise.
const TASK_GRACE: Duration = Duration::from_secs(1);

/// Carries out a parsed command line and gives the process's exit status (see [`exit`]).
///
/// `--timeout` bounds the whole command: opening the session, then `list` and `task`, whose every
/// request and pause ends by the deadline, however slowly the server answers. A `list` cut off
/// fails with status 3; `task --wait` stops waiting at the deadline, prints the details it last
/// read and exits with status 1, or with 3 if it has read none. `renew` reads the deadline from
/// the session itself, so that it can report the tasks already accepted.
pub async fn run(cli: Cli) -> u8 {
    let timeout = cli.global.timeout;
    let deadline = timeout.map(|seconds| Instant::now() + Duration::from_secs(seconds));
    let session = match bounded(deadline, timeout, Session::open(&cli.global)).await {
        Ok(session) => session,
        Err(failure) => return failure.report(),
    };
    let output = cli.global.output;
    let result = match &cli.command {
        Command::List(args) => {
            bounded(
                session.deadline,
                timeout,
                commands::list::run(&session, args, output),
            )
            .await
        }
        Command::Renew(args) => commands::renew::run(&session, args, &cli.global).await,
        Command::Task(args) => {
            bounded(
                session.deadline.map(|deadline| deadline + TASK_GRACE),
                timeout,
                commands::task::run(&session, args, output),
            )
            .await
        }
    };
    session.close().await;
    match result {
        Ok(status) => status,
        Err(failure) => failure.report(),
    }
}

/// `step`'s outcome, or a failure with status 3 when `deadline` (from `--timeout SECONDS`)
/// passes first; the step is dropped, with whatever request it was waiting on.
async fn bounded<T>(
    deadline: Option<Instant>,
    seconds: Option<u64>,
    step: impl Future<Output = Result<T, Failure>>,
) -> Result<T, Failure> {
    match deadline {
        None => step.await,
        Some(deadline) => tokio::time::timeout_at(deadline, step)
            .await
            .unwrap_or_else(|_| Err(timed_out(seconds))),
    }
}

/// The failure of a command that `--timeout SECONDS` cut off.
fn timed_out(seconds: Option<u64>) -> Failure {
    Failure::service(format!(
        "timed out: the command did not finish within --timeout {} s; the server answered too \
         slowly or not at all",
        seconds.unwrap_or_default()
    ))
}
