//! `renew`: plan, show the plan and ask, order in batches, follow the tasks, report each domain.

use std::sync::{Mutex, PoisonError};

use domain_api::workflow::{
    DEFAULT_ORDER_WINDOW, OrderState, PlacedOrder, Progress, Renewal, RenewalPlan, RenewalReport,
};
use serde_json::json;
use tokio::signal::unix::{SignalKind, signal};
use tokio::time::Instant;

use super::{print_json, print_stdout};
use crate::cli::{GlobalOptions, Output, RenewArgs};
use crate::confirm;
use crate::dates::now_ms;
use crate::exit::{Failure, INTERRUPTED, NOT_ALL_RENEWED, SERVICE, SUCCESS};
use crate::journal::{self, Journal};
use crate::progress;
use crate::report::{Skips, count, plan_json, plan_summary, plan_text, report_json, report_text};
use crate::session::Session;
use crate::terminal::sanitize;

/// Plans, confirms, executes and reports a renewal run.
pub(crate) async fn run(
    session: &Session,
    args: &RenewArgs,
    options: &GlobalOptions,
) -> Result<u8, Failure> {
    let mut journal = match (&args.journal, options.emulator) {
        (Some(path), _) => Some(Journal::open(path.clone(), now_ms())?),
        // The built-in emulator starts afresh every time: an earlier run's orders mean nothing.
        (None, true) => None,
        (None, false) => match journal::default_path() {
            Some(path) => Some(Journal::open(path, now_ms())?),
            None => {
                eprintln!(
                    "aliyun-domain: warning: no home or state directory for the renewal journal; \
                     pass --journal PATH so that an interrupted run can be resumed safely"
                );
                None
            }
        },
    };
    let mut renewal = renewal(session, args);
    if let Some(journal) = &journal {
        renewal = renewal.prior_orders(journal.orders().iter().cloned());
    }
    let planning = renewal.plan(&session.client);
    let plan = match session.deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, planning)
            .await
            .map_err(|_| {
                Failure::service("--timeout expired while planning; nothing was ordered")
            })?,
        None => planning.await,
    }
    .map_err(|error| Failure::from_rpc("cannot plan the renewal", &error))?;
    let now = now_ms();
    let skips = Skips::of(&plan);
    // Domains left out for failing (not found, no expiration) make the status 1, as they do
    // once the run has executed; premium domains left out by choice do not.
    let planned_status = if skips.all_done(&plan.refused) {
        SUCCESS
    } else {
        NOT_ALL_RENEWED
    };

    if options.dry_run {
        return dry_run(session, &plan, now, options.output)
            .await
            .map(|()| planned_status);
    }
    if plan.entries.is_empty() {
        eprintln!("aliyun-domain: nothing to renew");
        let report = plan.execute(&session.client, &|_| {}).await;
        show_report(&report, &skips, options.output);
        return Ok(planned_status);
    }
    if let Some(journal) = &journal {
        journal.check_writable()?;
    }
    if !options.yes {
        eprint!("{}", plan_text(&plan, now));
        if !confirm::ask("Renew?", "renewing costs money").await? {
            eprintln!("aliyun-domain: nothing renewed");
            return Ok(SUCCESS);
        }
    } else {
        eprintln!("aliyun-domain: renewing {}", plan_summary(&plan));
    }
    execute(
        session,
        plan,
        &skips,
        options.output,
        journal.as_mut(),
        args.order_window,
    )
    .await
}

/// The workflow configured from the arguments.
fn renewal(session: &Session, args: &RenewArgs) -> Renewal {
    let mut renewal = match args.expiring_within {
        Some(days) => Renewal::expiring_within(days),
        None => Renewal::domains(args.domains.iter().cloned()),
    }
    .years(args.years)
    .batch_size(usize::try_from(args.batch_size).unwrap_or(1000))
    .permit_premium(args.permit_premium)
    .poll_interval(session.poll_initial, session.poll_max);
    if let Some(coupon) = &args.coupon {
        renewal = renewal.coupon(coupon.as_str());
    }
    if let Some(promotion) = &args.promotion {
        renewal = renewal.promotion(promotion.as_str());
    }
    if let Some(seconds) = args.order_window {
        // A test's short window shortens the listing allowance with it, as the defaults relate.
        let window = std::time::Duration::from_secs(seconds);
        renewal = renewal
            .order_window(window)
            .listing_settle(window.min(domain_api::workflow::DEFAULT_LISTING_SETTLE))
            .reconcile_delay(std::time::Duration::from_millis(200));
    }
    renewal
}

