//! One registry lock, as a listing's item or a look-up's whole answer.

use serde::Deserialize;

/// A registry lock (server lock) bought for a domain.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ServerLock {
    /// `RequestId`: the request's id, when the lock is the whole answer (`QueryServerLock`); absent
    /// in a listing's items.
    pub request_id: Option<String>,
    /// `DomainName`: the locked domain.
    pub domain_name: Option<String>,
    /// `DomainInstanceId`: the domain's instance id.
    pub domain_instance_id: Option<String>,
    /// `LockInstanceId`: the lock's instance id.
    pub lock_instance_id: Option<String>,
    /// `LockProductId`: the lock product.
    pub lock_product_id: Option<String>,
    /// `ServerLockStatus`: `1` not yet on, `2` on, `3` off (text in a listing, a number in
    /// `QueryServerLock`; read as text).
    pub server_lock_status: Option<String>,
    /// `StartDate`: when the lock took effect.
    pub start_date: Option<String>,
    /// `ExpireDate`: when the lock expires.
    pub expire_date: Option<String>,
    /// `UserId`: the Alibaba Cloud account.
    pub user_id: Option<String>,
    /// `GmtCreate`: when the record was created.
    pub gmt_create: Option<String>,
    /// `GmtModified`: when the record was last changed.
    pub gmt_modified: Option<String>,
}
