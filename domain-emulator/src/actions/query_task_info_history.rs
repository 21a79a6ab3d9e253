//! `QueryTaskInfoHistory`, Domain 2018-01-29: the account's tasks, newest first, a page at a time
//! behind a cursor.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytaskinfohistory>

use serde_json::Value;

use super::cursor_page::cursor_page;
use super::params::{Params, optional, optional_number, page_size};
use super::query_task_list::{newest_first, task_entry};
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;
use crate::state::Task;

/// The same bound as the other task listings.
const MAX_PAGE_SIZE: usize = 1000;

/// Tasks created between `BeginCreateTime` and `EndCreateTime` (exact milliseconds), newest
/// first, from the task named by `TaskNoCursor` (and `CreateTimeCursor`, when given) on. A
/// cursor that names no task gives an empty page.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let size = page_size(params, MAX_PAGE_SIZE)?;
    let begin: Option<i64> = optional_number(params, "BeginCreateTime")?;
    let end: Option<i64> = optional_number(params, "EndCreateTime")?;
    let time_cursor: Option<i64> = optional_number(params, "CreateTimeCursor")?;
    let task_cursor = optional(params, "TaskNoCursor");
    let tasks = newest_first(&context.state.tasks, begin, end);
    let start = match task_cursor {
        None => 0,
        Some(cursor) => tasks
            .iter()
            .position(|t| t.task_no == cursor && time_cursor.is_none_or(|c| t.create_time_ms == c))
            .unwrap_or(tasks.len()),
    };
    let entries: Vec<Value> = tasks.iter().map(|t| history_entry(t)).collect();
    Ok(Outcome::read(Value::Object(cursor_page(
        &entries, start, size,
    ))))
}

/// A task as QueryTaskList shows it, with the history's own date fields and without the
/// fields the history does not have.
fn history_entry(task: &Task) -> Value {
    let mut entry = task_entry(task);
    if let Value::Object(fields) = &mut entry {
        for name in [
            "TaskBizType",
            "TaskCancelStatus",
            "TaskCancelStatusCode",
            "TaskTypeCode",
            "TaskResult",
        ] {
            fields.remove(name);
        }
        fields.insert(
            "CreateTime".to_owned(),
            Value::String(format_cst_dash(task.create_time_ms)),
        );
        fields.insert(
            "CreateTimeLong".to_owned(),
            Value::from(task.create_time_ms),
        );
    }
    entry
}
