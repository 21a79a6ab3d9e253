//! The answer of the actions that only queue a task (name-server changes, locks).

use serde::Deserialize;

/// The response: the task to follow with `QueryTaskDetailList`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TaskSubmittedResponse {
    /// `RequestId`: quote it to Alibaba support.
    pub request_id: String,
    /// `TaskNo`: the task queued.
    pub task_no: String,
}
