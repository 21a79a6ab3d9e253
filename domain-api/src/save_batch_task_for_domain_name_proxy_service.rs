//! `SaveBatchTaskForDomainNameProxyService`, Domain 2018-01-29: turn WHOIS privacy on or off for
//! several domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskfordomainnameproxyservice>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Turns WHOIS privacy protection (the registrar's proxy service, which shows its own details
/// instead of the holder's in WHOIS) on or off for up to 1,000 domains in one asynchronous task.
/// Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForDomainNameProxyService",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveBatchTaskForDomainNameProxyService {
    /// `DomainName.N`: the domains, 1 to 1,000; required.
    #[rpc(min_len = 1, max_len = 1000)]
    pub domain_name: Vec<String>,
    /// `Status`: `true` turns the protection on, `false` off; required.
    pub status: bool,
    /// `ServiceType`: which kind of protection to switch, when a registry offers more than one;
    /// optional (the service's default kind when left out).
    pub service_type: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
