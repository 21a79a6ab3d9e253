//! `ScrollDomainList`, Domain 2018-01-29: the account's domains, a page at a time behind a
//! cursor (`ScrollId`), with the filters of `QueryAdvancedDomainList`.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-scrolldomainlist>

use serde_json::{Value, json};

use super::domain_filters::{DomainFilters, advanced_entry};
use super::params::{Params, optional, optional_number};
use super::{Context, Outcome};
use crate::respond::ApiError;

/// The metadata's maximum page size.
const MAX_PAGE_SIZE: usize = 500;
/// The page size when none is given.
const DEFAULT_PAGE_SIZE: usize = 50;
/// What the emulator's cursors start with; the rest is the number of domains already returned.
const CURSOR_PREFIX: &str = "emulator-scroll-";

/// Answers the next page after `ScrollId` (the first page without it), in name order, with the
/// cursor of the page after it: empty once the last domain was returned.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let size: usize = optional_number(params, "PageSize")?.unwrap_or(DEFAULT_PAGE_SIZE);
    if !(1..=MAX_PAGE_SIZE).contains(&size) {
        return Err(ApiError::illegal(&format!(
            "PageSize must be between 1 and {MAX_PAGE_SIZE}."
        )));
    }
    let start = match optional(params, "ScrollId") {
        None => 0,
        Some(cursor) => cursor
            .strip_prefix(CURSOR_PREFIX)
            .and_then(|offset| offset.parse::<usize>().ok())
            .ok_or_else(|| {
                ApiError::invalid("ScrollId", "Pass back a ScrollId this listing gave.")
            })?,
    };
    let filters = DomainFilters::read(params)?;
    let now = context.now_ms;
    let mut domains = filters.select(&context.state.domains, now);
    domains.sort_by(|a, b| a.domain_name.cmp(&b.domain_name));
    let total = domains.len();
    let end = start.saturating_add(size).min(total);
    let entries: Vec<Value> = domains
        .get(start.min(total)..end)
        .unwrap_or_default()
        .iter()
        .map(|d| advanced_entry(d, now))
        .collect();
    let next = if end < total {
        format!("{CURSOR_PREFIX}{end}")
    } else {
        String::new()
    };
    Ok(Outcome::read(json!({
        "PageSize": size,
        "ScrollId": next,
        "TotalItemNum": total,
        "Data": { "Domain": entries },
    })))
}
