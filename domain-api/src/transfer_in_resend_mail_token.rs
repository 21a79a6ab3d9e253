//! `TransferInResendMailToken`, Domain 2018-01-29: send the confirmation mail of a transfer in
//! again.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-transferinresendmailtoken>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Sends the confirmation mail of a transfer in to the registrant again, when the first one was
/// lost or expired; its token is then submitted with `TransferInCheckMailToken`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "TransferInResendMailToken", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct TransferInResendMailToken {
    /// `DomainName`: the domain being transferred in. Required.
    pub domain_name: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
