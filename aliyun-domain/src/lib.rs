//! `aliyun-domain`: Alibaba Cloud Domain from the command line.
//!
//! The binary lists an account's domains, shows one in detail, renews them in batches (showing
//! the plan and asking first, since renewing costs money), changes their name servers, follows
//! tasks of any kind, and lists and changes their records at Alibaba Cloud DNS (Alidns). Every
//! command that orders or changes something prints its requests instead with `--dry-run`, and
//! asks first unless `--yes`. This library holds its testable pieces: the command-line
//! definition ([`cli`]), exit statuses ([`exit`]), UTC dates ([`dates`]), table rendering
//! ([`table`]), and [`run`], which carries out a parsed command line.
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
//! - `show`: `{"domain", "instance_id", "status", "expiration", "expiration_ms", "days_left",
//!   "expiration_status", "registration", "registration_ms", "premium", "domain_type",
//!   "registrant": {"name", "organization", "type", "email", "email_verified",
//!   "real_name_status", "updating_status"}, "name_servers", "locks": {"transfer", "update"},
//!   "transfer_out_status", "client_hold", "group", "registrar", "remark", "tags"}`;
//! - `task` (and `nameservers set --wait`): `{"task_no", "details": [{"domain", "type",
//!   "status", "final", "reason", "result", "updated"}], "summary": {"total", "succeeded",
//!   "failed", "running"}}`;
//! - `nameservers set`: `{"task_no", "request_id", "domain", "aliyun_dns", "name_servers"}`;
//! - `dns records`: `{"domain", "records": [{"record_id", "rr", "type", "value", "ttl",
//!   "priority", "line", "status", "locked", "weight", "remark"}], "total"}`;
//! - `dns add|update|delete`: `{"result", "record_id", "request_id"}`, where `result` is
//!   `added`, `updated` or `deleted`;
//! - with `--dry-run`, `nameservers set` and `dns add|update|delete`: `{"dry_run": true,
//!   "action", "change", "request"}`.

#![forbid(unsafe_code)]

pub mod cli;
mod commands;
mod confirm;
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

use cli::{Cli, Command, DnsCommand, NameserversCommand};
use exit::Failure;
use session::{Service, Session};

/// How long past `--timeout` a wait on a task (`task`, `nameservers set --wait`) may run before
/// it is cut off: the wait stops at the deadline itself, to print the details it last read, and
/// this only guards that promise.
const TASK_GRACE: Duration = Duration::from_secs(1);

/// Carries out a parsed command line and gives the process's exit status (see [`exit`]).
///
/// `--timeout` bounds the whole command: opening the session, then every command but those that
/// order or change, whose every request and pause ends by the deadline, however slowly the
/// server answers. A read cut off fails with status 3; a wait on a task stops at the deadline,
/// prints the details it last read and exits with status 1, or with 3 if it has read none.
/// `renew` reads the deadline from the session itself, so that it can report the tasks already
/// accepted; a one-request change (`nameservers set`, `dns add|update|delete`) is bounded by the
/// client's operation timeout, which the session keeps within `--timeout`, so that it ends with
/// an error that says whether the change may have been made.
pub async fn run(cli: Cli) -> u8 {
    let timeout = cli.global.timeout;
    let deadline = timeout.map(|seconds| Instant::now() + Duration::from_secs(seconds));
    let service = if cli.command.is_dns() {
        Service::Alidns
    } else {
        Service::Domain
    };
    let opening = Bound {
        deadline,
        seconds: timeout,
    };
    let session = match opening.run(Session::open(&cli.global, service)).await {
        Ok(session) => session,
        Err(failure) => return failure.report(),
    };
    let output = cli.global.output;
    // Reads end at the deadline; a wait on a task gets a moment more to print what it read.
    let reads = Bound {
        deadline: session.deadline,
        seconds: timeout,
    };
    let waits = Bound {
        deadline: session.deadline.map(|deadline| deadline + TASK_GRACE),
        seconds: timeout,
    };
    let result = match &cli.command {
        Command::List(args) => reads.run(commands::list::run(&session, args, output)).await,
        Command::Show(args) => reads.run(commands::show::run(&session, args, output)).await,
        Command::Task(args) => waits.run(commands::task::run(&session, args, output)).await,
        Command::Dns(args) => match &args.command {
            DnsCommand::Records(records) => {
                reads
                    .run(commands::dns::records(&session, records, output))
                    .await
            }
            // A change is not cut off from outside: a request dropped half-sent could have
            // been made. Its one request ends within --timeout by the client's own bound, and
            // the error says so.
            change => commands::dns::change(&session, change, &cli.global).await,
        },
        // The same for a name-server change; `--wait` ends its reads at the deadline itself.
        Command::Nameservers(args) => match &args.command {
            NameserversCommand::Set(set) => {
                commands::nameservers::set(&session, set, &cli.global).await
            }
        },
        Command::Renew(args) => commands::renew::run(&session, args, &cli.global).await,
    };
    session.close().await;
    match result {
        Ok(status) => status,
        Err(failure) => failure.report(),
    }
}

/// A deadline from `--timeout SECONDS`, and those seconds, for the message.
#[derive(Debug, Clone, Copy)]
struct Bound {
    deadline: Option<Instant>,
    seconds: Option<u64>,
}

impl Bound {
    /// `step`'s outcome, or a failure with status 3 when the deadline passes first; the step
    /// is dropped, with whatever request it was waiting on.
    async fn run<T>(self, step: impl Future<Output = Result<T, Failure>>) -> Result<T, Failure> {
        match self.deadline {
            None => step.await,
            Some(deadline) => tokio::time::timeout_at(deadline, step)
                .await
                .unwrap_or_else(|_| Err(timed_out(self.seconds))),
        }
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
