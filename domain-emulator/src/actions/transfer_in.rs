//! Transfers into the account, Domain 2018-01-29. The emulator models none, so the listing is
//! empty and no instance id names one; the feasibility check answers from the account.
//!
//! - `QueryTransferInList`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytransferinlist>)
//! - `QueryTransferInByInstanceId`, `CheckTransferInFeasibility`

use serde_json::{Value, json};

use super::check_domain::is_domain_name;
use super::params::{Page, Params, optional, optional_number, required};
use super::{Context, Outcome};
use crate::respond::ApiError;

/// No maximum is documented; the emulator takes the domain list's.
const MAX_PAGE_SIZE: usize = 5000;

/// The statuses `SimpleTransferInStatus` filters by.
const STATUSES: [&str; 4] = ["PENDING", "SUCCESS", "FAIL", "CANCELLED"];

/// `QueryTransferInList`: the filters are checked for shape; the page is empty.
pub(super) fn list(params: &Params, _context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::from_params(params, MAX_PAGE_SIZE)?;
    let _: Option<i64> = optional_number(params, "SubmissionStartDate")?;
    let _: Option<i64> = optional_number(params, "SubmissionEndDate")?;
    if optional(params, "SimpleTransferInStatus").is_some_and(|s| !STATUSES.contains(&s)) {
        return Err(ApiError::illegal(
            "SimpleTransferInStatus must be PENDING, SUCCESS, FAIL or CANCELLED.",
        ));
    }
    let (_, mut fields) = page.apply::<Value>(&[]);
    fields.insert("Data".to_owned(), json!({ "TransferInInfo": [] }));
    Ok(Outcome::read(Value::Object(fields)))
}

/// `QueryTransferInByInstanceId`: no transfer in exists, so every id is refused.
pub(super) fn by_instance_id(
    params: &Params,
    _context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    required(params, "InstanceId")?;
    Err(ApiError::illegal("No transfer in has this instance id."))
}

/// `CheckTransferInFeasibility`: a domain already in the account cannot come in again; any
/// other well-formed name can (the emulator cannot ask its registrar).
pub(super) fn feasibility(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let name = required(params, "DomainName")?.trim();
    if !is_domain_name(name) {
        return Err(ApiError::illegal("DomainName is not a domain name."));
    }
    Ok(Outcome::read(match context.state.domain(name) {
        Some(_) => json!({
            "CanTransfer": false,
            "Code": "CheckTransferResult.DomainInAccount",
            "Message": "The domain is already in this account.",
            "ProductId": "2",
        }),
        None => json!({ "CanTransfer": true, "ProductId": "2" }),
    }))
}
