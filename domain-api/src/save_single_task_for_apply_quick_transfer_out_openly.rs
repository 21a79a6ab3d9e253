//! `SaveSingleTaskForApplyQuickTransferOutOpenly`, Domain 2018-01-29: open one domain for a quick
//! transfer out.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforapplyquicktransferoutopenly>

use crate::single_domain_task_action::single_domain_task_action;

single_domain_task_action!(
    /// Opens one domain for a quick transfer out of Alibaba Cloud: the transfer to the new
    /// registrar completes without the usual waiting period for the registrar's approval. Use it
    /// when the domain is leaving for good; it charges nothing.
    SaveSingleTaskForApplyQuickTransferOutOpenly,
    action = "SaveSingleTaskForApplyQuickTransferOutOpenly"
);
