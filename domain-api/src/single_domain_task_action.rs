//! The shape of the many actions that queue a task for one domain and take nothing but the
//! domain (and the usual `UserClientIp` and `Lang`): cancelling or approving a transfer,
//! requesting the authorization code, synchronizing DNSSEC records, and the like.

/// Declares one action that takes only `DomainName`, `UserClientIp` and `Lang` and answers with
/// the task it queues. The call site spells `action = "…"` as an `#[rpc]` does, so that the
/// metadata drift test, which finds declarations by that text, checks these too.
macro_rules! single_domain_task_action {
    ($(#[$doc:meta])* $name:ident, action = $action:tt) => {
        $(#[$doc])*
        ///
        /// Its response is a [`TaskSubmittedResponse`](crate::TaskSubmittedResponse): follow the
        /// task with [`QueryTaskDetailList`](crate::QueryTaskDetailList).
        #[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
        #[rpc(action = $action, product = crate::Domain, response = crate::TaskSubmittedResponse)]
        #[non_exhaustive]
        pub struct $name {
            /// `DomainName`: the domain the task is for (`example.com`); required.
            pub domain_name: String,
            /// `UserClientIp`: the IP address of the end user the call is made for; optional.
            pub user_client_ip: Option<String>,
            /// `Lang`: the language of error messages (`en` unless given); optional.
            pub lang: Option<crate::Lang>,
        }
    };
}

pub(crate) use single_domain_task_action;

#[cfg(test)]
mod tests {
    use aliyun_rpc::RpcAction;

    use crate::test_wire::sent;
    use crate::{Lang, SaveSingleTaskForCancelingTransferIn};

    #[test]
    fn the_domain_and_the_language_are_sent_under_the_action_s_own_name() {
        let request = SaveSingleTaskForCancelingTransferIn {
            domain_name: "example.com".into(),
            user_client_ip: None,
            lang: Some(Lang::Zh),
        };
        assert_eq!(
            sent(|writer| request.write_params(writer)).unwrap(),
            ["DomainName=example.com", "Lang=zh"]
        );
        assert_eq!(
            <SaveSingleTaskForCancelingTransferIn as RpcAction>::ACTION,
            "SaveSingleTaskForCancelingTransferIn"
        );
    }
}
