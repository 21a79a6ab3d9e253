//! The domain filters `QueryAdvancedDomainList` and `ScrollDomainList` share, and the domain entry
//! both answer.

use serde_json::{Value, json};

use super::domain_fields::{days_until_expiration, domain_status, expiration_date_status};
use super::params::{Params, optional, optional_boolean, optional_number};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;
use crate::state::DomainRecord;

/// The filters of the two advanced listings, read from a request.
pub(super) struct DomainFilters {
    expiration: (Option<i64>, Option<i64>),
    registration: (Option<i64>, Option<i64>),
    product_type: Option<String>,
    group: Option<i64>,
    status: Option<String>,
    keyword: Option<Affix>,
    excluded: Option<Affix>,
    length: (Option<usize>, Option<usize>),
    suffixes: Vec<String>,
    premium: Option<bool>,
}

/// A text matched against the name's first label: anywhere, at its start or at its end.
struct Affix {
    text: String,
    prefix: bool,
    suffix: bool,
}

impl Affix {
    fn read(params: &Params, name: &str) -> Result<Option<Self>, ApiError> {
        let Some(text) = optional(params, name) else {
            return Ok(None);
        };
        Ok(Some(Affix {
            text: text.to_lowercase(),
            prefix: optional_boolean(params, &format!("{name}Prefix"))?,
            suffix: optional_boolean(params, &format!("{name}Suffix"))?,
        }))
    }

    fn matches(&self, label: &str) -> bool {
        match (self.prefix, self.suffix) {
            (true, true) => label == self.text,
            (true, false) => label.starts_with(&self.text),
            (false, true) => label.ends_with(&self.text),
            (false, false) => label.contains(&self.text),
        }
    }
}

/// The part of a name before its first dot (`shop` in `shop.example.com`), lowercase.
fn first_label(domain: &DomainRecord) -> String {
    let name = domain.domain_name.to_lowercase();
    name.split('.').next().unwrap_or_default().to_owned()
}

impl DomainFilters {
    /// Reads every filter; `Form`, `TradeType`, `ResourceGroupId` and `Tag.N` are accepted and
    /// ignored (the emulator keeps no such data).
    pub(super) fn read(params: &Params) -> Result<Self, ApiError> {
        let status: Option<u8> = optional_number(params, "DomainStatus")?;
        let _: Option<i64> = optional_number(params, "Form")?;
        let _: Option<i64> = optional_number(params, "TradeType")?;
        let premium = optional(params, "IsPremiumDomain")
            .map(|_| optional_boolean(params, "IsPremiumDomain"))
            .transpose()?;
        Ok(DomainFilters {
            expiration: (
                optional_number(params, "StartExpirationDate")?,
                optional_number(params, "EndExpirationDate")?,
            ),
            registration: (
                optional_number(params, "StartRegistrationDate")?,
                optional_number(params, "EndRegistrationDate")?,
            ),
            product_type: optional(params, "ProductDomainType").map(str::to_owned),
            group: optional_number(params, "DomainGroupId")?,
            status: status.map(|s| s.to_string()),
            keyword: Affix::read(params, "KeyWord")?,
            excluded: Affix::read(params, "Excluded")?,
            length: (
                optional_number(params, "StartLength")?,
                optional_number(params, "EndLength")?,
            ),
            suffixes: optional(params, "Suffixs")
                .map(|list| {
                    list.split(',')
                        .map(|s| s.trim().trim_start_matches('.').to_lowercase())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
            premium,
        })
    }

    /// The domains of `all` that pass every filter at time `now`.
    pub(super) fn select<'a>(&self, all: &'a [DomainRecord], now: i64) -> Vec<&'a DomainRecord> {
        all.iter().filter(|d| self.keeps(d, now)).collect()
    }

    /// Whether `domain` passes every filter at time `now`.
    fn keeps(&self, domain: &DomainRecord, now: i64) -> bool {
        let within = |value: i64, (start, end): (Option<i64>, Option<i64>)| {
            start.is_none_or(|s| value >= s) && end.is_none_or(|e| value <= e)
        };
        let label = first_label(domain);
        let length = label.chars().count();
        let name = domain.domain_name.to_lowercase();
        within(domain.expiration_date_long, self.expiration)
            && within(domain.registration_date_long, self.registration)
            && self
                .product_type
                .as_ref()
                .is_none_or(|t| &domain.domain_type == t)
            && self.group.is_none_or(|g| domain.domain_group_id == g)
            && self
                .status
                .as_ref()
                .is_none_or(|s| domain_status(domain, now) == s)
            && self.keyword.as_ref().is_none_or(|k| k.matches(&label))
            && self.excluded.as_ref().is_none_or(|e| !e.matches(&label))
            && self.length.0.is_none_or(|min| length >= min)
            && self.length.1.is_none_or(|max| length <= max)
            && (self.suffixes.is_empty()
                || self
                    .suffixes
                    .iter()
                    .any(|s| name.ends_with(&format!(".{s}"))))
            && self.premium.is_none_or(|p| domain.premium == p)
    }
}

/// One domain as the two advanced listings answer it.
pub(super) fn advanced_entry(domain: &DomainRecord, now: i64) -> Value {
    json!({
        "DomainName": domain.domain_name,
        "InstanceId": domain.instance_id,
        "ExpirationDate": format_cst_dash(domain.expiration_date_long),
        "ExpirationDateLong": domain.expiration_date_long,
        "ExpirationCurrDateDiff": days_until_expiration(domain, now),
        "ExpirationDateStatus": expiration_date_status(domain, now),
        "DomainStatus": domain_status(domain, now),
        "RegistrationDate": format_cst_dash(domain.registration_date_long),
        "RegistrationDateLong": domain.registration_date_long,
        "DomainType": domain.domain_type,
        "Premium": domain.premium,
        "ProductId": "2",
        "RegistrantType": domain.registrant_type,
        "RegistrantOrganization": domain.registrant_name,
        "ZhRegistrantOrganization": domain.registrant_name,
        "Email": domain.email,
        "DomainAuditStatus": "SUCCEED",
        "DomainGroupId": domain.domain_group_id.to_string(),
        "DomainGroupName": domain.domain_group_name,
        "Remark": domain.remark,
        "ResourceGroupId": "rg-emulator",
        "DnsList": { "Dns": domain.dns_list },
        "Tag": { "Tag": [] },
    })
}
