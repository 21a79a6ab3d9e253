//! `QueryTaskList`, Domain 2018-01-29: the account's tasks, newest first.
//! <https://www.alibabacloud.com/help/doc-detail/67709.htm>

use serde_json::{Value, json};

use super::params::{Page, Params, optional_number};
use super::{Context, Outcome};
use crate::calendar::{DAY_MS, cst_day_start, format_cst_month_name};
use crate::respond::ApiError;
use crate::state::{Task, TaskStatus, task_type_description};

/// No documented maximum; the same bound as QueryTaskDetailList.
const MAX_PAGE_SIZE: usize = 1000;

/// Lists tasks created between `BeginCreateTime` and `EndCreateTime`. The service "queries by
/// day", so the window is widened to whole days in UTC+8: a client reconciling after a lost
/// response gets a superset and can narrow it with QueryTaskDetailList.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::from_params(params, MAX_PAGE_SIZE)?;
    let begin: Option<i64> = optional_number(params, "BeginCreateTime")?;
    let end: Option<i64> = optional_number(params, "EndCreateTime")?;
    let begin = begin.map(cst_day_start);
    let end = end.map(|e| cst_day_start(e) + DAY_MS - 1);
    // An eventually consistent listing: a new task shows only once the lag has passed.
    let tasks: Vec<&Task> = newest_first(&context.state.tasks, begin, end)
        .into_iter()
        .filter(|t| context.now_ms - t.create_time_ms >= context.listing_lag_ms)
        .collect();
    let (slice, mut fields) = page.apply(&tasks);
    let entries: Vec<Value> = slice.iter().map(|t| task_entry(t)).collect();
    fields.insert("Data".to_owned(), json!({ "TaskInfo": entries }));
    Ok(Outcome::read(Value::Object(fields)))
}

/// The tasks created between `begin` and `end` (inclusive, ms), newest first; submission order
/// breaks ties between tasks created in the same millisecond, the later first.
pub(super) fn newest_first(tasks: &[Task], begin: Option<i64>, end: Option<i64>) -> Vec<&Task> {
    let mut tasks: Vec<&Task> = tasks
        .iter()
        .filter(|t| begin.is_none_or(|b| t.create_time_ms >= b))
        .filter(|t| end.is_none_or(|e| t.create_time_ms <= e))
        .collect();
    tasks.reverse();
    tasks.sort_by_key(|t| std::cmp::Reverse(t.create_time_ms));
    tasks
}

pub(super) fn task_entry(task: &Task) -> Value {
    // Task-level codes are 1-based in the docs, unlike the detail codes.
    let (status, code) = match task.status() {
        TaskStatus::WaitingExecute => ("WAITING_EXECUTE", 1),
        TaskStatus::Executing => ("EXECUTING", 2),
        TaskStatus::Complete => ("COMPLETE", 3),
    };
    json!({
        "TaskNo": task.task_no,
        "TaskNum": task.details.len(),
        "TaskType": task.task_type,
        "TaskTypeCode": task.task_type,
        "TaskBizType": task.task_type,
        "TaskTypeDescription": task_type_description(&task.task_type),
        "TaskStatus": status,
        "TaskStatusCode": code,
        "TaskCancelStatus": "INIT",
        "TaskCancelStatusCode": 0,
        "CreateTime": format_cst_month_name(task.create_time_ms),
        "Clientip": task.client_ip,
        "TaskResult": "",
    })
}