/// Prints the plan and each batch's signed request; sends no order.
async fn dry_run(
    session: &Session,
    plan: &RenewalPlan,
    now: i64,
    output: Output,
) -> Result<(), Failure> {
    let mut requests = Vec::new();
    for batch in plan.batches() {
        let request = session
            .client
            .prepare(batch)
            .await
            .map_err(|error| Failure::from_rpc("cannot sign a renewal batch", &error))?;
        requests.push(request.to_string());
    }
    match output {
        Output::Table => {
            let mut text = plan_text(plan, now);
            for (index, request) in requests.iter().enumerate() {
                let entries = plan.batches()[index].entries().len();
                text.push_str(&format!(
                    "\n# batch {} of {}: {} (dry run: not sent)\n{request}",
                    index + 1,
                    requests.len(),
                    count(entries, "domain"),
                ));
            }
            text.push_str("\nDry run: no order was sent.\n");
            print_stdout(&text);
        }
        Output::Json => print_json(&json!({
            "dry_run": true,
            "plan": plan_json(plan, now),
            "requests": requests,
        })),
    }
    Ok(())
}

/// Orders every batch, follows the tasks with a progress bar, and prints the report. Every
/// order is written to the journal before the run waits on it; SIGINT, SIGTERM, SIGHUP and
/// `--timeout` end the run with a message naming every order placed.
async fn execute(
    session: &Session,
    plan: RenewalPlan,
    skips: &Skips,
    output: Output,
    journal: Option<&mut Journal>,
    order_window: Option<u64>,
) -> Result<u8, Failure> {
    let bar = progress::task_bar(plan.entries.len(), output);
    let orders: Mutex<Vec<PlacedOrder>> = Mutex::new(Vec::new());
    let journal = Mutex::new(journal);
    let stopped: Mutex<Option<String>> = Mutex::new(None);
    let window = match order_window {
        Some(seconds) => format!("{seconds} s"),
        None => format!("{} minutes", DEFAULT_ORDER_WINDOW.as_secs() / 60),
    };
    let on_progress = |event: Progress| match event {
        Progress::OrderRecorded(order) => {
            if let Some(journal) = journal
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .as_mut()
                && let Err(error) = journal.record(order.clone())
            {
                progress::note(
                    &bar,
                    &format!(
                        "aliyun-domain: warning: cannot write the renewal journal {}: {error}",
                        journal.path().display()
                    ),
                );
            }
            let mut orders = orders.lock().unwrap_or_else(PoisonError::into_inner);
            match orders.iter_mut().find(|o| o.id == order.id) {
                Some(slot) => *slot = order,
                None => orders.push(order),
            }
        }
        Progress::Submitted { task_no, entries } => progress::note(
            &bar,
            &format!(
                "aliyun-domain: task {task_no} accepted ({})",
                count(entries, "domain")
            ),
        ),
        Progress::SubmitFailed { entries, reason } => progress::note(
            &bar,
            &format!(
                "aliyun-domain: a batch of {} was not accepted: {reason}",
                count(entries, "domain")
            ),
        ),
        Progress::Reconciling { entries, reason } => progress::note(
            &bar,
            &format!(
                "aliyun-domain: the answer for a batch of {} was lost ({reason}); finding out \
                 whether it created a task before going on: it is never ordered again before \
                 that is proven, which can take up to {window} (the time a lost order can still \
                 take effect); interrupting is safe, as running the same command again picks it \
                 up from the journal",
                count(entries, "domain")
            ),
        ),
        Progress::Stopped { reason } => {
            progress::note(&bar, &format!("aliyun-domain: error: {reason}; stopping"));
            *stopped.lock().unwrap_or_else(PoisonError::into_inner) = Some(reason);
        }
        Progress::Polled { finished, total } => progress::update(&bar, finished, total),
        _ => {}
    };
    let report = tokio::select! {
        report = plan.execute(&session.client, &on_progress) => report,
        signal = interruption(session.deadline) => {
            bar.finish_and_clear();
            let orders = orders.lock().unwrap_or_else(PoisonError::into_inner).clone();
            let mut journal = journal.lock().unwrap_or_else(PoisonError::into_inner);
            let journal_path = journal.as_ref().map(|j| j.path().display().to_string());
            if let Some(journal) = journal.as_mut() {
                let _ = journal.interrupted(now_ms());
            }
            interrupted_message(signal, &orders, journal_path.as_deref());
            return Ok(INTERRUPTED);
        }
    };
    bar.finish_and_clear();
    if let Some(journal) = journal
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .as_mut()
        && let Err(error) = journal.settle(&report)
    {
        eprintln!(
            "aliyun-domain: warning: cannot write the renewal journal {}: {error}",
            journal.path().display()
        );
    }
    show_report(&report, skips, output);
    if stopped
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .is_some()
    {
        return Ok(SERVICE);
    }
    Ok(if skips.all_done(&report.outcomes) {
        SUCCESS
    } else {
        NOT_ALL_RENEWED
    })
}

