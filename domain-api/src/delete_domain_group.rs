//! `DeleteDomainGroup`, Domain 2018-01-29: delete a domain group.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-deletedomaingroup>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Deletes one of the account's domain groups; its domains stay, outside any group. Deleting a
/// group of more than 1,000 domains finishes in the background, so `QueryDomainGroupList` may still
/// show it for a while.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DeleteDomainGroup", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct DeleteDomainGroup {
    /// `DomainGroupId`: the group to delete, as `QueryDomainGroupList` gives it. Required.
    pub domain_group_id: i64,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
