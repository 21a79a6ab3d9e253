//! `VerifyEmail`, Domain 2018-01-29: verify an email address with the token of its mail.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-verifyemail>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Completes the verification of an email address by API, with the token of the link in its
/// verification mail (sent by `SubmitEmailVerification`), instead of the owner opening the link.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "VerifyEmail", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct VerifyEmail {
    /// `Token`: the token at the end of the mail's verification link. Required.
    pub token: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
