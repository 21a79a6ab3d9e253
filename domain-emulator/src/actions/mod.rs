//! The Domain 2018-01-29 actions the emulator implements, one file each, plus shared parameter
//! parsing.

mod catalog;
mod change_task;
mod cursor_page;
mod dns_host;
mod domain_fields;
mod domain_filters;
mod params;
mod prohibition_lock;
mod query_advanced_domain_list;
mod query_contact_info;
mod query_dns_host;
mod query_domain_by_domain_name;
mod query_domain_by_instance_id;
mod query_domain_group_list;
mod query_domain_list;
mod query_task_detail_history;
mod query_task_detail_list;
mod query_task_info_history;
mod query_task_list;
mod renewal;
mod save_batch_task_for_creating_order_renew;
mod save_batch_task_for_modifying_domain_dns;
mod save_batch_task_for_updating_contact_info_by_new_contact;
mod save_single_task_for_creating_order_renew;
mod scroll_domain_list;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::respond::ApiError;
use crate::state::State;

use dns_host::HostAction;
use prohibition_lock::Lock;

/// The actions the emulator implements, as sent in `Action` or `x-acs-action`. Every other
/// action of the API (see `catalog`) is answered with `UnsupportedOperation` naming it.
pub const EMULATED_ACTIONS: [&str; 24] = [
    "QueryAdvancedDomainList",
    "QueryContactInfo",
    "QueryDnsHost",
    "QueryDomainByDomainName",
    "QueryDomainByInstanceId",
    "QueryDomainGroupList",
    "QueryDomainList",
    "QueryTaskDetailHistory",
    "QueryTaskDetailList",
    "QueryTaskInfoHistory",
    "QueryTaskList",
    "SaveBatchTaskForCreatingOrderRenew",
    "SaveBatchTaskForModifyingDomainDns",
    "SaveBatchTaskForTransferProhibitionLock",
    "SaveBatchTaskForUpdateProhibitionLock",
    "SaveBatchTaskForUpdatingContactInfoByNewContact",
    "SaveSingleTaskForCreatingDnsHost",
    "SaveSingleTaskForCreatingOrderRenew",
    "SaveSingleTaskForDeletingDnsHost",
    "SaveSingleTaskForModifyingDnsHost",
    "SaveSingleTaskForSynchronizingDnsHost",
    "SaveSingleTaskForTransferProhibitionLock",
    "SaveSingleTaskForUpdateProhibitionLock",
    "ScrollDomainList",
];

/// Whether the emulator implements `action`.
pub(crate) fn is_emulated(action: &str) -> bool {
    EMULATED_ACTIONS.contains(&action)
}

/// Whether `action` is an action of Domain 2018-01-29 at all, emulated or not.
pub(crate) fn is_api_action(action: &str) -> bool {
    catalog::ALL_ACTIONS.binary_search(&action).is_ok()
}

/// Every action of Domain 2018-01-29 the emulator does not implement, sorted.
pub fn unemulated_actions() -> impl Iterator<Item = &'static str> {
    catalog::ALL_ACTIONS
        .iter()
        .copied()
        .filter(|action| !is_emulated(action))
}

/// What an action may use besides its parameters.
pub(crate) struct Context<'a> {
    pub(crate) state: &'a mut State,
    pub(crate) now_ms: i64,
    /// The caller's IP as reported by QueryTaskList (`UserClientIp` wins when given).
    pub(crate) client_ip: &'a str,
    /// Generates a lowercase UUID-like task number.
    pub(crate) new_task_no: &'a mut dyn FnMut() -> String,
    /// How long a new task stays out of `QueryTaskList` (the listing-lag fault).
    pub(crate) listing_lag_ms: i64,
}

/// A successful action: the response fields (without `RequestId`) and whether state changed.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub(crate) fields: Map<String, Value>,
    pub(crate) mutated: bool,
}

impl Outcome {
    fn read(fields: Value) -> Self {
        Self::from_value(fields, false)
    }

    fn write(fields: Value) -> Self {
        Self::from_value(fields, true)
    }

    fn from_value(fields: Value, mutated: bool) -> Self {
        let Value::Object(fields) = fields else {
            unreachable!("actions build JSON objects")
        };
        Self { fields, mutated }
    }
}

/// Runs `action` against the account.
pub(crate) fn dispatch(
    action: &str,
    params: &BTreeMap<String, String>,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    match action {
        "SaveBatchTaskForCreatingOrderRenew" => {
            save_batch_task_for_creating_order_renew::handle(params, context)
        }
        "SaveSingleTaskForCreatingOrderRenew" => {
            save_single_task_for_creating_order_renew::handle(params, context)
        }
        "QueryTaskDetailList" => query_task_detail_list::handle(params, context),
        "QueryTaskList" => query_task_list::handle(params, context),
        "QueryDomainList" => query_domain_list::handle(params, context),
        "QueryDomainByDomainName" => query_domain_by_domain_name::handle(params, context),
        "QueryDomainByInstanceId" => query_domain_by_instance_id::handle(params, context),
        "QueryDomainGroupList" => query_domain_group_list::handle(params, context),
        "QueryAdvancedDomainList" => query_advanced_domain_list::handle(params, context),
        "ScrollDomainList" => scroll_domain_list::handle(params, context),
        "QueryContactInfo" => query_contact_info::handle(params, context),
        "QueryDnsHost" => query_dns_host::handle(params, context),
        "SaveSingleTaskForCreatingDnsHost" => dns_host::handle(HostAction::Create, params, context),
        "SaveSingleTaskForModifyingDnsHost" => {
            dns_host::handle(HostAction::Modify, params, context)
        }
        "SaveSingleTaskForDeletingDnsHost" => dns_host::handle(HostAction::Delete, params, context),
        "SaveSingleTaskForSynchronizingDnsHost" => {
            dns_host::handle(HostAction::Synchronize, params, context)
        }
        "QueryTaskDetailHistory" => query_task_detail_history::handle(params, context),
        "QueryTaskInfoHistory" => query_task_info_history::handle(params, context),
        "SaveBatchTaskForUpdatingContactInfoByNewContact" => {
            save_batch_task_for_updating_contact_info_by_new_contact::handle(params, context)
        }
        "SaveBatchTaskForModifyingDomainDns" => {
            save_batch_task_for_modifying_domain_dns::handle(params, context)
        }
        "SaveSingleTaskForTransferProhibitionLock" => {
            prohibition_lock::single(Lock::Transfer, params, context)
        }
        "SaveBatchTaskForTransferProhibitionLock" => {
            prohibition_lock::batch(Lock::Transfer, params, context)
        }
        "SaveSingleTaskForUpdateProhibitionLock" => {
            prohibition_lock::single(Lock::Update, params, context)
        }
        "SaveBatchTaskForUpdateProhibitionLock" => {
            prohibition_lock::batch(Lock::Update, params, context)
        }
        // Authentication already refused unknown and unemulated actions.
        _ => Err(ApiError::new(
            404,
            "InvalidAction.NotFound",
            "Specified api is not found, please check your url and method.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalog_is_sorted_and_holds_every_emulated_action() {
        assert!(catalog::ALL_ACTIONS.is_sorted());
        assert!(EMULATED_ACTIONS.is_sorted());
        assert!(EMULATED_ACTIONS.iter().all(|a| is_api_action(a)));
        assert!(is_api_action("QueryDnsHost"));
        assert!(!is_api_action("DescribeInstances"));
        assert_eq!(
            unemulated_actions().count() + EMULATED_ACTIONS.len(),
            catalog::ALL_ACTIONS.len()
        );
    }
}
