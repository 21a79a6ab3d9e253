//! The answer of the special-business actions (a registry's procedures outside the ordinary
//! flows, such as a transfer that needs documents): Alibaba's generic result envelope.

use serde::Deserialize;

/// The response: whether the step was taken, and when not, the error in the envelope's own
/// fields rather than as a service error.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SpecialBizResultResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `Success`: whether the step was taken.
    #[serde(default)]
    pub success: Option<bool>,
    /// `HttpStatusCode`: the HTTP status the service meant to answer with.
    #[serde(default)]
    pub http_status_code: Option<i32>,
    /// `Synchro`: whether the step was processed synchronously (`false`: it continues in the
    /// background).
    #[serde(default)]
    pub synchro: Option<bool>,
    /// `AllowRetry`: whether sending the same request again may succeed.
    #[serde(default)]
    pub allow_retry: Option<bool>,
    /// `ErrorCode`: the error code, when the step was not taken (samples carry text here).
    #[serde(default)]
    pub error_code: Option<String>,
    /// `ErrorMsg`: the error message (samples carry a numeric code here: the two fields are
    /// swapped in Alibaba's examples, so read both).
    #[serde(default)]
    pub error_msg: Option<String>,
    /// `ErrorArgs`: values that fill the placeholders of the error message.
    #[serde(default)]
    pub error_args: Vec<serde_json::Value>,
    /// `DynamicCode`: a more specific error code, when the service has one.
    #[serde(default)]
    pub dynamic_code: Option<String>,
    /// `DynamicMessage`: a more specific error message, when the service has one.
    #[serde(default)]
    pub dynamic_message: Option<String>,
    /// `AppName`: the Alibaba application that produced the error code.
    #[serde(default)]
    pub app_name: Option<String>,
    /// `Module`: the step's result, of no documented shape (samples show `"-"`), kept as parsed.
    #[serde(default)]
    pub module: Option<serde_json::Value>,
}
