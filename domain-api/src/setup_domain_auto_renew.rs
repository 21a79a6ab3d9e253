//! `SetupDomainAutoRenew`, Domain 2018-01-29: turn automatic renewal of a domain on or off.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-setupdomainautorenew>

use serde::Deserialize;

/// Turns automatic renewal of one domain on or off. With it on, Alibaba renews the domain before it
/// expires and **charges the account**. The metadata says the action serves domains of the China
/// site only.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SetupDomainAutoRenew", product = crate::Domain, response = SetupDomainAutoRenewResponse)]
#[non_exhaustive]
pub struct SetupDomainAutoRenew {
    /// `InstanceId`: the domain's instance id (`S2019270W570xxxx`), as `QueryDomainList` gives it.
    /// Required.
    pub instance_id: String,
    /// `Operation`: what to do; the metadata's only example is `SET` (turn automatic renewal on)
    /// and it lists no other value. Required.
    pub operation: String,
}

/// The response: whether the setting changed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SetupDomainAutoRenewResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `Result`: whether the setting was applied.
    pub result: Option<bool>,
}
