//! `AcknowledgeTaskResult`, Domain 2018-01-29: confirm that the results of task details have been
//! seen.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-acknowledgetaskresult>

use serde::Deserialize;

use crate::types::Lang;

/// Marks finished task details as acknowledged, so that `PollTaskResult` stops returning them. Use
/// it after reading the outcome of a domain's part of a task, when you follow tasks with
/// `PollTaskResult`: each acknowledged detail leaves that queue for good.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "AcknowledgeTaskResult", product = crate::Domain, response = AcknowledgeTaskResultResponse)]
#[non_exhaustive]
pub struct AcknowledgeTaskResult {
    /// `TaskDetailNo.N`: the task details to acknowledge (1 to 13 numbers, as `QueryTaskDetailList`
    /// or `PollTaskResult` gives them). Required.
    #[rpc(min_len = 1, max_len = 13)]
    pub task_detail_no: Vec<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}

/// The response: how many of the details were acknowledged.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct AcknowledgeTaskResultResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `Result`: the number of task details acknowledged.
    pub result: Option<i32>,
}
