//! Read actions about features the emulator does not model, Domain 2018-01-29: each checks its
//! parameters (a domain named must be in the account) and answers that there is nothing, in the
//! shape of the service's answer.
//!
//! DS records (`QueryDSRecord`), ENS (`QueryEnsAssociation`, `QueryLocalEnsAssociation`), the
//! `.art` extension (`QueryArtExtension`), trademark claims (`CheckDomainSunriseClaim`,
//! `LookupTmchNotice`), qualifications (`QueryQualificationDetail`,
//! `QueryFailingReasonListForQualification`), operation audits (`QueryOperationAuditInfoList`,
//! `QueryOperationAuditInfoDetail`) and sensitive words (`FuzzyMatchDomainSensitiveWord`,
//! `BatchFuzzyMatchDomainSensitiveWord`).

use serde_json::{Value, json};

use super::domain_fields::{by_instance_id, by_name};
use super::params::{Page, Params, optional_number, required, required_number};
use super::{Context, Outcome};
use crate::respond::ApiError;

/// No maximum is documented; the emulator takes the domain list's.
const MAX_PAGE_SIZE: usize = 5000;

/// What a not-modelled read answers.
#[derive(Debug, Clone, Copy)]
pub(super) enum Nothing {
    DsRecords,
    EnsAssociation,
    ArtExtension,
    SunriseClaim,
    TmchNotice,
    Qualification,
    QualificationFailures,
    AuditList,
    AuditDetail,
    SensitiveWord,
    SensitiveWords,
}

/// Answers `nothing` after its parameter checks.
pub(super) fn handle(
    nothing: Nothing,
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    let fields = match nothing {
        Nothing::DsRecords => {
            by_name(context.state, params)?;
            json!({ "DSRecordList": [] })
        }
        Nothing::EnsAssociation | Nothing::ArtExtension => {
            by_name(context.state, params)?;
            json!({})
        }
        Nothing::SunriseClaim => {
            let name = required(params, "DomainName")?.trim();
            if !super::check_domain::is_domain_name(name) {
                return Err(ApiError::illegal("DomainName is not a domain name."));
            }
            // 0: no trademark claims the name.
            json!({ "Result": 0, "ClaimKey": "" })
        }
        Nothing::TmchNotice => {
            required(params, "ClaimKey")?;
            return Err(ApiError::illegal("No TMCH notice has this claim key."));
        }
        Nothing::Qualification => {
            required(params, "QualificationType")?;
            by_instance_id(context.state, params)?;
            json!({ "Credentials": { "QualificationCredential": [] } })
        }
        Nothing::QualificationFailures => {
            required(params, "QualificationType")?;
            let _: u32 = required_number(params, "Limit")?;
            by_instance_id(context.state, params)?;
            json!({ "Data": [] })
        }
        Nothing::AuditList => {
            let page = Page::optional(params, 10, MAX_PAGE_SIZE)?;
            let _: Option<u8> = optional_number(params, "AuditType")?;
            let _: Option<u8> = optional_number(params, "AuditStatus")?;
            let (_, mut fields) = page.apply::<Value>(&[]);
            fields.insert("Data".to_owned(), json!([]));
            Value::Object(fields)
        }
        Nothing::AuditDetail => {
            required(params, "AuditRecordId")?;
            return Err(ApiError::illegal("No operation audit has this id."));
        }
        Nothing::SensitiveWord => {
            let keyword = required(params, "Keyword")?;
            no_match(keyword)
        }
        Nothing::SensitiveWords => {
            let keywords = required(params, "Keyword")?;
            let results: Vec<Value> = keywords.split(',').map(|k| no_match(k.trim())).collect();
            json!({ "SensitiveWordMatchResultList": { "SensitiveWordMatchResult": results } })
        }
    };
    Ok(Outcome::read(fields))
}

/// A keyword that matches no sensitive word (the emulator knows none).
fn no_match(keyword: &str) -> Value {
    json!({
        "Keyword": keyword,
        "Exist": false,
        "MatchedSentiveWords": { "MatchedSensitiveWord": [] },
    })
}
