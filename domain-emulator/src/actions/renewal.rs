//! What both renewal actions share: reading one order's fields and submitting the task.

use super::change_task::queue_task;
use super::params::{Params, boolean, number, optional, optional_boolean};
use super::{Context, Outcome};
use crate::respond::ApiError;
use crate::state::RenewalOrder;

/// Reads `{prefix}DomainName`, `{prefix}SubscriptionDuration`, `{prefix}CurrentExpirationDate` and
/// `{prefix}PermitPremiumRenew` (prefix `OrderRenewParam.N.` in the batch action, empty in the
/// single one).
pub(super) fn read_order(params: &Params, prefix: &str) -> Result<RenewalOrder, ApiError> {
    let name = |field: &str| format!("{prefix}{field}");
    let get = |field: &str| {
        let full = name(field);
        optional(params, &full)
            .map(str::to_owned)
            .ok_or_else(|| ApiError::missing(&full))
    };
    let domain_name = get("DomainName")?;
    let duration_name = name("SubscriptionDuration");
    let subscription_duration: u32 = number(&duration_name, &get("SubscriptionDuration")?)?;
    if !(1..=10).contains(&subscription_duration) {
        return Err(ApiError::illegal(&format!(
            "{duration_name} must be between 1 and 10 years."
        )));
    }
    let current_expiration_date: i64 = number(
        &name("CurrentExpirationDate"),
        &get("CurrentExpirationDate")?,
    )?;
    let permit_name = name("PermitPremiumRenew");
    let permit_premium_renew = match optional(params, &permit_name) {
        Some(value) => boolean(&permit_name, value)?,
        None => false,
    };
    Ok(RenewalOrder {
        domain_name: domain_name.trim().to_owned(),
        subscription_duration,
        current_expiration_date,
        permit_premium_renew,
    })
}

/// Checks the optional voucher parameters every renewal action accepts.
pub(super) fn check_payment_options(params: &Params) -> Result<(), ApiError> {
    // Parsed only so that a malformed boolean is refused as the service would; vouchers and
    // promotions do not change anything in the emulator.
    optional_boolean(params, "UseCoupon")?;
    optional_boolean(params, "UsePromotion")?;
    if let Some(lang) = optional(params, "Lang")
        && lang != "zh"
        && lang != "en"
    {
        return Err(ApiError::illegal("Lang must be zh or en."));
    }
    Ok(())
}

/// Creates the task and answers `{TaskNo}`.
pub(super) fn submit(
    params: &Params,
    orders: Vec<RenewalOrder>,
    context: &mut Context<'_>,
) -> Outcome {
    queue_task(params, context, |state, task_no, client_ip, now| {
        state.create_task(task_no, client_ip, orders, now);
    })
}
