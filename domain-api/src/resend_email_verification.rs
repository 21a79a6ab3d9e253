//! `ResendEmailVerification`, Domain 2018-01-29: send the verification mail again.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-resendemailverification>

use crate::email_verification_results::EmailVerificationResultsResponse;
use crate::types::Lang;

/// Sends the verification mail again to addresses whose earlier mail expired or was lost (a mail
/// stays valid for 3 days). The answer tells, per address, whether a mail went out; the service
/// limits how often it resends.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "ResendEmailVerification", product = crate::Domain, response = EmailVerificationResultsResponse)]
#[non_exhaustive]
pub struct ResendEmailVerification {
    /// `Email`: the addresses, separated by commas. Required.
    pub email: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
