//! `CheckDomain`, Domain 2018-01-29: whether a domain name can be registered.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-checkdomain>

use serde_json::json;

use super::params::{Params, optional, optional_number, required};
use super::{Context, Outcome};
use crate::respond::ApiError;

/// The fee commands the service knows.
const FEE_COMMANDS: [&str; 4] = ["create", "renew", "transfer", "restore"];

/// `Avail` `0` ("In use") for a domain of the account, else `1`: the emulator knows no other
/// registrant and no registry, and no prices (`Price` is left out). A name that is not a domain
/// (one label, an empty label, a character other than letters, digits, `-` and non-ASCII) is
/// refused with `ParameterIllegal`.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let name = required(params, "DomainName")?.trim();
    if optional(params, "FeeCommand").is_some_and(|c| !FEE_COMMANDS.contains(&c)) {
        return Err(ApiError::illegal(
            "FeeCommand must be create, renew, transfer or restore.",
        ));
    }
    let _: Option<u32> = optional_number(params, "FeePeriod")?;
    if !is_domain_name(name) {
        return Err(ApiError::illegal("DomainName is not a domain name."));
    }
    let held = context.state.domain(name);
    Ok(Outcome::read(json!({
        "DomainName": name,
        "Avail": if held.is_some() { "0" } else { "1" },
        "Reason": if held.is_some() { "In use" } else { "" },
        "Premium": held.is_some_and(|d| d.premium).to_string(),
        "DynamicCheck": false,
    })))
}

/// At least two labels of 1 to 63 characters, none starting or ending with `-`.
pub(super) fn is_domain_name(name: &str) -> bool {
    let labels: Vec<&str> = name.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.chars().count())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || !c.is_ascii())
        })
}
