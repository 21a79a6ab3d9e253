//! `EmailVerified`, Domain 2018-01-29: an email-verification action that only the SDKs know.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-emailverified>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Asks about one address of the account's email verification. Only the SDKs know this action, and
/// neither says what it does beyond its name and parameters; by its name it concerns whether
/// `Email` is verified. It is not declared idempotent, since nothing documents that it only reads.
/// To list verified addresses, `ListEmailVerification` is documented.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "EmailVerified", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct EmailVerified {
    /// `Email`: the email address. Required.
    pub email: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
