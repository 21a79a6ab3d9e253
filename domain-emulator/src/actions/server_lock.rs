//! The server locks (registry locks), Domain 2018-01-29. The emulator sells none, so the
//! listings are empty; the checks answer from the domain.
//!
//! - `ListServerLock`, `QueryServerLock`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-listserverlock>)
//! - `CheckMaxYearOfServerLock`, `CheckProcessingServerLockApply`

use serde_json::{Value, json};

use super::domain_fields::by_name;
use super::params::{Page, Params, optional, optional_number, required};
use super::{Context, Outcome};
use crate::calendar::add_years_utc;
use crate::respond::ApiError;

/// No maximum is documented; the emulator takes the domain list's.
const MAX_PAGE_SIZE: usize = 5000;

/// The lock lengths a server lock may be bought or renewed for, at most.
const MAX_LOCK_YEARS: i64 = 10;

/// `ListServerLock`: the filters are checked for shape; the page is empty.
pub(super) fn list(params: &Params, _context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::optional(params, 10, MAX_PAGE_SIZE)?;
    for name in [
        "BeginStartDate",
        "EndStartDate",
        "StartExpireDate",
        "EndExpireDate",
    ] {
        let _: Option<i64> = optional_number(params, name)?;
    }
    let _: Option<u8> = optional_number(params, "ServerLockStatus")?;
    if optional(params, "OrderBy").is_some_and(|o| o != "EXPIRE_DATE") {
        return Err(ApiError::illegal("OrderBy must be EXPIRE_DATE."));
    }
    if optional(params, "OrderByType").is_some_and(|o| o != "ASC" && o != "DESC") {
        return Err(ApiError::illegal("OrderByType must be ASC or DESC."));
    }
    let (_, mut fields) = page.apply::<Value>(&[]);
    fields.insert("Data".to_owned(), json!([]));
    Ok(Outcome::read(Value::Object(fields)))
}

/// `QueryServerLock`: no lock has any instance id, so the answer has no fields.
pub(super) fn query(_params: &Params, _context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    Ok(Outcome::read(json!({})))
}

/// `CheckMaxYearOfServerLock`: for `CheckAction` `activate` or `renew`, the whole years left
/// until the domain expires, at most 10 (a lock cannot outlast its domain).
pub(super) fn max_year(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let action = required(params, "CheckAction")?;
    if action != "activate" && action != "renew" {
        return Err(ApiError::illegal("CheckAction must be activate or renew."));
    }
    let domain = by_name(context.state, params)?;
    let years = (0..=MAX_LOCK_YEARS)
        .take_while(|years| add_years_utc(context.now_ms, *years) <= domain.expiration_date_long)
        .last()
        .unwrap_or(0);
    Ok(Outcome::read(json!({ "MaxYear": years })))
}

/// `CheckProcessingServerLockApply`: no application is ever in progress.
pub(super) fn processing(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let _: Option<u32> = optional_number(params, "FeePeriod")?;
    by_name(context.state, params)?;
    Ok(Outcome::read(json!({ "Exists": false })))
}
