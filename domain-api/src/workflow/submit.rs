//! Sending a batch exactly once, and telling "refused" from "cannot tell".

use std::time::Duration;

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

/// How many times a throttled submission is tried; throttling proves the request was not
/// processed, so trying again cannot create a second order.
const THROTTLED_ATTEMPTS: u32 = 5;

/// Sends `batch`, resending only after an answer that proves nothing was created.
pub(crate) async fn submit_once(
    client: &Client,
    batch: &SaveBatchTaskForCreatingOrderRenew,
) -> Submitted {
    let mut pause = Duration::from_millis(500);
    for attempt in 1..=THROTTLED_ATTEMPTS {
        match client.call(batch).await {
            Ok(task) => return Submitted::Task(task.task_no),
            Err(Error::Service(error)) if error.is_throttling() && attempt < THROTTLED_ATTEMPTS => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_secs(8));
            }
            Err(error) => return classify(&error),
        }
    }
    Submitted::NotProcessed("throttled on every attempt".into())
}

/// Sorts an error into "nothing was created" and "cannot tell".
fn classify(error: &Error) -> Submitted {
    match error {
        // A 4xx answer is the service refusing the request: nothing was created. A 5xx answer
        // (InternalError, ServiceUnavailable) may come after the order was written.
        Error::Service(service) if service.http_status() < 500 => {
            Submitted::NotProcessed(format!("{}: {}", service.code(), service.message()))
        }
        error if error.request_not_sent() => Submitted::NotProcessed(error.to_string()),
        error => Submitted::Ambiguous(error.to_string()),
    }
}
