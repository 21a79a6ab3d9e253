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
pub mod exit;
mod journal;
mod progress;
mod report;
mod session;
pub mod table;
mod terminal;

use cli::{Cli, Command};
use session::Session;

/// Carries out a parsed command line and gives the process's exit status (see [`exit`]).
pub async fn run(cli: Cli) -> u8 {
    let session = match Session::open(&cli.global).await {
        Ok(session) => session,
        Err(failure) => return failure.report(),
    };
    let output = cli.global.output;
    let result = match &cli.command {
        Command::List(args) => commands::list::run(&session, args, output).await,
        Command::Renew(args) => commands::renew::run(&session, args, &cli.global).await,
        Command::Task(args) => commands::task::run(&session, args, output).await,
    };
    session.close().await;
    match result {
        Ok(status) => status,
        Err(failure) => failure.report(),
    }
}
