//! `SubmitOperationCredentials`, Domain 2018-01-29: submit the documents of a self-service request.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-submitoperationcredentials>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Adds the identity documents to a self-service request submitted with `SubmitOperationAuditInfo`,
/// after uploading them (`GetOperationOssUploadPolicy` gives where). The request is reviewed once
/// its documents are in.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SubmitOperationCredentials", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct SubmitOperationCredentials {
    /// `AuditRecordId`: the review record, as `SubmitOperationAuditInfo` gives it. Optional.
    pub audit_record_id: Option<i64>,
    /// `RegType`: the holder's type: `1` a person, `2` a company. Optional.
    pub reg_type: Option<i32>,
    /// `AuditType`: the kind of request: `1`, moving domains to another account offline. Optional.
    pub audit_type: Option<i32>,
    /// `Credentials`: the documents as a JSON array of `{"credentialType": …, "credentialUrl": …}`
    /// objects. Optional.
    pub credentials: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
