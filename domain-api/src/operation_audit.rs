//! One manual review of a self-service operation (such as an offline transfer), as a listing's item
//! or a look-up's whole answer.

use serde::Deserialize;

/// A self-service operation under manual review, and where the review stands.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct OperationAudit {
    /// `RequestId`: the request's id, when the record is the whole answer
    /// (`QueryOperationAuditInfoDetail`); absent in a listing's items.
    pub request_id: Option<String>,
    /// `Id`: the review record's id (a number in listings, text in the detail).
    pub id: Option<String>,
    /// `DomainName`: the domains concerned, comma-separated.
    pub domain_name: Option<String>,
    /// `AuditType`: the kind of operation: `1` an offline domain transfer.
    pub audit_type: Option<i32>,
    /// `AuditStatus`: `0` waiting for documents, `1` to `4` under review, `5` rejected, `6`
    /// approved, `7` cancelled.
    pub audit_status: Option<i32>,
    /// `AuditInfo`: what was submitted for review, as the JSON text the service keeps.
    pub audit_info: Option<String>,
    /// `BusinessName`: the operation's name as the service shows it.
    pub business_name: Option<String>,
    /// `Remark`: the reviewer's remark.
    pub remark: Option<String>,
    /// `CreateTime`: when the record was created, in milliseconds since the Unix epoch.
    pub create_time: Option<i64>,
    /// `UpdateTime`: when the record was last changed, in milliseconds since the Unix epoch.
    pub update_time: Option<i64>,
}
