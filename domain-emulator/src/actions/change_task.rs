//! What the name-server and lock actions share: the domains a single-domain call names must
//! exist, and submitting the task.

use serde_json::json;

use super::params::{Params, optional};
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::Change;

/// `DomainNotExist` unless the account holds `domain`: a single-domain call is refused at once,
/// while a batch reports unknown domains in its task details.
pub(super) fn require_domain(context: &Context<'_>, domain: &str) -> Result<(), ApiError> {
    match context.state.domain(domain) {
        Some(_) => Ok(()),
        None => Err(ApiError::new(
            400,
            "DomainNotExist",
            "The domain does not exist.",
        )),
    }
}

/// Creates a task applying `change` to each of `domains` and answers `{TaskNo}`.
pub(super) fn submit_change(
    params: &Params,
    domains: Vec<String>,
    change: &Change,
    context: &mut Context<'_>,
) -> Outcome {
    let task_no = (context.new_task_no)();
    let client_ip = optional(params, "UserClientIp")
        .unwrap_or(context.client_ip)
        .to_owned();
    context
        .state
        .create_change_task(task_no.clone(), client_ip, domains, change, context.now_ms);
    Outcome::write(json!({ "TaskNo": task_no }))
}
