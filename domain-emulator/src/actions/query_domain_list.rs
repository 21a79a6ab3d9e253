//! `QueryDomainList`, Domain 2018-01-29: list the account's domains with their expiry.
//! <https://www.alibabacloud.com/help/doc-detail/67712.htm>

use serde_json::{Value, json};

use super::domain_fields::{
    days_until_expiration, domain_status, expiration_date_status, registrar, sort_domains,
};
use super::params::{Page, Params, optional, optional_number};
use super::{Context, Outcome};
use crate::calendar::format_cst_month_name;
use crate::respond::ApiError;
use crate::state::DomainRecord;

/// The documentation gives no maximum; the emulator borrows ScrollDomainList's 5000.
const MAX_PAGE_SIZE: usize = 5000;

/// Filters (expiration and registration ranges, `QueryType`, name substring, group, type),
/// sorts (`OrderKeyType`, `OrderByType`; default registration date, newest first) and pages.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::from_params(params, MAX_PAGE_SIZE)?;
    let now = context.now_ms;
    let start_expiration: Option<i64> = optional_number(params, "StartExpirationDate")?;
    let end_expiration: Option<i64> = optional_number(params, "EndExpirationDate")?;
    let start_registration: Option<i64> = optional_number(params, "StartRegistrationDate")?;
    let end_registration: Option<i64> = optional_number(params, "EndRegistrationDate")?;
    let group: Option<i64> = optional_number(params, "DomainGroupId")?;
    let query_type = match optional(params, "QueryType") {
        None => None,
        Some("1") => Some("1"),
        Some("2") => Some("2"),
        Some(_) => return Err(ApiError::illegal("QueryType must be 1 or 2.")),
    };
    let name_filter = optional(params, "DomainName").map(str::to_lowercase);
    let product_type = optional(params, "ProductDomainType");
    let order_key = optional(params, "OrderKeyType");
    if order_key.is_some_and(|k| k != "RegistrationDate" && k != "ExpirationDate") {
        return Err(ApiError::illegal(
            "OrderKeyType must be RegistrationDate or ExpirationDate.",
        ));
    }
    let ascending = match optional(params, "OrderByType") {
        None => false,
        Some(o) if o.eq_ignore_ascii_case("DESC") => false,
        Some(o) if o.eq_ignore_ascii_case("ASC") => true,
        Some(_) => return Err(ApiError::illegal("OrderByType must be ASC or DESC.")),
    };

    let in_range = |value: i64, start: Option<i64>, end: Option<i64>| {
        start.is_none_or(|s| value >= s) && end.is_none_or(|e| value <= e)
    };
    let mut domains: Vec<&DomainRecord> = context
        .state
        .domains
        .iter()
        .filter(|d| in_range(d.expiration_date_long, start_expiration, end_expiration))
        .filter(|d| {
            in_range(
                d.registration_date_long,
                start_registration,
                end_registration,
            )
        })
        .filter(|d| query_type.is_none_or(|q| domain_status(d, now) == q))
        .filter(|d| {
            name_filter
                .as_ref()
                .is_none_or(|n| d.domain_name.to_lowercase().contains(n))
        })
        .filter(|d| group.is_none_or(|g| d.domain_group_id == g))
        .filter(|d| product_type.is_none_or(|t| d.domain_type == t))
        .collect();
    let key = |d: &DomainRecord| match order_key {
        Some("ExpirationDate") => d.expiration_date_long,
        _ => d.registration_date_long,
    };
    sort_domains(&mut domains, key, ascending);

    let (slice, mut fields) = page.apply(&domains);
    let entries: Vec<Value> = slice.iter().map(|d| domain_entry(d, now)).collect();
    fields.insert("Data".to_owned(), json!({ "Domain": entries }));
    Ok(Outcome::read(Value::Object(fields)))
}

fn domain_entry(domain: &DomainRecord, now: i64) -> Value {
    json!({
        "DomainName": domain.domain_name,
        "InstanceId": domain.instance_id,
        "ExpirationDate": format_cst_month_name(domain.expiration_date_long),
        "ExpirationDateLong": domain.expiration_date_long,
        "ExpirationCurrDateDiff": days_until_expiration(domain, now),
        "ExpirationDateStatus": expiration_date_status(domain, now),
        "DomainStatus": domain_status(domain, now),
        "RegistrationDate": format_cst_month_name(domain.registration_date_long),
        "RegistrationDateLong": domain.registration_date_long,
        "DomainType": domain.domain_type,
        "Premium": domain.premium,
        "ProductId": "2",
        "RegistrantType": domain.registrant_type,
        "DomainAuditStatus": "SUCCEED",
        "DomainGroupId": domain.domain_group_id.to_string(),
        "DomainGroupName": domain.domain_group_name,
        "Remark": domain.remark,
        "AutoRenewEnabled": domain.auto_renew_enabled,
        "Registrar": registrar(domain),
        "ResourceGroupId": "rg-emulator",
        "ChgholderStatus": "",
        "Ccompany": "",
        "DnsList": { "DnsList": domain.dns_list },
        "Tag": { "Tag": [] },
    })
}
