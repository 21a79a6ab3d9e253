//! `QueryTaskDetailList`, Domain 2018-01-29: the per-domain results of a task.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytaskdetaillist>

use serde_json::{Value, json};

use super::params::{Page, Params, optional, optional_number, required};
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;
use crate::state::{Task, TaskDetail, task_type_description};

/// Documented maximum page size.
const MAX_PAGE_SIZE: usize = 1000;

/// Lists a task's details, optionally filtered by status code, domain name or instance id. An
/// unknown task number gives an empty list.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let task_no = required(params, "TaskNo")?;
    let page = Page::from_params(params, MAX_PAGE_SIZE)?;
    let status_filter: Option<u8> = optional_number(params, "TaskStatus")?;
    if status_filter.is_some_and(|s| s > 3) {
        return Err(ApiError::illegal("TaskStatus must be 0, 1, 2 or 3."));
    }
    let domain_filter = optional(params, "DomainName");
    let instance_filter = optional(params, "InstanceId");
    let task = context.state.task(task_no);
    let details: Vec<&TaskDetail> = task
        .map(|t| t.details.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|d| status_filter.is_none_or(|s| d.status.code() == s))
        .filter(|d| domain_filter.is_none_or(|n| d.domain_name.eq_ignore_ascii_case(n)))
        .filter(|d| instance_filter.is_none_or(|i| d.instance_id == i))
        .collect();
    let (slice, mut fields) = page.apply(&details);
    let entries: Vec<Value> = match task {
        Some(task) => slice.iter().map(|d| detail_entry(task, d)).collect(),
        None => Vec::new(),
    };
    fields.insert("Data".to_owned(), json!({ "TaskDetail": entries }));
    Ok(Outcome::read(Value::Object(fields)))
}

pub(super) fn detail_entry(task: &Task, detail: &TaskDetail) -> Value {
    json!({
        "TaskNo": task.task_no,
        "TaskDetailNo": detail.task_detail_no,
        "DomainName": detail.domain_name,
        "InstanceId": detail.instance_id,
        "TaskType": task.task_type,
        "TaskTypeDescription": task_type_description(&task.task_type),
        "TaskStatus": detail.status.name(),
        "TaskStatusCode": detail.status.code(),
        "TaskResult": detail.task_result,
        "ErrorMsg": detail.error_msg,
        "FailReason": detail.error_msg,
        "TryCount": detail.try_count,
        "CreateTime": format_cst_dash(detail.create_time_ms),
        "UpdateTime": format_cst_dash(detail.update_time_ms),
    })
}
