//! A domain's real-name verification, Domain 2018-01-29, from the status it was seeded with.
//!
//! - `QueryDomainRealNameVerificationInfo`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainrealnameverificationinfo>)
//! - `QueryFailReasonForDomainRealNameVerification`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryfailreasonfordomainrealnameverification>)

use serde_json::{Value, json};

use super::domain_fields::by_name;
use super::params::{Params, optional_boolean, required};
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;
use crate::state::DomainRecord;

/// The verification actions `QueryFailReasonForDomainRealNameVerification` knows.
const ACTIONS: [&str; 2] = ["AUDIT", "MODIFY"];

/// `QueryDomainRealNameVerificationInfo`: submitted on registration, without credentials (the
/// emulator holds none).
pub(super) fn info(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    // Checked for its shape only: the emulator holds no images.
    optional_boolean(params, "FetchImage")?;
    let domain = by_name(context.state, params)?;
    Ok(Outcome::read(json!({
        "DomainName": domain.domain_name,
        "InstanceId": domain.instance_id,
        "SubmissionDate": format_cst_dash(domain.registration_date_long),
        "IdentityCredentialType": "",
        "IdentityCredentialNo": "",
    })))
}

/// `QueryFailReasonForDomainRealNameVerification`: one reason when the domain's status is
/// `FAILED`, none otherwise.
pub(super) fn domain_fail_reasons(
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    let action = required(params, "RealNameVerificationAction")?;
    if !ACTIONS.contains(&action) {
        return Err(ApiError::illegal(
            "RealNameVerificationAction must be AUDIT or MODIFY.",
        ));
    }
    let domain = by_name(context.state, params)?;
    Ok(Outcome::read(json!({ "Data": fail_reasons(domain, true) })))
}

/// The failure reasons of `domain`'s registrant: one when its status is `FAILED`; with the
/// domain's own status field when `with_status`.
pub(super) fn fail_reasons(domain: &DomainRecord, with_status: bool) -> Vec<Value> {
    if domain.real_name_status != "FAILED" {
        return Vec::new();
    }
    let mut reason = json!({
        "Date": format_cst_dash(domain.registration_date_long),
        "FailReason": "The real-name verification failed (the status the emulator was seeded with).",
    });
    if with_status {
        reason["DomainNameVerificationStatus"] = json!("FAILED");
    }
    vec![reason]
}
