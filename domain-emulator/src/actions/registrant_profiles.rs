//! The registrant profiles, Domain 2018-01-29, as the emulator derives them from the account's
//! domains: one profile per distinct registrant (name, e-mail address and type), numbered in the
//! order of the first domain each holds, the first the default.
//!
//! - `QueryRegistrantProfiles`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryregistrantprofiles>)
//! - `QueryRegistrantProfileRealNameVerificationInfo`,
//!   `QueryFailReasonForRegistrantProfileRealNameVerification`

use serde_json::{Map, Value, json};

use super::params::{Page, Params, optional, optional_boolean, optional_number, required_number};
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;
use crate::state::{DomainRecord, State};

/// The first profile's id; the others follow.
const FIRST_PROFILE_ID: i64 = 1_000_001;

/// No maximum is documented; the emulator takes the domain list's.
const MAX_PAGE_SIZE: usize = 5000;

/// A profile: its id and the first domain of its registrant.
struct Profile<'a> {
    id: i64,
    domain: &'a DomainRecord,
}

impl Profile<'_> {
    /// The profile as QueryRegistrantProfiles lists it.
    fn entry(&self) -> Map<String, Value> {
        let mut fields: Map<String, Value> = self
            .domain
            .contact("registrant")
            .into_iter()
            .map(|(name, value)| (name, Value::String(value)))
            .collect();
        let created = format_cst_dash(self.domain.registration_date_long);
        for (name, value) in [
            ("RegistrantProfileId", json!(self.id)),
            (
                "DefaultRegistrantProfile",
                json!(self.id == FIRST_PROFILE_ID),
            ),
            ("RegistrantType", json!(self.domain.registrant_type)),
            ("RealNameStatus", json!(self.domain.real_name_status)),
            ("RegistrantProfileType", json!("common")),
            ("EmailVerificationStatus", json!(1)),
            ("CreateTime", json!(created)),
            ("UpdateTime", json!(created)),
            ("CredentialNo", json!("")),
            ("CredentialType", json!("")),
        ] {
            fields.insert(name.to_owned(), value);
        }
        fields
    }
}

/// The account's profiles, in id order.
fn profiles(state: &State) -> Vec<Profile<'_>> {
    let mut seen: Vec<&DomainRecord> = Vec::new();
    for domain in &state.domains {
        let same = |d: &&DomainRecord| {
            d.registrant_name == domain.registrant_name
                && d.email == domain.email
                && d.registrant_type == domain.registrant_type
        };
        if !seen.iter().any(same) {
            seen.push(domain);
        }
    }
    (FIRST_PROFILE_ID..)
        .zip(seen)
        .map(|(id, domain)| Profile { id, domain })
        .collect()
}

/// The profile `name` (`RegistrantProfileId` or `RegistrantProfileID`) names, or
/// `ParameterIllegal`.
fn by_id<'a>(state: &'a State, params: &Params, name: &str) -> Result<Profile<'a>, ApiError> {
    let id: i64 = required_number(params, name)?;
    profiles(state)
        .into_iter()
        .find(|p| p.id == id)
        .ok_or_else(|| ApiError::illegal("No registrant profile has this id."))
}

/// `QueryRegistrantProfiles`: filtered by id, organization (substring), e-mail address, type,
/// real-name status and default flag, paged (`PageNum`/`PageSize` optional, 10 by default).
pub(super) fn query(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::optional(params, 10, MAX_PAGE_SIZE)?;
    let id: Option<i64> = optional_number(params, "RegistrantProfileId")?;
    let default_only = optional(params, "DefaultRegistrantProfile")
        .map(|v| super::params::boolean("DefaultRegistrantProfile", v))
        .transpose()?;
    let text = |name: &str| optional(params, name).map(str::to_lowercase);
    let (organization, email) = (text("RegistrantOrganization"), text("Email"));
    let (registrant_type, real_name) = (text("RegistrantType"), text("RealNameStatus"));
    let kind = text("RegistrantProfileType");
    let matches = |value: &Value, filter: &Option<String>, whole: bool| {
        let value = value.as_str().unwrap_or_default().to_lowercase();
        filter.as_ref().is_none_or(|f| {
            if whole {
                value == *f
            } else {
                value.contains(f)
            }
        })
    };
    let entries: Vec<Map<String, Value>> = profiles(context.state)
        .iter()
        .filter(|p| id.is_none_or(|i| p.id == i))
        .filter(|p| default_only.is_none_or(|d| d == (p.id == FIRST_PROFILE_ID)))
        .map(Profile::entry)
        .filter(|e| matches(&e["RegistrantOrganization"], &organization, false))
        .filter(|e| matches(&e["Email"], &email, true))
        .filter(|e| matches(&e["RegistrantType"], &registrant_type, true))
        .filter(|e| matches(&e["RealNameStatus"], &real_name, true))
        .filter(|e| matches(&e["RegistrantProfileType"], &kind, true))
        .collect();
    let (slice, mut fields) = page.apply(&entries);
    fields.insert(
        "RegistrantProfiles".to_owned(),
        json!({ "RegistrantProfile": slice }),
    );
    Ok(Outcome::read(Value::Object(fields)))
}

/// `QueryRegistrantProfileRealNameVerificationInfo`: the profile's verification, without
/// credentials (the emulator holds none).
pub(super) fn real_name_info(
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    // Checked for its shape only: the emulator holds no images.
    optional_boolean(params, "FetchImage")?;
    let profile = by_id(context.state, params, "RegistrantProfileId")?;
    let date = format_cst_dash(profile.domain.registration_date_long);
    Ok(Outcome::read(json!({
        "RegistrantProfileId": profile.id,
        "SubmissionDate": date,
        "ModificationDate": date,
        "IdentityCredentialType": "",
        "IdentityCredentialNo": "",
    })))
}

/// `QueryFailReasonForRegistrantProfileRealNameVerification`: a reason only for a profile whose
/// status is `FAILED`.
pub(super) fn fail_reasons(
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    let profile = by_id(context.state, params, "RegistrantProfileID")?;
    Ok(Outcome::read(json!({
        "Data": super::real_name::fail_reasons(profile.domain, false),
    })))
}
