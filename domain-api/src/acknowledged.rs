//! The answer of the actions that change something at once and queue no task.

use serde::Deserialize;

/// The response: only the id of the request, which says the change was accepted.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct AcknowledgedResponse {
    /// `RequestId`: quote it to Alibaba support.
    pub request_id: String,
}
