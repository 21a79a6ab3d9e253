//! `SaveBatchTaskForTransferProhibitionLock`, Domain 2018-01-29: turn the transfer lock of several
//! domains on or off.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskfortransferprohibitionlock>

use crate::prohibition_lock_action::batch_domain_lock_action;

batch_domain_lock_action!(
    /// Turns the transfer lock (`clientTransferProhibited`) of several domains on or off in one
    /// asynchronous task; while it is on, none of them can move to another registrar. Charges
    /// nothing.
    SaveBatchTaskForTransferProhibitionLock,
    action = "SaveBatchTaskForTransferProhibitionLock",
    task_type = "SET_TRANSFER_PROHIBITED"
);
