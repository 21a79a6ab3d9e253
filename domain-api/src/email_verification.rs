//! One email address's verification, as a listing's item or a look-up's whole answer.

use serde::Deserialize;

/// An email address the service has asked its owner to verify, and where that stands.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct EmailVerification {
    /// `RequestId`: the request's id, when the verification is the whole answer
    /// (`QueryEmailVerification`); absent in a listing's items.
    pub request_id: Option<String>,
    /// `Email`: the address.
    pub email: Option<String>,
    /// `EmailVerificationNo`: the verification's serial number, given by the service.
    pub email_verification_no: Option<String>,
    /// `VerificationStatus`: `0` waiting for the owner, `1` verified.
    pub verification_status: Option<i32>,
    /// `TokenSendTime`: when the verification link was sent.
    pub token_send_time: Option<String>,
    /// `VerificationTime`: when the owner completed the verification.
    pub verification_time: Option<String>,
    /// `SendIp`: the IP address the verification was asked from.
    pub send_ip: Option<String>,
    /// `ConfirmIp`: the IP address the owner verified from.
    pub confirm_ip: Option<String>,
    /// `UserId`: the Alibaba Cloud account.
    pub user_id: Option<String>,
    /// `GmtCreate`: when the record was created.
    pub gmt_create: Option<String>,
    /// `GmtModified`: when the record was last changed.
    pub gmt_modified: Option<String>,
}
