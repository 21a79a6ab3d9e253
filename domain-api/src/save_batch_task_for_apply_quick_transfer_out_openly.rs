//! `SaveBatchTaskForApplyQuickTransferOutOpenly`, Domain 2018-01-29: open several domains for a
//! quick transfer out.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforapplyquicktransferoutopenly>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Opens up to 10 domains for a quick transfer out of Alibaba Cloud, in one asynchronous task:
/// their transfers to a new registrar then complete without the usual wait for approval. Charges
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForApplyQuickTransferOutOpenly",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveBatchTaskForApplyQuickTransferOutOpenly {
    /// `DomainNames.N`: the domains, at most 10; optional in the metadata, but a call without any
    /// opens nothing.
    #[rpc(max_len = 10)]
    pub domain_names: Option<Vec<String>>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
