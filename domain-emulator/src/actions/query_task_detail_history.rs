//! `QueryTaskDetailHistory`, Domain 2018-01-29: a task's details, a page at a time behind a
//! cursor.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytaskdetailhistory>

use serde_json::Value;

use super::cursor_page::cursor_page;
use super::params::{Params, optional, optional_number, page_size, required};
use super::query_task_detail_list::detail_entry;
use super::{Context, Outcome};
use crate::respond::ApiError;

/// Documented maximum page size of the detail listings.
const MAX_PAGE_SIZE: usize = 1000;

/// The details of `TaskNo` in submission order, filtered by `DomainName` and `TaskStatus`, from
/// the detail named by `TaskDetailNoCursor` (and `DomainNameCursor`, when given) on. A cursor
/// that names no detail gives an empty page.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let task_no = required(params, "TaskNo")?;
    let size = page_size(params, MAX_PAGE_SIZE)?;
    let status: Option<u8> = optional_number(params, "TaskStatus")?;
    let domain = optional(params, "DomainName");
    let detail_cursor = optional(params, "TaskDetailNoCursor");
    let domain_cursor = optional(params, "DomainNameCursor");
    let Some(task) = context.state.task(task_no) else {
        return Ok(Outcome::read(Value::Object(cursor_page(&[], 0, size))));
    };
    let details: Vec<_> = task
        .details
        .iter()
        .filter(|d| status.is_none_or(|s| d.status.code() == s))
        .filter(|d| domain.is_none_or(|n| d.domain_name.eq_ignore_ascii_case(n)))
        .collect();
    let start = match detail_cursor {
        None => 0,
        Some(cursor) => details
            .iter()
            .position(|d| {
                d.task_detail_no == cursor
                    && domain_cursor.is_none_or(|n| d.domain_name.eq_ignore_ascii_case(n))
            })
            .unwrap_or(details.len()),
    };
    let entries: Vec<Value> = details
        .iter()
        .map(|d| {
            let mut entry = detail_entry(task, d);
            // The history's entries carry neither of these.
            if let Value::Object(fields) = &mut entry {
                fields.remove("FailReason");
                fields.remove("TaskResult");
            }
            entry
        })
        .collect();
    Ok(Outcome::read(Value::Object(cursor_page(
        &entries, start, size,
    ))))
}
