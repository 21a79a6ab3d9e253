//! `CancelOperationAudit`, Domain 2018-01-29: withdraw a self-service request that awaits review.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-canceloperationaudit>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Withdraws a self-service request (such as moving domains to another Alibaba Cloud account
/// offline) that Alibaba has not reviewed yet. Find the record's id with
/// `QueryOperationAuditInfoList`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "CancelOperationAudit", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct CancelOperationAudit {
    /// `AuditRecordId`: the review record to withdraw, as `SubmitOperationAuditInfo` or
    /// `QueryOperationAuditInfoList` gives it. Required.
    pub audit_record_id: i64,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
