//! Fixed reference data, Domain 2018-01-29: the administrative divisions contacts in China may
//! name, and the suffixes the service registers.
//!
//! - `QueryDomainAdminDivision`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainadmindivision>)
//! - `QueryDomainSuffix`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainsuffix>)

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::params::Params;
use super::{Context, Outcome};
use crate::respond::ApiError;

/// A few provinces with a few of their cities: the ones the emulator's placeholder contacts use
/// and the largest others, not the whole list the service answers.
const DIVISIONS: [(&str, &[&str]); 4] = [
    ("北京", &["北京市"]),
    ("上海", &["上海市"]),
    ("浙江", &["杭州市", "宁波市", "温州市"]),
    ("广东", &["广州市", "深圳市"]),
];

/// Suffixes the service is known to register; the account's own are added.
const SUFFIXES: [&str; 12] = [
    "com", "net", "org", "cn", "com.cn", "xin", "shop", "top", "xyz", "info", "io", "me",
];

/// `QueryDomainAdminDivision`: the provinces of [`DIVISIONS`] with their cities.
pub(super) fn admin_divisions(
    _params: &Params,
    _context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    let divisions: Vec<Value> = DIVISIONS
        .iter()
        .map(|(province, cities)| {
            let children: Vec<Value> = cities
                .iter()
                .map(|city| json!({ "ChildDivisionName": city }))
                .collect();
            json!({ "DivisionName": province, "Children": { "Children": children } })
        })
        .collect();
    Ok(Outcome::read(json!({
        "AdminDivisions": { "AdminDivision": divisions }
    })))
}

/// `QueryDomainSuffix`: [`SUFFIXES`] and the suffix of every domain of the account, sorted.
pub(super) fn suffixes(_params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let mut suffixes: BTreeSet<String> = SUFFIXES.iter().map(|s| (*s).to_owned()).collect();
    for domain in &context.state.domains {
        if let Some((_, suffix)) = domain.domain_name.split_once('.') {
            suffixes.insert(suffix.to_lowercase());
        }
    }
    Ok(Outcome::read(
        json!({ "SuffixList": { "Suffix": suffixes } }),
    ))
}
