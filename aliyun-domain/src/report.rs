//! How a renewal plan and a renewal report are shown: tables for people, JSON for programs.
//!
//! The JSON field names are part of the interface: add fields, never rename them.

use std::collections::HashSet;

use domain_api::workflow::{DomainOutcome, Outcome, RenewalPlan, RenewalReport};
use serde_json::{Value, json};

use crate::dates::{days_left, utc_date};
use crate::table::Table;

/// How the command judges one domain's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Renewed.
    Renewed,
    /// Left out by the user's own choice: a premium domain without `--permit-premium`.
    Skipped,
    /// Refused by the service, not in the account, or never sent.
    Failed,
    /// Cannot tell.
    Unknown,
}

impl Verdict {
    /// `renewed`, `skipped`, `failed` or `unknown`.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Verdict::Renewed => "renewed",
            Verdict::Skipped => "skipped",
            Verdict::Failed => "failed",
            Verdict::Unknown => "unknown",
        }
    }
}

/// The domains a plan left out by policy (the workflow's `Outcome::Skipped`: a premium domain
/// without `--permit-premium`) rather than because they failed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Skips(HashSet<String>);

impl Skips {
    /// The skips of `plan`.
    pub(crate) fn of(plan: &RenewalPlan) -> Skips {
        Skips(
            plan.refused
                .iter()
                .filter(|o| matches!(o.outcome, Outcome::Skipped { .. }))
                .map(|o| o.domain_name.clone())
                .collect(),
        )
    }

    /// The verdict on `outcome`.
    pub(crate) fn verdict(&self, outcome: &DomainOutcome) -> Verdict {
        match outcome.outcome {
            Outcome::Renewed { .. } => Verdict::Renewed,
            Outcome::Unknown { .. } => Verdict::Unknown,
            Outcome::Skipped { .. } => Verdict::Skipped,
            Outcome::Failed { .. } if self.0.contains(&outcome.domain_name) => Verdict::Skipped,
            Outcome::Failed { .. } => Verdict::Failed,
        }
    }

    /// Whether every outcome is renewed or skipped.
    pub(crate) fn all_done<'a>(
        &self,
        outcomes: impl IntoIterator<Item = &'a DomainOutcome>,
    ) -> bool {
        outcomes
            .into_iter()
            .all(|o| matches!(self.verdict(o), Verdict::Renewed | Verdict::Skipped))
    }

    /// (renewed, skipped, failed, unknown).
    fn counts(&self, report: &RenewalReport) -> (usize, usize, usize, usize) {
        report
            .outcomes
            .iter()
            .fold((0, 0, 0, 0), |(r, s, f, u), o| match self.verdict(o) {
                Verdict::Renewed => (r + 1, s, f, u),
                Verdict::Skipped => (r, s + 1, f, u),
                Verdict::Failed => (r, s, f + 1, u),
                Verdict::Unknown => (r, s, f, u + 1),
            })
    }
}

/// `1 domain`, `3 domains`.
pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `N domains, M domain-years` (and the number of batches when there are several).
pub(crate) fn plan_summary(plan: &RenewalPlan) -> String {
    let years = usize::try_from(plan.total_years()).unwrap_or(usize::MAX);
    let mut summary = format!(
        "{}, {}",
        count(plan.entries.len(), "domain"),
        count(years, "domain-year")
    );
    if plan.batches().len() > 1 {
        summary.push_str(&format!(" in {} batches", plan.batches().len()));
    }
    summary
}

/// The plan as a table of the domains to renew, the domains left out, and the total.
pub(crate) fn plan_text(plan: &RenewalPlan, now_ms: i64) -> String {
    let mut text = String::new();
    if !plan.entries.is_empty() {
        let mut table = Table::new(["DOMAIN", "EXPIRATION (UTC)", "DAYS LEFT", "YEARS", "NOTE"])
            .align_right(2)
            .align_right(3);
        for entry in &plan.entries {
            table.push_row([
                entry.domain_name.clone(),
                utc_date(entry.current_expiration_ms),
                days_left(entry.current_expiration_ms, now_ms).to_string(),
                entry.years.to_string(),
                if entry.premium { "premium" } else { "" }.to_owned(),
            ]);
        }
        text.push_str(&table.to_string());
    }
    if !plan.refused.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str("Left out (not renewed):\n");
        let skips = Skips::of(plan);
        let mut table = Table::new(["DOMAIN", "RESULT", "REASON"]);
        for outcome in &plan.refused {
            let verdict = skips.verdict(outcome);
            table.push_row([
                outcome.domain_name.clone(),
                verdict.label().to_owned(),
                detail(outcome, verdict),
            ]);
        }
        text.push_str(&table.to_string());
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(&format!("Plan: {}\n", plan_summary(plan)));
    text
}

