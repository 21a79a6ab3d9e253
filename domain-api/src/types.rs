//! Value types shared by several Domain actions.

/// The language of error messages (`Lang`): English unless asked otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "lowercase")]
pub enum Lang {
    /// `zh`: Chinese.
    Zh,
    /// `en`: English (the service's default).
    #[default]
    En,
}
