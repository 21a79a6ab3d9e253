//! `SaveBatchTaskForUpdateProhibitionLock`, Domain 2018-01-29: turn the update lock of several
//! domains on or off.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforupdateprohibitionlock>

use crate::prohibition_lock_action::batch_domain_lock_action;

batch_domain_lock_action!(
    /// Turns the update lock (`clientUpdateProhibited`) of several domains on or off in one
    /// asynchronous task; while it is on, their contacts and name servers cannot be changed.
    /// Charges nothing.
    SaveBatchTaskForUpdateProhibitionLock,
    action = "SaveBatchTaskForUpdateProhibitionLock",
    task_type = "SET_UPDATE_PROHIBITED"
);
