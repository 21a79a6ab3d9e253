//! The answer of the actions that report nothing but that the service took the request.

use serde::Deserialize;

/// The response of an action whose answer carries only its request id: a success says the
/// service accepted the request (a refusal arrives as an error, never as this type).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct AcceptedResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
}
