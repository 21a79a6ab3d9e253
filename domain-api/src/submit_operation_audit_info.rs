//! `SubmitOperationAuditInfo`, Domain 2018-01-29: submit a self-service request for review.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-submitoperationauditinfo>

use serde::Deserialize;

use crate::types::Lang;

/// Submits a self-service request for Alibaba to review, such as moving domains to another Alibaba
/// Cloud account offline (`AuditType` 1). The answer gives the review record's id, to which
/// `SubmitOperationCredentials` adds the documents; giving `Id` updates that record instead of
/// creating one.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SubmitOperationAuditInfo", product = crate::Domain, response = SubmitOperationAuditInfoResponse)]
#[non_exhaustive]
pub struct SubmitOperationAuditInfo {
    /// `DomainName`: the domains concerned, separated by commas (`example.com,example.cn`).
    /// Required.
    pub domain_name: String,
    /// `AuditType`: the kind of request: `1`, moving domains to another account offline, is the
    /// only one documented. Required.
    pub audit_type: i32,
    /// `AuditInfo`: the request's details as a JSON object whose keys depend on `AuditType` (for a
    /// transfer: the holder's type, name, id number, telephone, the receiving account, a reason and
    /// a remark). Optional.
    pub audit_info: Option<String>,
    /// `Id`: the review record to update, when the request is submitted again. Optional.
    pub id: Option<i64>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}

/// The response: the review record.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SubmitOperationAuditInfoResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `Id`: the review record, for `SubmitOperationCredentials` and `CancelOperationAudit`.
    pub id: Option<i64>,
}
