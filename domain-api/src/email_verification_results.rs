//! The answer of the actions that act on several email addresses of the account's verified
//! list at once (submit, resend, delete) and report the outcome per address.

use serde::Deserialize;

/// The response: each address given, sorted by what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct EmailVerificationResultsResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `SuccessList`: the addresses the action worked for (empty when none).
    #[serde(default)]
    pub success_list: Vec<EmailVerificationResult>,
    /// `FailList`: the addresses it did not work for, each with the reason (empty when none).
    #[serde(default)]
    pub fail_list: Vec<EmailVerificationResult>,
    /// `ExistList`: addresses that already had a verification mail under way and were left
    /// alone; only `SubmitEmailVerification` fills it (empty otherwise).
    #[serde(default)]
    pub exist_list: Vec<EmailVerificationResult>,
}

/// What happened to one email address.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct EmailVerificationResult {
    /// `Email`: the address.
    pub email: Option<String>,
    /// `Code`: `Success`, or the service's error code (such as `SendTokenQuotaExceeded`).
    pub code: Option<String>,
    /// `Message`: the outcome in words.
    pub message: Option<String>,
}
