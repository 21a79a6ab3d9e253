//! `SaveDomainGroup`, Domain 2018-01-29: create or rename a domain group.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savedomaingroup>

use serde::Deserialize;

use crate::types::Lang;

/// Creates a domain group (without `DomainGroupId`) or renames one (with it). Groups only organize
/// domains in the console and in listings. The change is immediate: no task is queued. Charges
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SaveDomainGroup", product = crate::Domain, response = SaveDomainGroupResponse)]
#[non_exhaustive]
pub struct SaveDomainGroup {
    /// `DomainGroupName`: the group's (new) name; required.
    pub domain_group_name: String,
    /// `DomainGroupId`: the group to rename; optional, a new group is created without it.
    pub domain_group_id: Option<i64>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}

/// The response: the group as it is now.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SaveDomainGroupResponse {
    /// `RequestId`: quote it to Alibaba support.
    pub request_id: String,
    /// `DomainGroupId`: the group's id.
    pub domain_group_id: Option<i64>,
    /// `DomainGroupName`: the group's name.
    pub domain_group_name: Option<String>,
    /// `DomainGroupStatus`: `COMPLETE`, or `PROCESSING` while domains are being moved.
    pub domain_group_status: Option<String>,
    /// `BeingDeleted`: whether the group is being deleted.
    pub being_deleted: Option<bool>,
    /// `TotalNumber`: how many domains the group holds.
    pub total_number: Option<i32>,
    /// `CreationDate`: when the group was created (`2018-04-02 15:59:06`, the service's time zone).
    pub creation_date: Option<String>,
    /// `ModificationDate`: when it last changed, in the same form.
    pub modification_date: Option<String>,
}
