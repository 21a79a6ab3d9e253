//! The answer of the transfer-in steps that act on several domains at once and say, per domain,
//! whether the step worked.

use serde::Deserialize;

/// The response: which domains the step succeeded for and which it failed for. A domain in
/// neither list was not part of the step.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SucceededAndFailedDomainsResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `SuccessList.SuccessDomain`: the domains the step succeeded for (empty when none).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub success_list: Vec<String>,
    /// `FailList.FailDomain`: the domains the step failed for (empty when none).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub fail_list: Vec<String>,
}
