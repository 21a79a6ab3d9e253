//! Sending a batch, and telling "refused" from "cannot tell".

use aliyun_rpc::{Client, Error};

use crate::SaveBatchTaskForCreatingOrderRenew;

/// How a submission ended.
pub(crate) enum Submitted {
    /// The service created this task.
    Task(String),
    /// The request certainly created nothing (refused, invalid, or never sent).
    NotProcessed(String),
    /// The request may have created a task whose number never arrived.
    Ambiguous(String),
}

/// Sends `batch` through the client, whose retry policy already resends it after failures that
/// prove it had no effect (throttling, refused connections) and never after ambiguous ones.
pub(crate) async fn submit(
    client: &Client,
    batch: &SaveBatchTaskForCreatingOrderRenew,
) -> Submitted {
    match client.call(batch).await {
        Ok(task) => Submitted::Task(task.task_no),
        Err(error @ Error::OutcomeUnknown { .. }) => Submitted::Ambiguous(error.to_string()),
        Err(Error::Service(error)) => {
            Submitted::NotProcessed(format!("{}: {}", error.code(), error.message()))
        }
        Err(error) => Submitted::NotProcessed(error.to_string()),
    }
}
