//! `AddDomainRecord`, Alidns 2015-01-09: add one DNS record to a hosted domain.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-adddomainrecord>

use crate::record_changed::RecordChanged;
use crate::types::{Lang, RecordType};

/// Adds a record: host `RR` of `DomainName` answers `Value` for type `Type`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "AddDomainRecord", product = crate::Alidns, response = AddDomainRecordResponse)]
#[non_exhaustive]
pub struct AddDomainRecord {
    /// `DomainName` (required): the hosted domain.
    pub domain_name: String,
    /// `RR` (required): the host record, `@` for the domain itself, `*` for a wildcard.
    #[rpc(rename = "RR")]
    pub rr: String,
    /// `Type` (required).
    pub r#type: RecordType,
    /// `Value` (required): the address, name or text to answer with.
    pub value: String,
    /// `TTL`: seconds resolvers may cache the answer, 1 to 86400 (default 600; the edition
    /// sets the smallest allowed).
    #[rpc(rename = "TTL", min = 1, max = 86400)]
    pub ttl: Option<i64>,
    /// `Priority`: an MX record's priority (needed for MX), 0 to 65535; lower is preferred.
    #[rpc(min = 0, max = 65535)]
    pub priority: Option<i64>,
    /// `Line`: the resolution line (default `default`).
    pub line: Option<String>,
    /// `Lang`: the language of messages.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the end user's address, for the service's logs.
    pub user_client_ip: Option<String>,
}

impl AddDomainRecord {
    /// A record of `domain_name`: host `rr` answers `value` as a `record_type` record.
    pub fn new(
        domain_name: impl Into<String>,
        rr: impl Into<String>,
        record_type: RecordType,
        value: impl Into<String>,
    ) -> AddDomainRecord {
        AddDomainRecord {
            domain_name: domain_name.into(),
            rr: rr.into(),
            r#type: record_type,
            value: value.into(),
            ttl: None,
            priority: None,
            line: None,
            lang: None,
            user_client_ip: None,
        }
    }
}

/// The new record's id.
pub type AddDomainRecordResponse = RecordChanged;
