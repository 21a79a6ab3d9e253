//! `ConfirmTransferInEmail`, Domain 2018-01-29: confirm the registrant email of domains being
//! transferred in.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-confirmtransferinemail>

use crate::succeeded_and_failed_domains::SucceededAndFailedDomainsResponse;
use crate::types::Lang;

/// Confirms, for domains being transferred in to Alibaba Cloud, that `Email` is the registrant's
/// address the transfer may use. The answer tells, per domain, whether the confirmation was taken.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "ConfirmTransferInEmail", product = crate::Domain, response = SucceededAndFailedDomainsResponse)]
#[non_exhaustive]
pub struct ConfirmTransferInEmail {
    /// `Email`: the registrant's email address to confirm. Required.
    pub email: String,
    /// `DomainName.N`: the domains being transferred in that the address is for (1 to 13).
    /// Required.
    #[rpc(min_len = 1, max_len = 13)]
    pub domain_name: Vec<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
