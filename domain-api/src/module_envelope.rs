//! The envelope of the Domain actions served by the newer order and special-business back end:
//! a `Module` holding the answer, with a success flag and error details beside it.

use serde::Deserialize;

/// An answer whose payload sits in `Module`, with the back end's own outcome fields beside it.
///
/// A failed call normally arrives as the usual error (`Code` and `Message`); these fields are for
/// the rarer answer that reports a failure inside a success response (`Success` false).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", bound = "M: Deserialize<'de>")]
#[non_exhaustive]
pub struct ModuleEnvelope<M> {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Module`: the answer itself; absent when the call failed.
    pub module: Option<M>,
    /// `Success`: whether the back end carried out the call.
    pub success: Option<bool>,
    /// `ErrorCode`: why the call failed, as a code, when `Success` is false.
    pub error_code: Option<String>,
    /// `ErrorMsg`: why the call failed, in words.
    pub error_msg: Option<String>,
    /// `ErrorArgs`: values the error message refers to.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub error_args: Vec<String>,
    /// `HttpStatusCode`: the HTTP status the back end meant to answer with.
    pub http_status_code: Option<i32>,
    /// `DynamicCode`: a more specific error code, when the back end gives one.
    pub dynamic_code: Option<String>,
    /// `DynamicMessage`: the message that goes with `DynamicCode`.
    pub dynamic_message: Option<String>,
    /// `Synchro`: whether the call was handled synchronously.
    pub synchro: Option<bool>,
    /// `AllowRetry`: whether the back end considers the call safe to retry.
    pub allow_retry: Option<bool>,
    /// `AppName`: the back-end application that raised the error.
    pub app_name: Option<String>,
}
