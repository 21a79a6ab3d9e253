//! One transfer in (a domain moving to Alibaba Cloud from another registrar), as a listing's item
//! or a look-up's whole answer.

use serde::Deserialize;

/// A domain being transferred in, and how far the transfer has got.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TransferInInfo {
    /// `RequestId`: the request's id, when the transfer is the whole answer
    /// (`QueryTransferInByInstanceId`); absent in a listing's items.
    pub request_id: Option<String>,
    /// `DomainName`: the domain.
    pub domain_name: Option<String>,
    /// `InstanceId`: the transfer's instance id.
    pub instance_id: Option<String>,
    /// `UserId`: the Alibaba Cloud account.
    pub user_id: Option<String>,
    /// `SimpleTransferInStatus`: the stage, in broad terms: `INIT` submitted, `AUTHORIZATION`
    /// waiting for the owner's email approval, `NAME_VERIFICATION` name review,
    /// `PASSWORD_VERIFICATION` authorization code check, `SUCCESS`, `FAIL`, and others.
    pub simple_transfer_in_status: Option<String>,
    /// `Status`: the detailed stage, as the service numbers it (`10` started, `11` approval email
    /// sent, `50` ended, and others).
    pub status: Option<i32>,
    /// `ProgressBarType`: which checks the transfer goes through: `0` email approval and name
    /// review, `1` email approval only, `2` name review only, and others.
    pub progress_bar_type: Option<i32>,
    /// `NeedMailCheck`: whether the owner must approve the transfer by email.
    pub need_mail_check: Option<bool>,
    /// `Email`: the address the approval email goes to.
    pub email: Option<String>,
    /// `WhoisMailStatus`: whether the approval email was sent to the WHOIS address.
    pub whois_mail_status: Option<bool>,
    /// `ResultCode`: how the transfer ended, as a code (`clientCancelled`).
    pub result_code: Option<String>,
    /// `ResultMsg`: how the transfer ended, in words.
    pub result_msg: Option<String>,
    /// `ResultDate`: when it ended, as the service formats it.
    pub result_date: Option<String>,
    /// `ResultDateLong`: when it ended, in milliseconds since the Unix epoch.
    pub result_date_long: Option<i64>,
    /// `SubmissionDate`: when the transfer was asked for.
    pub submission_date: Option<String>,
    /// `SubmissionDateLong`: when the transfer was asked for, in milliseconds since the Unix epoch.
    pub submission_date_long: Option<i64>,
    /// `TransferAuthorizationCodeSubmissionDate`: when the authorization code was accepted.
    pub transfer_authorization_code_submission_date: Option<String>,
    /// `TransferAuthorizationCodeSubmissionDateLong`: when the authorization code was accepted, in
    /// milliseconds since the Unix epoch.
    pub transfer_authorization_code_submission_date_long: Option<i64>,
    /// `ModificationDate`: when the record was last changed.
    pub modification_date: Option<String>,
    /// `ModificationDateLong`: when the record was last changed, in milliseconds since the Unix
    /// epoch.
    pub modification_date_long: Option<i64>,
    /// `ExpirationDate`: when the transfer request lapses if not completed.
    pub expiration_date: Option<String>,
    /// `ExpirationDateLong`: when the transfer request lapses, in milliseconds since the Unix
    /// epoch.
    pub expiration_date_long: Option<i64>,
}
