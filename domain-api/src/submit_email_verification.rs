//! `SubmitEmailVerification`, Domain 2018-01-29: send verification mails to email addresses.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-submitemailverification>

use crate::email_verification_results::EmailVerificationResultsResponse;
use crate::types::Lang;

/// Sends a verification mail to each address given; an address becomes usable in registrant
/// profiles once its owner opens the link, within 3 days (`VerifyEmail` submits the token by API
/// instead). The answer tells, per address, whether a mail went out, failed, or was already under
/// way.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SubmitEmailVerification", product = crate::Domain, response = EmailVerificationResultsResponse)]
#[non_exhaustive]
pub struct SubmitEmailVerification {
    /// `Email`: the addresses to verify, separated by commas. Required.
    pub email: String,
    /// `SendIfExist`: `true` to send a new mail even when one is already under way; `false` (the
    /// default) to leave such an address in `ExistList`. Optional.
    pub send_if_exist: Option<bool>,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
