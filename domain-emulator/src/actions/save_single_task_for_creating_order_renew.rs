//! `SaveSingleTaskForCreatingOrderRenew`, Domain 2018-01-29: submit a renewal of one domain.
//! <https://www.alibabacloud.com/help/zh/doc-detail/67728.htm>

use super::change_task::require_domain;
use super::params::Params;
use super::renewal::{check_payment_options, read_order, submit};
use super::{Context, Outcome};
use crate::respond::ApiError;

/// Queues one renewal. Unlike the batch action, an unknown domain is refused at once with
/// `DomainNotExist` (a single-domain call names its target), and nothing is counted then.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    check_payment_options(params)?;
    let order = read_order(params, "")?;
    require_domain(context, &order.domain_name)?;
    Ok(submit(params, vec![order], context))
}
