//! `SaveSingleTaskForTransferProhibitionLock`, Domain 2018-01-29: turn one domain's transfer lock
//! on or off.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskfortransferprohibitionlock>

use crate::prohibition_lock_action::single_domain_lock_action;

single_domain_lock_action!(
    /// Turns a domain's transfer lock (`clientTransferProhibited`) on or off in an asynchronous
    /// task; while it is on, the domain cannot move to another registrar.
    SaveSingleTaskForTransferProhibitionLock,
    action = "SaveSingleTaskForTransferProhibitionLock",
    task_type = "SET_TRANSFER_PROHIBITED"
);
