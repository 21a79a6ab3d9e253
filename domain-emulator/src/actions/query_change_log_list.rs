//! `QueryChangeLogList`, Domain 2018-01-29: the operations carried out on the account's
//! domains, newest first.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querychangeloglist>

use serde_json::{Value, json};

use super::params::{Page, Params, optional, optional_number};
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;
use crate::state::{DetailStatus, Task, TaskDetail, task_type_description};

/// The metadata's bound.
const MAX_PAGE_SIZE: usize = 100;

/// One entry per finished task detail, dated when it finished, filtered by `DomainName` and by
/// `StartDate`/`EndDate` (ms, inclusive).
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::from_params(params, MAX_PAGE_SIZE)?;
    let domain = optional(params, "DomainName");
    let start: Option<i64> = optional_number(params, "StartDate")?;
    let end: Option<i64> = optional_number(params, "EndDate")?;
    let mut entries: Vec<(&Task, &TaskDetail)> = context
        .state
        .tasks
        .iter()
        .flat_map(|t| t.details.iter().map(move |d| (t, d)))
        .filter(|(_, d)| d.status.is_finished())
        .filter(|(_, d)| domain.is_none_or(|n| d.domain_name.eq_ignore_ascii_case(n)))
        .filter(|(_, d)| start.is_none_or(|s| d.update_time_ms >= s))
        .filter(|(_, d)| end.is_none_or(|e| d.update_time_ms <= e))
        .collect();
    entries.sort_by_key(|(_, d)| std::cmp::Reverse(d.update_time_ms));
    let (slice, mut fields) = page.apply(&entries);
    let logs: Vec<Value> = slice
        .iter()
        .map(|(task, detail)| {
            json!({
                "DomainName": detail.domain_name,
                "Operation": task_type_description(&task.task_type),
                "OperationIPAddress": task.client_ip,
                "Result": if detail.status == DetailStatus::ExecuteFailure { "Failed" } else { "Success" },
                "Time": format_cst_dash(detail.update_time_ms),
                "Details": detail.error_msg,
            })
        })
        .collect();
    fields.insert("Data".to_owned(), json!({ "ChangeLog": logs }));
    fields.insert("ResultLimit".to_owned(), json!(false));
    Ok(Outcome::read(Value::Object(fields)))
}
