//! The Domain 2018-01-29 actions the emulator implements, one file each, plus shared parameter
//! parsing.

mod domain_fields;
mod params;
mod query_domain_by_domain_name;
mod query_domain_list;
mod query_task_detail_list;
mod query_task_list;
mod renewal;
mod save_batch_task_for_creating_order_renew;
mod save_single_task_for_creating_order_renew;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::respond::ApiError;
use crate::state::State;

/// Action names, as sent in `Action` or `x-acs-action`.
const ACTIONS: [&str; 6] = [
    "SaveBatchTaskForCreatingOrderRenew",
    "SaveSingleTaskForCreatingOrderRenew",
    "QueryTaskDetailList",
    "QueryTaskList",
    "QueryDomainList",
    "QueryDomainByDomainName",
];

/// Whether the emulator implements `action`.
pub(crate) fn is_known(action: &str) -> bool {
    ACTIONS.contains(&action)
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
        // Authentication already refused unknown actions.
        _ => Err(ApiError::new(
            404,
            "InvalidAction.NotFound",
            "Specified api is not found, please check your url and method.",
        )),
    }
}
