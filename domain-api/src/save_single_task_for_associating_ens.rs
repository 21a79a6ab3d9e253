//! `SaveSingleTaskForAssociatingEns`, Domain 2018-01-29: bind an ENS address to a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforassociatingens>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Binds an Ethereum Name Service (ENS) address to one domain, in an asynchronous task, so that the
/// domain resolves to that address in ENS-aware wallets. Charges nothing; undo it with
/// [`SaveSingleTaskForDisassociatingEns`](crate::SaveSingleTaskForDisassociatingEns).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForAssociatingEns",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForAssociatingEns {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// `Address`: the Ethereum address (`0x` and 40 hexadecimal digits); required.
    pub address: String,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
