//! Sending a batch, and telling "refused" from "cannot tell" — trusting no answer unchecked.

use aliyun_rpc::{Client, Error};

use crate::SaveBatchTaskForCreatingOrderRenew;

/// How a submission ended.
pub(crate) enum Submitted {
    /// The service created this task (the number checked to be well-formed); with the
    /// `RequestId`.
    Task(String, String),
    /// The request certainly created nothing (refused before any order could exist, invalid,
    /// or never sent); whether every later call would be refused the same way.
    NotProcessed(String, bool),
    /// The request may have created a task whose number never arrived or cannot be trusted.
    Ambiguous(String),
    /// The service answered an error that does not prove that no order was created (a `TaskNo`
    /// may come beside it): reconciled like a lost answer, but never resent, since the service
    /// did answer and no copy of the request is in flight.
    AnsweredError(String),
}

/// Error codes with which the service refuses a request before acting on it: authentication,
/// signature, time stamp, replay, permission and throttling. Only these make a paid order's
/// failure final; any other code may have come with an order created (a `TaskNo` beside an error
/// `Code` is seen), so the order is reconciled.
const REFUSED_BEFORE_PROCESSING: &[&str] = &[
    "InvalidAccessKeyId",
    "InvalidAccessKeySecret",
    "SignatureDoesNotMatch",
    "IncompleteSignature",
    "InvalidTimeStamp",
    "SignatureNonceUsed",
    "InvalidSecurityToken",
    "MissingSecurityToken",
    "Forbidden",
    "NoPermission",
    "InvalidAction",
    "InvalidVersion",
    "UnsupportedHTTPMethod",
    "MissingParameter",
    "Throttling",
];

/// Whether `code` is one of [`REFUSED_BEFORE_PROCESSING`] or a sub-code of one
/// (`Forbidden.RAM`, `InvalidAccessKeyId.NotFound`).
pub(crate) fn refused_before_processing(code: &str) -> bool {
    REFUSED_BEFORE_PROCESSING.iter().any(|known| {
        code == *known
            || code
                .strip_prefix(known)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// Whether `error` will fail every later call the same way: the credentials are refused or lack
/// permission. A run that meets one stops at once rather than waiting on it.
pub(crate) fn is_permanent(error: &Error) -> bool {
    match error {
        Error::Credentials(_)
        | Error::Config(_)
        | Error::Endpoint(_)
        | Error::InvalidRequest { .. } => true,
        Error::Service(service) => is_permanent_code(service.code()),
        _ => false,
    }
}

/// Whether the service code means the credentials are refused or lack permission.
pub(crate) fn is_permanent_code(code: &str) -> bool {
    refused_before_processing(code)
        && !code.starts_with("Throttling")
        && !code.starts_with("InvalidTimeStamp")
        && !code.starts_with("SignatureNonceUsed")
}

/// Whether a task number is one the workflow may follow: 1 to 128 ASCII letters, digits, `-`
/// or `_` (the service's are UUIDs).
pub(crate) fn well_formed_task_no(task_no: &str) -> bool {
    (1..=128).contains(&task_no.len())
        && task_no
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// Sends `batch` through the client, whose retry policy already resends it after failures that
/// prove it had no effect (throttling, refused connections) and never after ambiguous ones.
pub(crate) async fn submit(
    client: &Client,
    batch: &SaveBatchTaskForCreatingOrderRenew,
) -> Submitted {
    match client.call(batch).await {
        Ok(task) if well_formed_task_no(&task.task_no) => {
            Submitted::Task(task.task_no, task.request_id)
        }
        // An answer of success without a usable task: the order may exist all the same.
        Ok(task) => Submitted::Ambiguous(format!(
            "the service accepted the order but answered a malformed task number {:?} \
             [RequestId {}]",
            task.task_no.chars().take(64).collect::<String>(),
            task.request_id
        )),
        Err(error @ Error::OutcomeUnknown { .. }) => Submitted::Ambiguous(error.to_string()),
        Err(Error::Service(error)) if refused_before_processing(error.code()) => {
            Submitted::NotProcessed(
                format!("{}: {}", error.code(), error.message()),
                is_permanent_code(error.code()),
            )
        }
        Err(Error::Service(error)) => Submitted::AnsweredError(format!(
            "the service answered {}: {} [RequestId {}], which does not prove that no order was \
             created",
            error.code(),
            error.message(),
            error.request_id().unwrap_or("none")
        )),
        // A success body that does not decode: the order may have been created.
        Err(error @ Error::Response(_)) => Submitted::Ambiguous(error.to_string()),
        Err(error) if error.request_not_sent() => {
            Submitted::NotProcessed(error.to_string(), is_permanent(&error))
        }
        Err(error) => Submitted::Ambiguous(error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_refusals_before_processing_are_final() {
        assert!(refused_before_processing("Forbidden.RAM"));
        assert!(refused_before_processing("InvalidAccessKeyId.NotFound"));
        assert!(refused_before_processing("Throttling.User"));
        assert!(!refused_before_processing("ForbiddenFoo"));
        assert!(!refused_before_processing("InternalError"));
        assert!(!refused_before_processing("OrderFailed"));
    }

    #[test]
    fn task_numbers_are_checked() {
        assert!(well_formed_task_no("d3babb0a-c939-4c25-8c65-c47b65f5492a"));
        assert!(!well_formed_task_no(""));
        assert!(!well_formed_task_no(" "));
        assert!(!well_formed_task_no("a/b"));
        assert!(!well_formed_task_no(&"x".repeat(129)));
    }
}
