//! `QueryDomainByDomainName`, Domain 2018-01-29: one domain's details, at the top level.
//! <https://www.alibabacloud.com/help/doc-detail/121704.html>

use serde_json::json;

use super::domain_fields::{
    by_name, days_until_expiration, domain_status, expiration_date_status, registrar,
};
use super::params::Params;
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;
use crate::state::DomainRecord;

/// How the service reports a lock: `OPEN` when it is on, `CLOSE` when off.
fn lock_status(on: bool) -> &'static str {
    if on { "OPEN" } else { "CLOSE" }
}

/// Answers the domain's fields, or `DomainNotExist`.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let domain = by_name(context.state, params)?;
    Ok(details(domain, context.now_ms))
}

/// The fields `QueryDomainByDomainName` and `QueryDomainByInstanceId` both answer.
pub(super) fn details(domain: &DomainRecord, now: i64) -> Outcome {
    Outcome::read(json!({
        "DomainName": domain.domain_name,
        "InstanceId": domain.instance_id,
        "UserId": "1234567890123456",
        "RegistrationDate": format_cst_dash(domain.registration_date_long),
        "RegistrationDateLong": domain.registration_date_long,
        "ExpirationDate": format_cst_dash(domain.expiration_date_long),
        "ExpirationDateLong": domain.expiration_date_long,
        "ExpirationCurrDateDiff": days_until_expiration(domain, now),
        "ExpirationDateStatus": expiration_date_status(domain, now),
        "DomainStatus": domain_status(domain, now),
        "RegistrantType": domain.registrant_type,
        "DomainGroupId": domain.domain_group_id,
        "DomainGroupName": domain.domain_group_name,
        "DomainType": domain.domain_type,
        "Remark": domain.remark,
        "Registrar": registrar(domain),
        "ResourceGroupId": "rg-emulator",
        "Email": domain.email,
        "RegistrantName": domain.registrant_name,
        "RegistrantOrganization": domain.registrant_name,
        "ZhRegistrantName": "模拟用户",
        "ZhRegistrantOrganization": "模拟用户",
        "Premium": domain.premium,
        "DomainNameProxyService": false,
        "EmailVerificationClientHold": false,
        "EmailVerificationStatus": 1,
        "DomainNameVerificationStatus": "SUCCEED",
        "RealNameStatus": domain.real_name_status,
        "RegistrantUpdatingStatus": "NORMAL",
        "TransferOutStatus": "NORMAL",
        "TransferProhibitionLock": lock_status(domain.transfer_prohibition_lock),
        "UpdateProhibitionLock": lock_status(domain.update_prohibition_lock),
        "PrivacyServiceStatus": "UN_SUPPORT",
        "CnnicPrivacyServiceStatus": "UN_SUPPORT",
        "DnsList": { "Dns": domain.dns_list },
        "Tag": { "Tag": [] },
    }))
}
