//! `SaveSingleTaskForApprovingTransferOut`, Domain 2018-01-29: approve a pending transfer out now.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforapprovingtransferout>

use crate::single_domain_task_action::single_domain_task_action;

single_domain_task_action!(
    /// Approves a pending transfer of one domain to another registrar at once, instead of letting
    /// the registry's waiting period (usually five days) run out. Charges nothing.
    SaveSingleTaskForApprovingTransferOut,
    action = "SaveSingleTaskForApprovingTransferOut"
);
