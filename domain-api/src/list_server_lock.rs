//! `ListServerLock`, Domain 2018-01-29: the domains' registry locks, a page at a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-listserverlock>

use crate::pagination::ListPage;
use crate::server_lock::ServerLock;
use crate::types::{Lang, SortOrder};

/// Lists the registry locks (server locks, set at the registry) of the account's domains, filtered
/// by domain, state and dates. Stream every entry with `client.items(..)`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "ListServerLock", product = crate::Domain, response = ListPage<ServerLock>)]
#[non_exhaustive]
pub struct ListServerLock {
    /// `DomainName`: only this domain's lock. Optional.
    pub domain_name: Option<String>,
    /// `EndStartDate`: only locks that took effect at or before this time, in milliseconds since
    /// the Unix epoch. Optional.
    pub end_start_date: Option<i64>,
    /// `BeginStartDate`: only locks that took effect at or after this time, in milliseconds since
    /// the Unix epoch. Optional.
    pub begin_start_date: Option<i64>,
    /// `PageNum`: the page to read, counted from 1; a page stream moves it. Optional.
    #[rpc(min = 1, page_number)]
    pub page_num: Option<u32>,
    /// `PageSize`: entries per page. Optional.
    pub page_size: Option<u32>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `LockProductId`: only locks of this product. Optional.
    pub lock_product_id: Option<String>,
    /// `ServerLockStatus`: only locks in this state: `1` not yet on, `2` on, `3` off. Optional.
    pub server_lock_status: Option<i32>,
    /// `StartExpireDate`: only locks that expire at or after this time, in milliseconds since the
    /// Unix epoch. Optional.
    pub start_expire_date: Option<i64>,
    /// `EndExpireDate`: only locks that expire at or before this time, in milliseconds since the
    /// Unix epoch. Optional.
    pub end_expire_date: Option<i64>,
    /// `OrderBy`: what to sort by: the expiration date. Optional.
    pub order_by: Option<ServerLockOrderKey>,
    /// `OrderByType`: ascending or descending (the default). Optional.
    pub order_by_type: Option<SortOrder>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// `OrderBy` of `ListServerLock`: what the locks are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum ServerLockOrderKey {
    /// `EXPIRE_DATE`: the lock's expiration date.
    #[rpc(rename = "EXPIRE_DATE")]
    ExpireDate,
}