/// The plan as JSON: `domains`, `left_out`, and the totals.
pub(crate) fn plan_json(plan: &RenewalPlan, now_ms: i64) -> Value {
    let domains: Vec<Value> = plan
        .entries
        .iter()
        .map(|entry| {
            json!({
                "domain": entry.domain_name,
                "years": entry.years,
                "expiration": utc_date(entry.current_expiration_ms),
                "expiration_ms": entry.current_expiration_ms,
                "days_left": days_left(entry.current_expiration_ms, now_ms),
                "premium": entry.premium,
            })
        })
        .collect();
    json!({
        "domains": domains,
        "left_out": plan
            .refused
            .iter()
            .map(|o| outcome_json(o, Skips::of(plan).verdict(o)))
            .collect::<Vec<_>>(),
        "total_domains": plan.entries.len(),
        "total_years": plan.total_years(),
        "batches": plan.batches().len(),
    })
}

/// The per-domain result table and the summary line.
pub(crate) fn report_text(report: &RenewalReport, skips: &Skips) -> String {
    let mut table =
        Table::new(["DOMAIN", "YEARS", "RESULT", "NEW EXPIRATION", "DETAIL"]).align_right(1);
    for outcome in &report.outcomes {
        let verdict = skips.verdict(outcome);
        let new_expiration = match &outcome.outcome {
            Outcome::Renewed {
                new_expiration_ms: Some(ms),
            } => utc_date(*ms),
            Outcome::Renewed { .. } => "?".to_owned(),
            _ => "-".to_owned(),
        };
        table.push_row([
            outcome.domain_name.clone(),
            outcome.years.to_string(),
            verdict.label().to_owned(),
            new_expiration,
            detail(outcome, verdict),
        ]);
    }
    format!("{table}\n{}\n", summary_line(report, skips))
}

/// `4 domains: 3 renewed, 1 failed, 0 unknown`, and `, 1 skipped` when some were.
pub(crate) fn summary_line(report: &RenewalReport, skips: &Skips) -> String {
    let (renewed, skipped, failed, unknown) = skips.counts(report);
    let mut line = format!(
        "{}: {renewed} renewed, {failed} failed, {unknown} unknown",
        count(report.outcomes.len(), "domain")
    );
    if skipped > 0 {
        line.push_str(&format!(", {skipped} skipped"));
    }
    line
}

/// The report as JSON: `outcomes` and `summary`.
pub(crate) fn report_json(report: &RenewalReport, skips: &Skips) -> Value {
    let (renewed, skipped, failed, unknown) = skips.counts(report);
    json!({
        "outcomes": report
            .outcomes
            .iter()
            .map(|o| outcome_json(o, skips.verdict(o)))
            .collect::<Vec<_>>(),
        "summary": {
            "total": report.outcomes.len(),
            "renewed": renewed,
            "skipped": skipped,
            "failed": failed,
            "unknown": unknown,
            "all_renewed": report.all_renewed(),
        },
    })
}

/// One domain's outcome as JSON.
fn outcome_json(outcome: &DomainOutcome, verdict: Verdict) -> Value {
    let (new_expiration_ms, reason, check) = match &outcome.outcome {
        Outcome::Renewed { new_expiration_ms } => (*new_expiration_ms, None, None),
        Outcome::Skipped { reason } | Outcome::Failed { reason } => {
            (None, Some(reason.as_str()), None)
        }
        Outcome::Unknown { reason, check } => (None, Some(reason.as_str()), Some(check.as_str())),
    };
    json!({
        "domain": outcome.domain_name,
        "years": outcome.years,
        "result": verdict.label(),
        "previous_expiration": outcome.previous_expiration_ms.map(utc_date),
        "previous_expiration_ms": outcome.previous_expiration_ms,
        "new_expiration": new_expiration_ms.map(utc_date),
        "new_expiration_ms": new_expiration_ms,
        "task_no": outcome.task_no,
        "reason": reason,
        "check": check,
    })
}

