//! `ChangeResourceGroup`, Domain 2018-01-29: move a domain to another resource group.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-changeresourcegroup>

use serde::Deserialize;

use crate::types::Lang;

/// Moves a domain into another resource group of the account, which changes who may manage it under
/// Resource Management's access rules. Nothing about the domain's registration changes.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "ChangeResourceGroup", product = crate::Domain, response = ChangeResourceGroupResponse)]
#[non_exhaustive]
pub struct ChangeResourceGroup {
    /// `ResourceId`: the domain's instance id (`S20227H17A561968`). Required.
    pub resource_id: String,
    /// `NewResourceGroupId`: the resource group to move it to (`rg-aek2tcx7os7bkmq`); the
    /// metadata's documentation calls it optional but its schema requires it, and the spec keeps
    /// the schema's word. Required.
    pub new_resource_group_id: String,
    /// `ResourceType`: the kind of resource; only `Domain`, the service's assumption when it is
    /// left out. Optional.
    pub resource_type: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}

/// The response: whether the domain moved.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ChangeResourceGroupResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `Result`: `"true"` when the domain moved, `"false"` when not (text, not a boolean).
    pub result: Option<String>,
}
