//! `SaveSingleTaskForUpdateProhibitionLock`, Domain 2018-01-29: turn one domain's update lock on
//! or off.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforupdateprohibitionlock>

use crate::prohibition_lock_action::single_domain_lock_action;

single_domain_lock_action!(
    /// Turns a domain's update lock (`clientUpdateProhibited`) on or off in an asynchronous task;
    /// while it is on, its name servers and contacts cannot change.
    SaveSingleTaskForUpdateProhibitionLock,
    action = "SaveSingleTaskForUpdateProhibitionLock",
    task_type = "SET_UPDATE_PROHIBITED"
);
