//! `QueryTaskList`, Domain 2018-01-29: the account's tasks, one page at a time.
//! <https://www.alibabacloud.com/help/doc-detail/67709.htm>

use serde::Deserialize;

use crate::pagination::ListPage;
use crate::types::{Lang, TaskInfoStatus};

/// Lists tasks created in a window: how to find a renewal task whose submission timed out before
/// deciding whether to submit again.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryTaskList", product = crate::Domain, response = QueryTaskListResponse, idempotent)]
#[non_exhaustive]
pub struct QueryTaskList {
    /// `PageNum`: the page, counted from 1; a page stream moves it.
    #[rpc(min = 1, page_number)]
    pub page_num: u32,
    /// `PageSize`: tasks per page.
    #[rpc(min = 1, max = 1000)]
    pub page_size: u32,
    /// `BeginCreateTime`: tasks created at or after this time (ms; the service queries by day).
    #[rpc(min = 0)]
    pub begin_create_time: Option<i64>,
    /// `EndCreateTime`: tasks created at or before this time (ms; by day).
    #[rpc(min = 0)]
    pub end_create_time: Option<i64>,
    /// `Lang`.
    pub lang: Option<Lang>,
    /// `UserClientIp`.
    pub user_client_ip: Option<String>,
}

impl QueryTaskList {
    /// Only tasks created between `begin_ms` and `end_ms`.
    pub fn created_between(mut self, begin_ms: i64, end_ms: i64) -> QueryTaskList {
        self.begin_create_time = Some(begin_ms);
        self.end_create_time = Some(end_ms);
        self
    }
}

/// One page of tasks.
pub type QueryTaskListResponse = ListPage<TaskInfo>;

/// One task of `QueryTaskList`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TaskInfo {
    /// `TaskNo`.
    pub task_no: String,
    /// `TaskNum`: how many domains the task covers.
    pub task_num: Option<u32>,
    /// `TaskType` (`ORDER_RENEW` for renewals).
    pub task_type: Option<String>,
    /// `TaskTypeDescription`.
    pub task_type_description: Option<String>,
    /// `TaskStatus`: `COMPLETE` once every detail finished (not necessarily succeeded).
    pub task_status: Option<TaskInfoStatus>,
    /// `TaskStatusCode`: the numeric form of `TaskStatus`, as the service numbers it.
    pub task_status_code: Option<i64>,
    /// `TaskCancelStatus`: `INIT` (not cancelled), `CANCELLING` or `COMPLETE`.
    pub task_cancel_status: Option<String>,
    /// `TaskCancelStatusCode`: the numeric form of `TaskCancelStatus` (`0`, `1`, `2`).
    pub task_cancel_status_code: Option<i64>,
    /// `CreateTime`, as the service formats it.
    pub create_time: Option<String>,
    /// `CreateTimeLong`: `CreateTime` in milliseconds since the Unix epoch (`QueryTaskInfoHistory`
    /// only); send it as `CreateTimeCursor` to read on from this task.
    pub create_time_long: Option<i64>,
    /// `Clientip` (sic).
    pub clientip: Option<String>,
}
