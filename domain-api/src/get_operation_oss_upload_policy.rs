//! `GetOperationOssUploadPolicy`, Domain 2018-01-29: an upload policy for the documents of a
//! reviewed operation.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-getoperationossuploadpolicy>

use serde::Deserialize;

use crate::types::Lang;

/// Gives a signed OSS upload policy for the documents an operation under manual review needs, such
/// as an offline domain transfer: post the files to `Host` under `FileDir` with this policy, then
/// submit the operation for review. The metadata counts it as a write, so it is not resent after an
/// ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "GetOperationOssUploadPolicy",
    product = crate::Domain,
    response = GetOperationOssUploadPolicyResponse,
    idempotent = false
)]
#[non_exhaustive]
pub struct GetOperationOssUploadPolicy {
    /// `AuditType`: the kind of review the documents are for: `1` an offline domain transfer.
    /// Required.
    pub audit_type: i32,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}

/// A signed OSS upload policy. The signature lets anyone who holds it upload until `ExpireTime`:
/// keep it out of logs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct GetOperationOssUploadPolicyResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Host`: the OSS address to post the files to.
    pub host: Option<String>,
    /// `FileDir`: the folder the files go in.
    pub file_dir: Option<String>,
    /// `Accessid`: the AccessKey id that signed the policy.
    pub accessid: Option<String>,
    /// `EncodedPolicy`: the upload policy, Base64-encoded.
    pub encoded_policy: Option<String>,
    /// `Signature`: the signature of the policy.
    pub signature: Option<String>,
    /// `ExpireTime`: when the policy expires, in milliseconds since the Unix epoch, as text.
    pub expire_time: Option<String>,
}