/// Resolves when the run must stop: SIGINT, SIGTERM, SIGHUP, or the `--timeout` deadline;
/// names what stopped it.
async fn interruption(deadline: Option<Instant>) -> &'static str {
    let (terminate, hangup) = (
        received(SignalKind::terminate()),
        received(SignalKind::hangup()),
    );
    let deadline_passed = async {
        match deadline {
            Some(deadline) => tokio::time::sleep_until(deadline).await,
            None => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => "SIGINT",
        () = terminate => "SIGTERM",
        () = hangup => "SIGHUP",
        () = deadline_passed => "--timeout",
    }
}

/// Resolves when the signal `kind` arrives (never, if it cannot be listened to).
async fn received(kind: SignalKind) {
    match signal(kind) {
        Ok(mut stream) => {
            stream.recv().await;
        }
        Err(_) => std::future::pending::<()>().await,
    }
}

/// Names every order the run placed and how to follow it.
fn interrupted_message(by: &str, orders: &[PlacedOrder], journal: Option<&str>) {
    eprintln!("aliyun-domain: interrupted by {by}; the renewals already ordered go on");
    let accepted: Vec<&PlacedOrder> = orders
        .iter()
        .filter(|o| o.state == OrderState::Accepted && o.task_no.is_some())
        .collect();
    let in_doubt: Vec<&PlacedOrder> = orders.iter().filter(|o| o.is_ambiguous()).collect();
    if accepted.is_empty() && in_doubt.is_empty() {
        eprintln!("aliyun-domain: no order had been sent yet; nothing was renewed");
    }
    for order in accepted {
        // Server text: shown escaped, as everywhere on the terminal.
        let task_no = sanitize(order.task_no.as_deref().unwrap_or_default());
        eprintln!(
            "aliyun-domain: task {task_no} was accepted ({}): follow it with `aliyun-domain task \
             {task_no} --wait`",
            count(order.domains.len(), "domain")
        );
    }
    for order in in_doubt {
        let names: Vec<_> = order
            .domains
            .iter()
            .map(|d| sanitize(&d.domain_name))
            .collect();
        eprintln!(
            "aliyun-domain: an order for {} was sent and its answer is unknown: {}",
            count(order.domains.len(), "domain"),
            names.join(", ")
        );
    }
    match journal {
        Some(path) => eprintln!(
            "aliyun-domain: the journal {path} records these orders: running the same command \
             again follows them instead of ordering those domains again"
        ),
        None => eprintln!(
            "aliyun-domain: no journal was kept: check each domain's expiration before renewing \
             it again"
        ),
    }
}

fn show_report(report: &RenewalReport, skips: &Skips, output: Output) {
    match output {
        Output::Table => print_stdout(&report_text(report, skips)),
        Output::Json => print_json(&report_json(report, skips)),
    }
}
