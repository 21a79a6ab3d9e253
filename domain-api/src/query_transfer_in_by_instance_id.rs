//! `QueryTransferInByInstanceId`, Domain 2018-01-29: one transfer in, by instance id.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytransferinbyinstanceid>

use crate::transfer_in_info::TransferInInfo;
use crate::types::Lang;

/// Reads one transfer in (a domain moving to Alibaba Cloud from another registrar) by its instance
/// id: how far it has got and how it ended.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryTransferInByInstanceId", product = crate::Domain, response = TransferInInfo)]
#[non_exhaustive]
pub struct QueryTransferInByInstanceId {
    /// `InstanceId`: the transfer's instance id, as `QueryTransferInList` gives it. Required.
    pub instance_id: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}
