//! `QueryTaskDetailList`, Domain 2018-01-29: each domain's outcome within a task.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytaskdetaillist>

use serde::Deserialize;

use crate::pagination::ListPage;
use crate::types::{Lang, TaskStatus, TaskStatusFilter};

/// Reads the per-domain results of a task, such as a batch renewal.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryTaskDetailList", product = crate::Domain, response = QueryTaskDetailListResponse, idempotent)]
#[non_exhaustive]
pub struct QueryTaskDetailList {
    /// `TaskNo`: the task, as the submitting action returned it.
    #[rpc(non_empty)]
    pub task_no: String,
    /// `PageNum`: the page, counted from 1; a page stream moves it.
    #[rpc(min = 1, page_number)]
    pub page_num: u32,
    /// `PageSize`: details per page, at most 1000.
    #[rpc(min = 1, max = 1000)]
    pub page_size: u32,
    /// `TaskStatus`: only details in this state.
    pub task_status: Option<TaskStatusFilter>,
    /// `DomainName`: only this domain's detail.
    pub domain_name: Option<String>,
    /// `InstanceId`.
    pub instance_id: Option<String>,
    /// `Lang`.
    pub lang: Option<Lang>,
    /// `UserClientIp`.
    pub user_client_ip: Option<String>,
}

/// One page of task details.
pub type QueryTaskDetailListResponse = ListPage<TaskDetail>;

/// One domain's part of a task.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TaskDetail {
    /// `TaskNo`.
    pub task_no: Option<String>,
    /// `TaskDetailNo`.
    pub task_detail_no: Option<String>,
    /// `DomainName`.
    pub domain_name: String,
    /// `InstanceId`.
    pub instance_id: Option<String>,
    /// `TaskType` (`ORDER_RENEW`).
    pub task_type: Option<String>,
    /// `TaskTypeDescription`.
    pub task_type_description: Option<String>,
    /// `TaskStatus` as a string.
    pub task_status: Option<TaskStatus>,
    /// `TaskStatusCode`: the same state as a number.
    pub task_status_code: Option<TaskStatus>,
    /// `TaskResult` (an order id for renewals, in samples a number).
    pub task_result: Option<String>,
    /// `ErrorMsg`: why the detail failed.
    pub error_msg: Option<String>,
    /// `FailReason` (SDK model only).
    pub fail_reason: Option<String>,
    /// `TryCount`: the service's own attempts.
    pub try_count: Option<u32>,
    /// `CreateTime`, as the service formats it.
    pub create_time: Option<String>,
    /// `UpdateTime`, as the service formats it.
    pub update_time: Option<String>,
}

impl TaskDetail {
    /// The detail's state: the string if present, else the code, else unknown.
    pub fn status(&self) -> TaskStatus {
        self.task_status
            .clone()
            .filter(|s| !matches!(s, TaskStatus::Other(_)))
            .or_else(|| self.task_status_code.clone())
            .unwrap_or_else(|| TaskStatus::Other(String::new()))
    }

    /// Why the detail failed, from whichever field carries it.
    pub fn failure_reason(&self) -> Option<&str> {
        self.error_msg
            .as_deref()
            .filter(|m| !m.is_empty())
            .or(self.fail_reason.as_deref().filter(|m| !m.is_empty()))
    }
}