/// The DETAIL cell: why it failed, what to check, or where a renewal came from.
fn detail(outcome: &DomainOutcome, verdict: Verdict) -> String {
    match &outcome.outcome {
        Outcome::Renewed { new_expiration_ms } => {
            let mut text = match outcome.previous_expiration_ms {
                Some(ms) => format!("was {}", utc_date(ms)),
                None => String::new(),
            };
            if new_expiration_ms.is_none() {
                if !text.is_empty() {
                    text.push_str("; ");
                }
                text.push_str("new expiration not read back");
            }
            if let Some(task_no) = &outcome.task_no {
                if !text.is_empty() {
                    text.push_str("; ");
                }
                text.push_str(&format!("task {task_no}"));
            }
            text
        }
        Outcome::Skipped { .. } => {
            "a premium domain; pass --permit-premium to renew it at its premium price".to_owned()
        }
        Outcome::Failed { .. } if verdict == Verdict::Skipped => {
            "a premium domain; pass --permit-premium to renew it at its premium price".to_owned()
        }
        Outcome::Failed { reason } => reason.clone(),
        Outcome::Unknown { reason, check } => format!("{reason}; check {check}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(name: &str, outcome: Outcome) -> DomainOutcome {
        DomainOutcome {
            domain_name: name.to_owned(),
            years: 1,
            previous_expiration_ms: Some(1_767_225_600_000),
            task_no: Some("T1".to_owned()),
            outcome,
        }
    }

    fn sample() -> RenewalReport {
        RenewalReport {
            outcomes: vec![
                outcome(
                    "example-shop.com",
                    Outcome::Renewed {
                        new_expiration_ms: Some(1_798_761_600_000),
                    },
                ),
                DomainOutcome {
                    task_no: None,
                    previous_expiration_ms: None,
                    ..outcome(
                        "nope.com",
                        Outcome::Failed {
                            reason: "the domain is not in this account".into(),
                        },
                    )
                },
                outcome(
                    "my-blog.net",
                    Outcome::Unknown {
                        reason: "task T1 was still running when polling stopped".into(),
                        check: "QueryTaskDetailList for task T1".into(),
                    },
                ),
            ],
        }
    }

    #[test]
    fn report_table_has_one_row_per_domain_and_a_summary() {
        assert_eq!(
            report_text(&sample(), &Skips::default()),
            "\
DOMAIN            YEARS  RESULT   NEW EXPIRATION  DETAIL
example-shop.com      1  renewed  2027-01-01      was 2026-01-01; task T1
nope.com              1  failed   -               the domain is not in this account
my-blog.net           1  unknown  -               task T1 was still running when polling stopped; check QueryTaskDetailList for task T1

3 domains: 1 renewed, 1 failed, 1 unknown
"
        );
    }

    #[test]
    fn report_json_has_stable_fields() {
        let json = report_json(&sample(), &Skips::default());
        let first = &json["outcomes"][0];
        assert_eq!(first["domain"], "example-shop.com");
        assert_eq!(first["result"], "renewed");
        assert_eq!(first["new_expiration"], "2027-01-01");
        assert_eq!(first["previous_expiration_ms"], 1_767_225_600_000_i64);
        assert_eq!(first["reason"], Value::Null);
        assert_eq!(json["outcomes"][1]["result"], "failed");
        assert_eq!(
            json["outcomes"][2]["check"],
            "QueryTaskDetailList for task T1"
        );
        assert_eq!(json["summary"]["renewed"], 1);
        assert_eq!(json["summary"]["all_renewed"], false);
        assert_eq!(json["summary"]["skipped"], 0);
    }

    #[test]
    fn premium_domains_left_out_are_skipped_not_failed() {
        let premium = outcome(
            "coffee.shop",
            Outcome::Failed {
                reason: "a premium domain; renew it with premium renewal permitted".into(),
            },
        );
        let skips = Skips(HashSet::from(["coffee.shop".to_owned()]));
        let report = RenewalReport {
            outcomes: vec![premium, sample().outcomes[0].clone()],
        };
        assert!(skips.all_done(&report.outcomes));
        let text = report_text(&report, &skips);
        assert!(text.contains("coffee.shop           1  skipped"), "{text}");
        assert!(text.contains("pass --permit-premium"));
        assert!(text.ends_with("2 domains: 1 renewed, 0 failed, 0 unknown, 1 skipped\n"));
        assert_eq!(
            report_json(&report, &skips)["outcomes"][0]["result"],
            "skipped"
        );
    }

    #[test]
    fn counts_are_singular_or_plural() {
        assert_eq!(count(1, "domain-year"), "1 domain-year");
        assert_eq!(count(0, "domain"), "0 domains");
    }
}
