//! `DeleteSubDomainRecords`, Alidns 2015-01-09: remove every record of one host.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-deletesubdomainrecords>

use serde::Deserialize;

use crate::call_options::CallOptions;
use crate::types::RecordType;

/// Removes every record of host `RR` of `DomainName`, or only those of type `Type`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DeleteSubDomainRecords", product = crate::Alidns, response = DeleteSubDomainRecordsResponse)]
#[non_exhaustive]
pub struct DeleteSubDomainRecords {
    /// `DomainName` (required): the hosted domain.
    pub domain_name: String,
    /// `RR` (required): the host record, `@` for the domain itself.
    #[rpc(rename = "RR")]
    pub rr: String,
    /// `Type`: only records of this type (all types when absent).
    pub r#type: Option<RecordType>,
    /// `Lang`, `UserClientIp`.
    #[rpc(flatten, default)]
    pub options: CallOptions,
}

/// How many records were removed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DeleteSubDomainRecordsResponse {
    /// `RequestId`.
    pub request_id: String,
    /// `RR`: the host whose records were removed.
    #[serde(rename = "RR", default)]
    pub rr: Option<String>,
    /// `TotalCount`: how many were removed (the SDK types it as text; a number reads too).
    pub total_count: Option<u64>,
}
