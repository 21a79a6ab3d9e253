//! `QueryOperationAuditInfoDetail`, Domain 2018-01-29: one manual review of a self-service
//! operation.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryoperationauditinfodetail>

use crate::operation_audit::OperationAudit;
use crate::types::Lang;

/// Reads one review record of a self-service operation that needs manual review, such as an offline
/// domain transfer: what was submitted and where the review stands.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryOperationAuditInfoDetail", product = crate::Domain, response = OperationAudit)]
#[non_exhaustive]
pub struct QueryOperationAuditInfoDetail {
    /// `AuditRecordId`: the review record, as `QueryOperationAuditInfoList` gives it. Required.
    pub audit_record_id: i64,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}
