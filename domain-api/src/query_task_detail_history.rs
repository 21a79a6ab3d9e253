//! `QueryTaskDetailHistory`, Domain 2018-01-29: the details of one task, a cursor page at a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytaskdetailhistory>

use crate::cursor_page::CursorPage;
use crate::query_task_detail_list::TaskDetail;
use crate::types::Lang;

/// Lists the per-domain details of a task by cursor rather than by page number, which stays cheap
/// deep into a large task: send the `DomainName` and `TaskDetailNo` of the previous answer's
/// `NextPageCursor` as `DomainNameCursor` and `TaskDetailNoCursor` to read on.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryTaskDetailHistory",
    product = crate::Domain,
    response = CursorPage<TaskDetail>
)]
#[non_exhaustive]
pub struct QueryTaskDetailHistory {
    /// `TaskNo`: the task, as `QueryTaskList` gives it. Required.
    pub task_no: String,
    /// `PageSize`: details per page. Required.
    pub page_size: u32,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `DomainName`: only this domain's detail. Optional.
    pub domain_name: Option<String>,
    /// `DomainNameCursor`: where the page starts: the `DomainName` of the previous page's
    /// `NextPageCursor`. Optional.
    pub domain_name_cursor: Option<String>,
    /// `TaskStatus`: only details in this state: `0` waiting, `1` executing, `2` succeeded, `3`
    /// failed. Optional.
    pub task_status: Option<i32>,
    /// `TaskDetailNoCursor`: where the page starts: the `TaskDetailNo` of the previous page's
    /// `NextPageCursor`. Optional.
    pub task_detail_no_cursor: Option<String>,
}
