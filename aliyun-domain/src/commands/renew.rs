//! `renew`: plan, show the plan and ask, order in batches, follow the tasks, report each domain.

use std::io::{BufRead, IsTerminal, Write};
use std::sync::{Mutex, PoisonError};

use domain_api::workflow::{Progress, Renewal, RenewalPlan, RenewalReport};
use serde_json::json;

use super::{print_json, print_stdout};
use crate::cli::{GlobalOptions, Output, RenewArgs};
use crate::dates::now_ms;
use crate::exit::{Failure, NOT_ALL_RENEWED, SUCCESS};
use crate::progress;
use crate::report::{Skips, count, plan_json, plan_summary, plan_text, report_json, report_text};
use crate::session::Session;

/// Plans, confirms, executes and reports a renewal run.
pub(crate) async fn run(
    session: &Session,
    args: &RenewArgs,
    options: &GlobalOptions,
) -> Result<u8, Failure> {
    let renewal = renewal(session, args);
    let plan = renewal
        .plan(&session.client)
        .await
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
    if !options.yes {
        eprint!("{}", plan_text(&plan, now));
        if !std::io::stdin().is_terminal() {
            return Err(Failure::usage(
                "renewing costs money and stdin is not a terminal to confirm on; pass --yes to \
                 renew without asking (or --dry-run to see the requests without ordering)",
            ));
        }
        if !confirm().await {
            eprintln!("aliyun-domain: nothing renewed");
            return Ok(SUCCESS);
        }
    } else {
        eprintln!("aliyun-domain: renewing {}", plan_summary(&plan));
    }
    execute(session, plan, &skips, options.output).await
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

/// Asks "Renew? [y/N]" on the terminal; anything but `y` or `yes` declines.
async fn confirm() -> bool {
    eprint!("Renew? [y/N] ");
    let _ = std::io::stderr().flush();
    let answer = tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map(|_| line)
    })
    .await;
    matches!(
        answer,
        Ok(Ok(line)) if matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes")
    )
}

/// Orders every batch, follows the tasks with a progress bar, and prints the report.
async fn execute(
    session: &Session,
    plan: RenewalPlan,
    skips: &Skips,
    output: Output,
) -> Result<u8, Failure> {
    let bar = progress::task_bar(plan.entries.len(), output);
    let submitted: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let on_progress = |event: Progress| match event {
        Progress::Submitted { task_no, entries } => {
            progress::note(
                &bar,
                &format!(
                    "aliyun-domain: task {task_no} accepted ({})",
                    count(entries, "domain")
                ),
            );
            submitted
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(task_no);
        }
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
                "aliyun-domain: the answer for a batch of {} was lost ({reason}); checking \
                 whether it created a task before going on",
                count(entries, "domain")
            ),
        ),
        Progress::Polled { finished, total } => progress::update(&bar, finished, total),
        _ => {}
    };
    let report = tokio::select! {
        report = plan.execute(&session.client, &on_progress) => report,
        _ = tokio::signal::ctrl_c() => {
            bar.finish_and_clear();
            let tasks = submitted.lock().unwrap_or_else(PoisonError::into_inner).clone();
            eprintln!("aliyun-domain: interrupted; the outcome of the renewals is unknown");
            if tasks.is_empty() {
                eprintln!("aliyun-domain: no task had been accepted yet; check the domains' expiration before renewing again");
            }
            for task_no in tasks {
                eprintln!("aliyun-domain: follow task {task_no} with `aliyun-domain task {task_no} --wait`");
            }
            return Ok(NOT_ALL_RENEWED);
        }
    };
    bar.finish_and_clear();
    show_report(&report, skips, output);
    Ok(if skips.all_done(&report.outcomes) {
        SUCCESS
    } else {
        NOT_ALL_RENEWED
    })
}

fn show_report(report: &RenewalReport, skips: &Skips, output: Output) {
    match output {
        Output::Table => print_stdout(&report_text(report, skips)),
        Output::Json => print_json(&report_json(report, skips)),
    }
}
