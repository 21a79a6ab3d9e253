//! `QueryDomainGroupList`, Domain 2018-01-29: the account's domain groups.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomaingrouplist>

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::params::{Params, optional, optional_boolean};
use super::{Context, Outcome};
use crate::respond::ApiError;

/// The groups the account's domains belong to (the emulator keeps no empty groups), with how
/// many domains each holds; `DomainGroupName` keeps those whose name contains it.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let name_filter = optional(params, "DomainGroupName").map(str::to_lowercase);
    // Parsed for its shape only: no group is ever being deleted here.
    optional_boolean(params, "ShowDeletingGroup")?;
    let mut groups: BTreeMap<i64, (&str, usize)> = BTreeMap::new();
    for domain in &context.state.domains {
        if domain.domain_group_id == 0 {
            continue;
        }
        groups
            .entry(domain.domain_group_id)
            .or_insert((domain.domain_group_name.as_str(), 0))
            .1 += 1;
    }
    let entries: Vec<Value> = groups
        .into_iter()
        .filter(|(_, (name, _))| {
            name_filter
                .as_ref()
                .is_none_or(|f| name.to_lowercase().contains(f))
        })
        .map(|(id, (name, count))| {
            json!({
                "DomainGroupId": id.to_string(),
                "DomainGroupName": name,
                "TotalNumber": count,
                "DomainGroupStatus": "COMPLETE",
                "BeingDeleted": false,
                "CreationDate": "2018-01-29 00:00:00",
                "ModificationDate": "2018-01-29 00:00:00",
            })
        })
        .collect();
    Ok(Outcome::read(json!({ "Data": { "DomainGroup": entries } })))
}
