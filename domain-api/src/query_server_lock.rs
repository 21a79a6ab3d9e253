//! `QueryServerLock`, Domain 2018-01-29: one registry lock.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryserverlock>

use crate::server_lock::ServerLock;
use crate::types::Lang;

/// Reads one registry lock (server lock, set at the registry) by its instance id: its state and
/// dates.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryServerLock", product = crate::Domain, response = ServerLock)]
#[non_exhaustive]
pub struct QueryServerLock {
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `InstanceId`: the registry lock's instance id, as `ListServerLock` gives it. Optional.
    pub instance_id: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}
