//! The four lock actions, Domain 2018-01-29: turn a domain's transfer lock or update lock on or
//! off, for one domain or a batch.
//!
//! - `SaveSingleTaskForTransferProhibitionLock`, `SaveBatchTaskForTransferProhibitionLock`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfortransferprohibitionlock>)
//! - `SaveSingleTaskForUpdateProhibitionLock`, `SaveBatchTaskForUpdateProhibitionLock`
//!   (<https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforupdateprohibitionlock>)

use super::change_task::{require_domain, submit_change};
use super::params::{Params, boolean, repeat_list, required};
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::Change;

/// Which lock an action sets.
#[derive(Debug, Clone, Copy)]
pub(super) enum Lock {
    /// `clientTransferProhibited`.
    Transfer,
    /// `clientUpdateProhibited`.
    Update,
}

impl Lock {
    fn change(self, on: bool) -> Change {
        match self {
            Lock::Transfer => Change::TransferLock(on),
            Lock::Update => Change::UpdateLock(on),
        }
    }
}

/// `DomainName` and `Status`: one domain, which must exist.
pub(super) fn single(
    lock: Lock,
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    let domain = required(params, "DomainName")?.trim().to_owned();
    let on = boolean("Status", required(params, "Status")?)?;
    require_domain(context, &domain)?;
    Ok(submit_change(
        params,
        vec![domain],
        &lock.change(on),
        context,
    ))
}

/// `DomainName.N` and `Status`: up to 1,000 domains, checked when the task executes.
pub(super) fn batch(
    lock: Lock,
    params: &Params,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    let domains = repeat_list(params, "DomainName", true, 1000)?;
    let on = boolean("Status", required(params, "Status")?)?;
    Ok(submit_change(params, domains, &lock.change(on), context))
}
