//! `SaveSingleTaskForTransferProhibitionLock` and `SaveSingleTaskForUpdateProhibitionLock`,
//! Domain 2018-01-29: turn one domain's transfer lock or update lock on or off.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfortransferprohibitionlock>
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforupdateprohibitionlock>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Turns a domain's transfer lock (`clientTransferProhibited`) on or off in an asynchronous task
/// (task type `SET_TRANSFER_PROHIBITED`); while it is on, the domain cannot move to another
/// registrar.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForTransferProhibitionLock",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForTransferProhibitionLock {
    /// `DomainName`.
    #[rpc(non_empty, max_len = 253)]
    pub domain_name: String,
    /// `Status`: `true` turns the lock on, `false` off.
    pub status: bool,
    /// `UserClientIp`.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages.
    pub lang: Option<Lang>,
}

impl SaveSingleTaskForTransferProhibitionLock {
    /// Turns the transfer lock of `domain_name` on (`true`) or off.
    pub fn new(domain_name: impl Into<String>, on: bool) -> Self {
        SaveSingleTaskForTransferProhibitionLock {
            domain_name: domain_name.into(),
            status: on,
            user_client_ip: None,
            lang: None,
        }
    }
}

/// Turns a domain's update lock (`clientUpdateProhibited`) on or off in an asynchronous task
/// (task type `SET_UPDATE_PROHIBITED`); while it is on, its name servers and contacts cannot
/// change.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForUpdateProhibitionLock",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForUpdateProhibitionLock {
    /// `DomainName`.
    #[rpc(non_empty, max_len = 253)]
    pub domain_name: String,
    /// `Status`: `true` turns the lock on, `false` off.
    pub status: bool,
    /// `UserClientIp`.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages.
    pub lang: Option<Lang>,
}

impl SaveSingleTaskForUpdateProhibitionLock {
    /// Turns the update lock of `domain_name` on (`true`) or off.
    pub fn new(domain_name: impl Into<String>, on: bool) -> Self {
        SaveSingleTaskForUpdateProhibitionLock {
            domain_name: domain_name.into(),
            status: on,
            user_client_ip: None,
            lang: None,
        }
    }
}
