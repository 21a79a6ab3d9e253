//! `QueryTransferOutInfo`, Domain 2018-01-29: where the transfer of a domain to another
//! registrar stands.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytransferoutinfo>

use serde_json::{Value, json};

use super::params::{Params, required};
use super::{Context, Outcome};
use crate::calendar::format_cst_dash;
use crate::respond::ApiError;

/// The transfer out of `DomainName`, also after the domain has left the account; a domain of the
/// account with no transfer out gets an answer without fields, any other `DomainNotExist`.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    let name = required(params, "DomainName")?.trim();
    let Some(transfer) = context.state.transfer_out(name) else {
        return match context.state.domain(name) {
            Some(_) => Ok(Outcome::read(json!({}))),
            None => Err(ApiError::domain_not_exist()),
        };
    };
    Ok(Outcome::read(json!({
        "Status": transfer.status.code(),
        "Email": transfer.email,
        "TransferAuthorizationCodeSendDate": format_cst_dash(transfer.code_sent_ms),
        "ExpirationDate": format_cst_dash(transfer.code_expires_ms),
        "PendingRequestDate": transfer.pending_since_ms.map_or(Value::String(String::new()), |ms| {
            Value::String(format_cst_dash(ms))
        }),
        "ResultCode": transfer.result_code,
        "ResultMsg": transfer.result_msg,
    })))
}
