//! `SaveSingleTaskForDisassociatingEns`, Domain 2018-01-29: remove the ENS address of a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfordisassociatingens>

use crate::single_domain_task_action::single_domain_task_action;

single_domain_task_action!(
    /// Removes the Ethereum Name Service (ENS) address bound to one domain, undoing
    /// [`SaveSingleTaskForAssociatingEns`](crate::SaveSingleTaskForAssociatingEns). Charges
    /// nothing.
    SaveSingleTaskForDisassociatingEns,
    action = "SaveSingleTaskForDisassociatingEns"
);
