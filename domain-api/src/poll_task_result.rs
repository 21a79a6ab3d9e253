//! `PollTaskResult`, Domain 2018-01-29: the finished details of the account's tasks, a page at a
//! time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-polltaskresult>

use crate::pagination::ListPage;
use crate::query_task_detail_list::TaskDetail;
use crate::types::Lang;

/// Lists task details that have finished, successfully or by failing after the service's own
/// retries, across tasks or within one: the way to collect outcomes without following each task.
/// Stream every detail with `client.items(..)`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "PollTaskResult",
    product = crate::Domain,
    response = ListPage<TaskDetail>,
    idempotent
)]
#[non_exhaustive]
pub struct PollTaskResult {
    /// `PageNum`: the page to read, counted from 1; a page stream moves it. Required.
    #[rpc(min = 1, page_number)]
    pub page_num: u32,
    /// `PageSize`: details per page, at most 1000. Required.
    pub page_size: u32,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `TaskNo`: only details of this task. Optional.
    pub task_no: Option<String>,
    /// `DomainName`: only details of this domain. Optional.
    pub domain_name: Option<String>,
    /// `InstanceId`: only details of the domain with this instance id. Optional.
    pub instance_id: Option<String>,
    /// `TaskResultStatus`: only successes or only failures. Optional.
    pub task_result_status: Option<TaskResultStatus>,
}

/// `TaskResultStatus` of `PollTaskResult`: how the finished details ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum TaskResultStatus {
    /// `2`: succeeded.
    #[rpc(rename = "2")]
    Succeeded,
    /// `3`: failed.
    #[rpc(rename = "3")]
    Failed,
}
