//! The shapes the lock actions share: `DomainName` (one domain, or up to 1,000 in the batch
//! actions), `Status` (on or off), and the usual `UserClientIp` and `Lang`.

/// Declares one lock action: `$name` sent as `$action`, queuing a task of type `$task_type`,
/// for the domain or domains of the `domain_name` field the caller declares (its docs, rules and
/// type). The call sites spell `action = "…"` as an `#[rpc]` does, so that the metadata drift
/// test, which finds declarations by that text, checks these too.
macro_rules! lock_action {
    (
        $(#[$doc:meta])* $name:ident, action = $action:tt, task_type = $task_type:tt,
        $(#[$field:meta])* domain_name: $domains:ty
    ) => {
        $(#[$doc])*
        ///
        #[doc = concat!("The task it queues has type `", $task_type, "`; its response is a")]
        /// [`TaskSubmittedResponse`](crate::TaskSubmittedResponse).
        #[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
        #[rpc(action = $action, product = crate::Domain, response = crate::TaskSubmittedResponse)]
        #[non_exhaustive]
        pub struct $name {
            $(#[$field])*
            pub domain_name: $domains,
            /// `Status`: `true` turns the lock on, `false` off; required.
            pub status: bool,
            /// `UserClientIp`: the IP address of the end user the call is made for; optional.
            pub user_client_ip: Option<String>,
            /// `Lang`: the language of error messages (`en` unless given); optional.
            pub lang: Option<crate::Lang>,
        }
    };
}

/// Declares one single-domain lock action (see [`lock_action`]).
macro_rules! single_domain_lock_action {
    ($(#[$doc:meta])* $name:ident, action = $action:tt, task_type = $task_type:tt) => {
        crate::prohibition_lock_action::lock_action!(
            $(#[$doc])* $name, action = $action, task_type = $task_type,
            /// `DomainName`: the domain (`example.com`); required.
            #[rpc(non_empty, max_len = 253)]
            domain_name: String
        );

    };
}

/// Declares one batch lock action, for 1 to 1,000 domains (see [`lock_action`]).
macro_rules! batch_domain_lock_action {
    ($(#[$doc:meta])* $name:ident, action = $action:tt, task_type = $task_type:tt) => {
        crate::prohibition_lock_action::lock_action!(
            $(#[$doc])* $name, action = $action, task_type = $task_type,
            /// `DomainName.N`: the domains, 1 to 1,000; required.
            #[rpc(min_len = 1, max_len = 1000)]
            domain_name: Vec<String>
        );
    };
}

pub(crate) use {batch_domain_lock_action, lock_action, single_domain_lock_action};

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
