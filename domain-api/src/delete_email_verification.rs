//! `DeleteEmailVerification`, Domain 2018-01-29: remove verified email addresses.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-deleteemailverification>

use crate::email_verification_results::EmailVerificationResultsResponse;
use crate::types::Lang;

/// Removes addresses from the account's list of verified email addresses (the ones a registrant
/// profile may use). An address removed must be verified again before it is used. The answer tells,
/// per address, whether it was removed.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DeleteEmailVerification", product = crate::Domain, response = EmailVerificationResultsResponse)]
#[non_exhaustive]
pub struct DeleteEmailVerification {
    /// `Email`: the addresses to remove, separated by commas (`a@example.com,b@example.com`).
    /// Required.
    pub email: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
