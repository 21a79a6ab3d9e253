//! Value types several Alidns actions share: record types and states, search modes, the
//! response language, tags.

use serde::Deserialize;

/// The type of a DNS record (`Type`), as Alidns names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "UPPERCASE")]
pub enum RecordType {
    /// `A`: an IPv4 address.
    A,
    /// `AAAA`: an IPv6 address.
    Aaaa,
    /// `CNAME`: another name this one stands for.
    Cname,
    /// `MX`: a mail server, with a priority.
    Mx,
    /// `TXT`: free text (SPF, verification tokens).
    Txt,
    /// `NS`: a name server the subdomain is delegated to.
    Ns,
    /// `SRV`: a service's host and port.
    Srv,
    /// `CAA`: which certificate authorities may issue for the name.
    Caa,
    /// `REDIRECT_URL`: an HTTP redirect Alidns answers itself (the address bar changes).
    #[rpc(rename = "REDIRECT_URL")]
    RedirectUrl,
    /// `FORWARD_URL`: a page Alidns frames (the address bar keeps the name).
    #[rpc(rename = "FORWARD_URL")]
    ForwardUrl,
}

/// Whether a record is answered (`Status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum RecordStatus {
    /// `Enable`: answered.
    Enable,
    /// `Disable`: kept but paused.
    Disable,
}

/// The language of the service's messages (`Lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "lowercase")]
pub enum Lang {
    /// `zh`: Chinese (the service's default for most actions).
    Zh,
    /// `en`: English.
    En,
}

/// How `DescribeDomains` matches its `KeyWord` (`SearchMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "UPPERCASE")]
pub enum DomainSearchMode {
    /// `LIKE`: the keyword anywhere in the name, ignoring case (the default).
    Like,
    /// `EXACT`: the whole name.
    Exact,
}

/// How `DescribeDomainRecords` filters (`SearchMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "UPPERCASE")]
pub enum RecordSearchMode {
    /// `LIKE`: `KeyWord` anywhere in the host record or value.
    Like,
    /// `EXACT`: `KeyWord` as the whole host record or value.
    Exact,
    /// `ADVANCED`: the separate keywords and filters (`RRKeyWord`, `TypeKeyWord`, `Type`, …).
    Advanced,
    /// `COMBINATION`: the keywords and filters combined.
    Combination,
}

/// A sort direction (`Direction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "UPPERCASE")]
pub enum SortDirection {
    /// `ASC`: oldest first.
    Asc,
    /// `DESC`: newest first (the default).
    Desc,
}

/// A tag of a hosted domain, as answers give it (`Tags.Tag[]`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(default)]
    pub key: String,
    /// `Value`.
    pub value: Option<String>,
}
