//! `PollTaskResult`, Domain 2018-01-29: the results of finished task details across every task,
//! filtered by task, domain or outcome.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-polltaskresult>

use serde_json::{Value, json};

use super::params::{Page, Params, optional, optional_number};
use super::query_task_detail_list::detail_entry;
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::{Task, TaskDetail};

/// The same bound as the other task listings.
const MAX_PAGE_SIZE: usize = 1000;

/// Finished details (`TaskResultStatus` 2 succeeded, 3 failed, or both), newest task first.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let page = Page::from_params(params, MAX_PAGE_SIZE)?;
    let outcome: Option<u8> = optional_number(params, "TaskResultStatus")?;
    if outcome.is_some_and(|s| s != 2 && s != 3) {
        return Err(ApiError::illegal("TaskResultStatus must be 2 or 3."));
    }
    let task_no = optional(params, "TaskNo");
    let domain = optional(params, "DomainName");
    let instance = optional(params, "InstanceId");
    let results: Vec<(&Task, &TaskDetail)> = context
        .state
        .tasks
        .iter()
        .rev()
        .filter(|t| task_no.is_none_or(|n| t.task_no == n))
        .flat_map(|t| t.details.iter().map(move |d| (t, d)))
        .filter(|(_, d)| d.status.is_finished())
        .filter(|(_, d)| outcome.is_none_or(|s| d.status.code() == s))
        .filter(|(_, d)| domain.is_none_or(|n| d.domain_name.eq_ignore_ascii_case(n)))
        .filter(|(_, d)| instance.is_none_or(|i| d.instance_id == i))
        .collect();
    let (slice, mut fields) = page.apply(&results);
    let entries: Vec<Value> = slice
        .iter()
        .map(|(t, d)| {
            let mut entry = detail_entry(t, d);
            // QueryTaskDetailList's field, which this answer does not have.
            if let Value::Object(fields) = &mut entry {
                fields.remove("FailReason");
            }
            entry
        })
        .collect();
    fields.insert("Data".to_owned(), json!({ "TaskDetail": entries }));
    Ok(Outcome::read(Value::Object(fields)))
}
