//! The shape both single-domain lock actions share: `DomainName`, `Status` (on or off), and the
//! usual `UserClientIp` and `Lang`.

/// Declares one single-domain lock action: `$name` sent as `$action`, queuing a task of type
/// `$task_type`. The call site spells `action = "…"` as an `#[rpc]` does, so that the metadata
/// drift test, which finds declarations by that text, checks these too.
macro_rules! single_domain_lock_action {
    ($(#[$doc:meta])* $name:ident, action = $action:tt, task_type = $task_type:tt) => {
        $(#[$doc])*
        ///
        #[doc = concat!("The task it queues has type `", $task_type, "`; its response is a")]
        /// [`TaskSubmittedResponse`](crate::TaskSubmittedResponse).
        #[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
        #[rpc(action = $action, product = crate::Domain, response = crate::TaskSubmittedResponse)]
        #[non_exhaustive]
        pub struct $name {
            /// `DomainName`.
            #[rpc(non_empty, max_len = 253)]
            pub domain_name: String,
            /// `Status`: `true` turns the lock on, `false` off.
            pub status: bool,
            /// `UserClientIp`.
            pub user_client_ip: Option<String>,
            /// `Lang`: the language of error messages.
            pub lang: Option<crate::Lang>,
        }
    };
}

pub(crate) use single_domain_lock_action;

#[cfg(test)]
mod tests {
    use aliyun_rpc::{ParamWriter, RpcAction};

    use crate::{SaveSingleTaskForTransferProhibitionLock, SaveSingleTaskForUpdateProhibitionLock};

    fn sent(action: &impl RpcAction) -> Vec<(String, String)> {
        let mut writer = ParamWriter::new();
        action.write_params(&mut writer);
        let params = writer.finish().expect("a valid request");
        params
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }

    #[test]
    fn both_lock_actions_send_the_domain_and_the_status_under_their_own_action() {
        let on = SaveSingleTaskForTransferProhibitionLock::new("a.com", true);
        let off = SaveSingleTaskForUpdateProhibitionLock::new("b.com", false);
        let pair = |name: &str, value: &str| (name.to_owned(), value.to_owned());
        assert_eq!(
            sent(&on),
            [pair("DomainName", "a.com"), pair("Status", "true")]
        );
        assert_eq!(
            sent(&off),
            [pair("DomainName", "b.com"), pair("Status", "false")]
        );
        assert_eq!(
            <SaveSingleTaskForUpdateProhibitionLock as RpcAction>::ACTION,
            "SaveSingleTaskForUpdateProhibitionLock"
        );
        let mut writer = ParamWriter::new();
        SaveSingleTaskForTransferProhibitionLock::new("", true).write_params(&mut writer);
        assert!(writer.finish().is_err(), "an empty domain is refused");
    }
}
