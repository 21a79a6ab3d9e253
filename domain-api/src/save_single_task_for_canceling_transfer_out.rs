//! `SaveSingleTaskForCancelingTransferOut`, Domain 2018-01-29: cancel a pending transfer out.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforcancelingtransferout>

use crate::single_domain_task_action::single_domain_task_action;

single_domain_task_action!(
    /// Cancels a pending transfer of one domain from Alibaba Cloud to another registrar, so that
    /// the domain stays here. Charges nothing.
    SaveSingleTaskForCancelingTransferOut,
    action = "SaveSingleTaskForCancelingTransferOut"
);
