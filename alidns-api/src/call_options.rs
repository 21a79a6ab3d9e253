//! The two parameters most Alidns actions take besides their own.

use crate::types::Lang;

/// The language of the service's messages and the end user's address, which most Alidns actions
/// accept; written without a prefix (`Lang=en&UserClientIp=…`). Both are optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct CallOptions {
    /// `Lang`: the language of messages (the service's default is Chinese for most actions).
    pub lang: Option<Lang>,
    /// `UserClientIp`: the end user's address, for the service's logs.
    pub user_client_ip: Option<String>,
}

impl CallOptions {
    /// Messages in `lang`.
    pub fn in_language(lang: Lang) -> CallOptions {
        CallOptions {
            lang: Some(lang),
            user_client_ip: None,
        }
    }
}
