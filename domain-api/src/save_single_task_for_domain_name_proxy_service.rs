//! `SaveSingleTaskForDomainNameProxyService`, Domain 2018-01-29: turn WHOIS privacy on or off for
//! one domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfordomainnameproxyservice>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Turns WHOIS privacy protection (the registrar's proxy service, which shows its own details
/// instead of the holder's in WHOIS) on or off for one domain, in an asynchronous task. Charges
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForDomainNameProxyService",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForDomainNameProxyService {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// `Status`: `true` turns the protection on, `false` off; required.
    pub status: bool,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
