//! The e-mail verifications, Domain 2018-01-29, as the emulator derives them: every registrant
//! e-mail address of the account's domains counts as verified, on the registration date of the
//! first domain that uses it.
//!
//! - `ListEmailVerification`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-listemailverification>)
//! - `QueryEmailVerification`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryemailverification>)

use serde_json::{Map, Value, json};

use super::params::{Page, Params, optional, optional_number, required};
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;
use crate::state::State;

/// No maximum is documented; the emulator takes the domain list's.
const MAX_PAGE_SIZE: usize = 5000;

/// One verification per distinct address, in the order of the first domain using it: the
/// address, when it was verified (ms) and the record.
fn verifications(state: &State) -> Vec<(String, i64, Map<String, Value>)> {
    let mut found: Vec<(String, i64)> = Vec::new();
    for domain in &state.domains {
        match found
            .iter_mut()
            .find(|(email, _)| email.eq_ignore_ascii_case(&domain.email))
        {
            Some((_, since)) => *since = (*since).min(domain.registration_date_long),
            None => found.push((domain.email.clone(), domain.registration_date_long)),
        }
    }
    (1u64..)
        .zip(found)
        .map(|(serial, (email, since))| {
            let date = format_cst_dash(since);
            let Value::Object(record) = json!({
                "Email": email,
                "EmailVerificationNo": format!("{serial:032x}"),
                "UserId": "1234567890123456",
                "VerificationStatus": 1,
                "GmtCreate": date,
                "GmtModified": date,
                "TokenSendTime": date,
                "VerificationTime": date,
                "SendIp": "127.0.0.1",
                "ConfirmIp": "127.0.0.1",
            }) else {
                unreachable!("a JSON object")
            };
            (email, since, record)
        })
        .collect()
}

/// `ListEmailVerification`: filtered by address (substring), status and creation time (ms),
/// paged (`PageNum`/`PageSize` optional, 10 by default).
pub(super) fn list(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::optional(params, 10, MAX_PAGE_SIZE)?;
    let email = optional(params, "Email").map(str::to_lowercase);
    let status: Option<u8> = optional_number(params, "VerificationStatus")?;
    let begin: Option<i64> = optional_number(params, "BeginCreateTime")?;
    let end: Option<i64> = optional_number(params, "EndCreateTime")?;
    let records: Vec<Map<String, Value>> = verifications(context.state)
        .into_iter()
        .filter(|(address, _, _)| {
            email
                .as_ref()
                .is_none_or(|e| address.to_lowercase().contains(e))
        })
        .filter(|_| status.is_none_or(|s| s == 1))
        .filter(|(_, since, _)| {
            begin.is_none_or(|b| *since >= b) && end.is_none_or(|e| *since <= e)
        })
        .map(|(_, _, record)| record)
        .collect();
    let (slice, mut fields) = page.apply(&records);
    fields.insert("Data".to_owned(), json!(slice));
    Ok(Outcome::read(Value::Object(fields)))
}

/// `QueryEmailVerification`: the address's verification; an address no domain uses is answered
/// as never verified (`VerificationStatus` 0).
pub(super) fn query(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let email = required(params, "Email")?.trim();
    let found = verifications(context.state)
        .into_iter()
        .find(|(address, _, _)| address.eq_ignore_ascii_case(email));
    Ok(match found {
        Some((_, _, record)) => Outcome::read(Value::Object(record)),
        None => Outcome::read(json!({ "Email": email, "VerificationStatus": 0 })),
    })
}
