//! `QueryDomainGroupList`, Domain 2018-01-29: the account's domain groups.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomaingrouplist>

use serde::Deserialize;

use crate::types::Lang;

/// Lists the account's domain groups with how many domains each holds; a group's id filters the
/// domain listings (`DomainGroupId`).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryDomainGroupList",
    product = crate::Domain,
    response = QueryDomainGroupListResponse
)]
#[non_exhaustive]
pub struct QueryDomainGroupList {
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `DomainGroupName`: only groups with this name. Optional.
    pub domain_group_name: Option<String>,
    /// `ShowDeletingGroup`: also list groups being deleted (`false` by default). Optional.
    pub show_deleting_group: Option<bool>,
    /// `OrderKeyType`: the field to sort by, as the service names it. Optional.
    pub order_key_type: Option<String>,
    /// `OrderByType`: the order, as the service names it (`ASC` or `DESC`). Optional.
    pub order_by_type: Option<String>,
}

/// The domain groups.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryDomainGroupListResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Data`: the groups (`Data.DomainGroup[]`).
    #[serde(
        rename = "Data",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    pub domain_groups: Vec<DomainGroup>,
}

/// A domain group.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DomainGroup {
    /// `DomainGroupId`: the group's id (`-1` for the domains in no group).
    pub domain_group_id: Option<String>,
    /// `DomainGroupName`: the group's name.
    pub domain_group_name: Option<String>,
    /// `TotalNumber`: how many domains it holds.
    pub total_number: Option<i32>,
    /// `DomainGroupStatus`: `PROCESSING` while domains are being added or moved in bulk, else
    /// `COMPLETE`.
    pub domain_group_status: Option<String>,
    /// `BeingDeleted`: whether the group is being deleted (a group of more than 1,000 domains is
    /// deleted in the background).
    pub being_deleted: Option<bool>,
    /// `CreationDate`: when the group was created.
    pub creation_date: Option<String>,
    /// `ModificationDate`: when the group was last changed.
    pub modification_date: Option<String>,
}
