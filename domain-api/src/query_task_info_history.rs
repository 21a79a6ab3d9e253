//! `QueryTaskInfoHistory`, Domain 2018-01-29: the account's tasks, a cursor page at a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytaskinfohistory>

use crate::cursor_page::CursorPage;
use crate::query_task_list::TaskInfo;
use crate::types::Lang;

/// Lists the account's tasks by cursor rather than by page number: send the `TaskNo` and
/// `CreateTimeLong` of the previous answer's `NextPageCursor` as `TaskNoCursor` and
/// `CreateTimeCursor` to read on.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryTaskInfoHistory", product = crate::Domain, response = CursorPage<TaskInfo>)]
#[non_exhaustive]
pub struct QueryTaskInfoHistory {
    /// `PageSize`: tasks per page. Required.
    pub page_size: u32,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `BeginCreateTime`: only tasks created at or after this time, in milliseconds since the Unix
    /// epoch (the service counts whole days). Optional.
    pub begin_create_time: Option<i64>,
    /// `EndCreateTime`: only tasks created at or before this time, in milliseconds since the Unix
    /// epoch (the service counts whole days). Optional.
    pub end_create_time: Option<i64>,
    /// `CreateTimeCursor`: where the page starts: the `CreateTimeLong` of the previous page's
    /// `NextPageCursor`, in milliseconds since the Unix epoch. Optional.
    pub create_time_cursor: Option<i64>,
    /// `TaskNoCursor`: where the page starts: the `TaskNo` of the previous page's `NextPageCursor`.
    /// Optional.
    pub task_no_cursor: Option<String>,
}
