//! The answer of the actions that add, change or remove one record.

use serde::Deserialize;

/// Which record an action added, changed or removed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RecordChanged {
    /// `RequestId`.
    pub request_id: String,
    /// `RecordId`: the record's id (a new one for `AddDomainRecord`).
    pub record_id: String,
}
