//! A time filter of `DescribeInstances`, sent as `Filter.N.Key` and `Filter.N.Value`.

/// One filter: a `Key` (`CreationStartTime`, `CreationEndTime`, `ExpiredStartTime`,
/// `ExpiredEndTime`) and its `Value` (a UTC time, `2017-12-05T22:40Z`).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
pub struct Filter {
    /// `Key`: what the value bounds.
    pub key: Option<String>,
    /// `Value`: the bound.
    pub value: Option<String>,
}
