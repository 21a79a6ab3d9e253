//! `TransferInCheckMailToken`, Domain 2018-01-29: submit the token of a transfer-in confirmation
//! mail.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-transferincheckmailtoken>

use crate::succeeded_and_failed_domains::SucceededAndFailedDomainsResponse;
use crate::types::Lang;

/// Submits the token that the confirmation mail of a transfer in carries, which proves the
/// registrant agrees to move the domains to Alibaba Cloud. The answer tells, per domain, whether
/// the token was accepted.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "TransferInCheckMailToken", product = crate::Domain, response = SucceededAndFailedDomainsResponse)]
#[non_exhaustive]
pub struct TransferInCheckMailToken {
    /// `Token`: the token from the mail (`3bdbaa0e-faa2-4ad2-98f4-bcfeb0237054`). Required.
    pub token: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
