//! What the name-server and lock actions share: the domains a single-domain call names must
//! exist, and submitting the task.

use serde_json::json;

use super::params::{Params, optional};
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::{Change, State};

/// `DomainNotExist` unless the account holds `domain`: a single-domain call is refused at once,
/// while a batch reports unknown domains in its task details.
pub(super) fn require_domain(context: &Context<'_>, domain: &str) -> Result<(), ApiError> {
    match context.state.domain(domain) {
        Some(_) => Ok(()),
        None => Err(ApiError::domain_not_exist()),
    }
}

/// Queues a task through `create(state, task number, client IP, now)` and answers `{TaskNo}`,
/// for every action that queues one. The client IP is `UserClientIp` when given, else the
/// caller's address.
pub(super) fn queue_task(
    params: &Params,
    context: &mut Context<'_>,
    create: impl FnOnce(&mut State, String, String, i64),
) -> Outcome {
    let task_no = (context.new_task_no)();
    let client_ip = optional(params, "UserClientIp").unwrap_or(context.client_ip);
    create(
        context.state,
        task_no.clone(),
        client_ip.to_owned(),
        context.now_ms,
    );
    Outcome::write(json!({ "TaskNo": task_no }))
}

/// Creates a task applying `change` to each of `domains` and answers `{TaskNo}`.
pub(super) fn submit_change(
    params: &Params,
    domains: Vec<String>,
    change: &Change,
    context: &mut Context<'_>,
) -> Outcome {
    let changes = domains
        .into_iter()
        .map(|domain| (domain, change.clone()))
        .collect();
    submit_changes(params, changes, context)
}

/// Creates a task of one detail per `(domain, change)` and answers `{TaskNo}`.
pub(super) fn submit_changes(
    params: &Params,
    changes: Vec<(String, Change)>,
    context: &mut Context<'_>,
) -> Outcome {
    queue_task(params, context, |state, task_no, client_ip, now| {
        state.create_change_task(task_no, client_ip, changes, now);
    })
}
