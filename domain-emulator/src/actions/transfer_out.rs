//! The transfer-out actions, Domain 2018-01-29: get the authorization code, the gaining
//! registrar's request with it, approve or cancel a pending transfer, and the quick transfer out.
//! Each queues a task; what it does to the domain (see `crate::transfer_out`) happens when the
//! task runs, and the transfer lock refuses it then.
//!
//! - `SaveSingleTaskForQueryingTransferAuthorizationCode`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforqueryingtransferauthorizationcode>)
//! - `SaveSingleTaskForApprovingTransferOut`, `SaveSingleTaskForCancelingTransferOut`
//! - `SaveSingleTaskForTransferOutByAuthorizationCode`,
//!   `SaveBatchTaskForTransferOutByAuthorizationCode`
//! - `SaveSingleTaskForApplyQuickTransferOutOpenly`, `SaveBatchTaskForApplyQuickTransferOutOpenly`

use super::change_task::{require_domain, submit_change, submit_changes};
use super::params::{Params, highest_object_index, repeat_list, required};
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::Change;
use crate::transfer_out::TransferOutStep;

/// The most domains the quick transfer-out batch takes (the metadata's bound).
const MAX_QUICK_BATCH: usize = 10;

/// The most entries of `TransferOutParamList` (the metadata's bound).
const MAX_CODE_BATCH: usize = 100;

/// `DomainName`, which must be in the account, and the step every single-domain action but
/// the code request takes.
pub(super) fn single(
    step: TransferOutStep,
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    let domain = required(params, "DomainName")?.trim().to_owned();
    require_domain(context, &domain)?;
    Ok(submit_change(
        params,
        vec![domain],
        &Change::TransferOut(step),
        context,
    ))
}

/// `SaveSingleTaskForTransferOutByAuthorizationCode`: `DomainName` and `AuthorizationCode`.
pub(super) fn by_code(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let code = required(params, "AuthorizationCode")?.trim().to_owned();
    single(TransferOutStep::Request(code), params, context)
}

/// `SaveBatchTaskForTransferOutByAuthorizationCode`: `TransferOutParamList.N.DomainName` and
/// `.AuthorizationCode`, one detail each; domains are checked when the task runs.
pub(super) fn batch_by_code(
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    const LIST: &str = "TransferOutParamList";
    let highest = highest_object_index(params, LIST, "DomainName")?;
    if highest == 0 {
        return Err(ApiError::missing(LIST));
    }
    if highest > MAX_CODE_BATCH {
        return Err(ApiError::illegal(&format!(
            "{LIST} takes at most {MAX_CODE_BATCH} entries."
        )));
    }
    let changes = (1..=highest)
        .map(|index| {
            let field = |name: &str| {
                required(params, &format!("{LIST}.{index}.{name}")).map(|v| v.trim().to_owned())
            };
            let code = field("AuthorizationCode")?;
            Ok((
                field("DomainName")?,
                Change::TransferOut(TransferOutStep::Request(code)),
            ))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(submit_changes(params, changes, context))
}

/// `SaveBatchTaskForApplyQuickTransferOutOpenly`: `DomainNames.N`, up to 10, checked when the
/// task runs.
pub(super) fn batch_quick(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let domains = repeat_list(params, "DomainNames", true, MAX_QUICK_BATCH)?;
    Ok(submit_change(
        params,
        domains,
        &Change::TransferOut(TransferOutStep::Quick),
        context,
    ))
}
