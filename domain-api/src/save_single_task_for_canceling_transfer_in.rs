//! `SaveSingleTaskForCancelingTransferIn`, Domain 2018-01-29: cancel a transfer in that has not
//! completed.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforcancelingtransferin>

use crate::single_domain_task_action::single_domain_task_action;

single_domain_task_action!(
    /// Cancels the transfer of one domain from another registrar to Alibaba Cloud while it is still
    /// pending, for example when the authorization code was wrong or the move is no longer wanted.
    /// Whether the transfer fee is refunded is decided by the order, not by this call.
    SaveSingleTaskForCancelingTransferIn,
    action = "SaveSingleTaskForCancelingTransferIn"
);
