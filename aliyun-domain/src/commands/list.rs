//! `list`: the account's domains with their expiration dates.

use std::pin::pin;

use domain_api::workflow::EXPIRED_GRACE_DAYS;
use domain_api::{DomainSummary, QueryDomainList, all_items};
use futures_util::StreamExt;
use serde_json::json;

use super::{print_json, print_stdout};
use crate::cli::{ListArgs, Output};
use crate::dates::{DAY_MS, days_left, now_ms, utc_date};
use crate::exit::{Failure, SUCCESS};
use crate::report::count;
use crate::session::Session;
use crate::table::Table;

/// Domains asked for per page.
const PAGE_SIZE: u32 = 500;

/// Reads every page and prints the domains, soonest expiration first.
pub(crate) async fn run(session: &Session, args: &ListArgs, output: Output) -> Result<u8, Failure> {
    let now = now_ms();
    let mut request = QueryDomainList::new(PAGE_SIZE);
    if let Some(days) = args.expiring_within {
        request = request.expiring_between(
            now - i64::from(EXPIRED_GRACE_DAYS) * DAY_MS,
            now + i64::from(days) * DAY_MS,
        );
    }
    let mut domains = Vec::new();
    let mut stream = pin!(all_items(&session.client, request));
    while let Some(domain) = stream.next().await {
        domains.push(domain.map_err(|error| Failure::from_rpc("cannot list domains", &error))?);
    }
    domains.sort_by(|a, b| {
        let key = |d: &DomainSummary| d.expiration_date_long.unwrap_or(i64::MAX);
        key(a)
            .cmp(&key(b))
            .then_with(|| a.domain_name.cmp(&b.domain_name))
    });
    match output {
        Output::Table => print_stdout(&table(&domains, now, args.expiring_within)),
        Output::Json => print_json(&json!({
            "domains": domains.iter().map(|d| {
                json!({
                    "domain": d.domain_name,
                    "expiration": d.expiration_date_long.map(utc_date),
                    "expiration_ms": d.expiration_date_long,
                    "days_left": d.expiration_date_long.map(|ms| days_left(ms, now)),
                    "premium": d.premium.unwrap_or(false),
                    "auto_renew": d.auto_renew_enabled,
                })
            }).collect::<Vec<_>>(),
            "total": domains.len(),
        })),
    }
    Ok(SUCCESS)
}

/// The domains as a table, and how many there are.
fn table(domains: &[DomainSummary], now: i64, expiring_within: Option<u32>) -> String {
    let mut table = Table::new(["DOMAIN", "EXPIRATION (UTC)", "DAYS LEFT", "NOTE"]).align_right(2);
    for domain in domains {
        let days = domain.expiration_date_long.map(|ms| days_left(ms, now));
        let mut notes = Vec::new();
        if days.is_some_and(|d| d < 0) {
            notes.push("expired");
        }
        if domain.premium == Some(true) {
            notes.push("premium");
        }
        if domain.auto_renew_enabled == Some(true) {
            notes.push("auto-renew");
        }
        table.push_row([
            domain.domain_name.clone(),
            domain
                .expiration_date_long
                .map_or_else(|| "-".to_owned(), utc_date),
            days.map_or_else(|| "-".to_owned(), |d| d.to_string()),
            notes.join(", "),
        ]);
    }
    let mut summary = count(domains.len(), "domain");
    if let Some(days) = expiring_within {
        summary.push_str(&format!(
            " expiring within {days} days or expired in the last {EXPIRED_GRACE_DAYS}"
        ));
    }
    format!("{table}\n{summary}\n")
}
