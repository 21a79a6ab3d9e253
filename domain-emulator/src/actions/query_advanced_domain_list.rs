//! `QueryAdvancedDomainList`, Domain 2018-01-29: the account's domains with the richer filters
//! (keyword, length, suffixes, status, premium) and sorts.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryadvanceddomainlist>

use serde_json::{Value, json};

use super::domain_fields::sort_domains;
use super::domain_filters::{DomainFilters, advanced_entry};
use super::params::{Page, Params, boolean, optional};
use super::{Context, Outcome};
use crate::respond::ApiError;

/// The metadata's maximum page size.
const MAX_PAGE_SIZE: usize = 200;

/// Filters, sorts and pages. At most one of `DomainNameSort`, `ExpirationDateSort`,
/// `RegistrationDateSort` and `ProductDomainTypeSort` picks the order, `true` ascending and
/// `false` descending (the first given, in that order, wins); without one, the newest
/// registration comes first, as in `QueryDomainList`.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::from_params(params, MAX_PAGE_SIZE)?;
    let filters = DomainFilters::read(params)?;
    let now = context.now_ms;
    let mut domains = filters.select(&context.state.domains, now);
    let mut sort = None;
    for key in [
        "DomainNameSort",
        "ExpirationDateSort",
        "RegistrationDateSort",
        "ProductDomainTypeSort",
    ] {
        if let Some(value) = optional(params, key) {
            let ascending = boolean(key, value)?;
            sort = sort.or(Some((key, ascending)));
        }
    }
    let ascending = sort.is_some_and(|(_, ascending)| ascending);
    match sort.map_or("RegistrationDateSort", |(key, _)| key) {
        "DomainNameSort" => sort_domains(&mut domains, |d| d.domain_name.clone(), ascending),
        "ExpirationDateSort" => sort_domains(&mut domains, |d| d.expiration_date_long, ascending),
        "ProductDomainTypeSort" => sort_domains(&mut domains, |d| d.domain_type.clone(), ascending),
        _ => sort_domains(&mut domains, |d| d.registration_date_long, ascending),
    }
    let (slice, mut fields) = page.apply(&domains);
    let entries: Vec<Value> = slice.iter().map(|d| advanced_entry(d, now)).collect();
    fields.insert("Data".to_owned(), json!({ "Domain": entries }));
    Ok(Outcome::read(Value::Object(fields)))
}
