//! A tag of a request, sent as `Tag.N.Key` and `Tag.N.Value`.

/// One tag: `Key` and `Value`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[rpc(no_constructor)] // `new` takes both parts, which the metadata leaves optional.
pub struct Tag {
    /// `Key`: the tag's key.
    pub key: Option<String>,
    /// `Value`: the tag's value.
    pub value: Option<String>,
}

impl Tag {
    /// The tag `key` = `value`.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Tag {
        Tag {
            key: Some(key.into()),
            value: Some(value.into()),
        }
    }
}
