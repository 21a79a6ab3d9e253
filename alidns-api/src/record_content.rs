//! What a record answers, as `AddDomainRecord` and `UpdateDomainRecord` send it.

use crate::types::RecordType;

/// A record's host, type and value, and optionally its TTL, MX priority and resolution line:
/// the parameters `AddDomainRecord` and `UpdateDomainRecord` share, written without a prefix
/// (`RR=www&Type=A&Value=192.0.2.1`).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct RecordContent {
    /// `RR` (required): the host record, `@` for the domain itself, `*` for a wildcard.
    #[rpc(rename = "RR")]
    pub rr: String,
    /// `Type` (required).
    pub r#type: RecordType,
    /// `Value` (required): the address, name or text to answer with.
    pub value: String,
    /// `TTL`: seconds resolvers may cache the answer, 1 to 86400 (default 600; the domain's
    /// edition sets the smallest it allows).
    #[rpc(rename = "TTL", min = 1, max = 86400)]
    pub ttl: Option<i64>,
    /// `Priority`: an MX record's priority (needed for MX), 0 to 65535; lower is preferred.
    #[rpc(min = 0, max = 65535)]
    pub priority: Option<i64>,
    /// `Line`: the resolution line (default `default`).
    pub line: Option<String>,
}
