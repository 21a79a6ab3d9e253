//! `SetDomainRecordStatus`, Alidns 2015-01-09: pause or resume one DNS record.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-setdomainrecordstatus>

use serde::Deserialize;

use crate::call_options::CallOptions;
use crate::types::RecordStatus;

/// Pauses (`Disable`) or resumes (`Enable`) record `RecordId`; a paused record is kept but
/// not answered.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SetDomainRecordStatus", product = crate::Alidns, response = SetDomainRecordStatusResponse)]
#[non_exhaustive]
pub struct SetDomainRecordStatus {
    /// `RecordId` (required).
    pub record_id: String,
    /// `Status` (required).
    pub status: RecordStatus,
    /// `Lang`, `UserClientIp`.
    #[rpc(flatten, default)]
    pub options: CallOptions,
}

/// The record and its new state.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SetDomainRecordStatusResponse {
    /// `RequestId`.
    pub request_id: String,
    /// `RecordId`.
    pub record_id: String,
    /// `Status`: `Enable` or `Disable`, as the service writes it.
    pub status: Option<String>,
}
