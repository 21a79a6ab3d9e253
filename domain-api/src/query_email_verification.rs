//! `QueryEmailVerification`, Domain 2018-01-29: the verification of one email address.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryemailverification>

use crate::email_verification::EmailVerification;
use crate::types::Lang;

/// Reads whether an email address has been verified by its owner, and when the verification link
/// was sent and used.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryEmailVerification", product = crate::Domain, response = EmailVerification)]
#[non_exhaustive]
pub struct QueryEmailVerification {
    /// `Email`: the address. Required.
    pub email: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}
