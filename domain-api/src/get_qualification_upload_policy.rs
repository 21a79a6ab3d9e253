//! `GetQualificationUploadPolicy`, Domain 2018-01-29: an upload policy for qualification documents.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-getqualificationuploadpolicy>

use serde::Deserialize;

use crate::types::Lang;

/// Gives a signed OSS upload policy for the qualification documents that domains under restricted
/// suffixes (such as `.餐厅` and `.商标`) need: post the files to `Host` under `Dir`, then submit them
/// for review. The metadata counts it as a write, so it is not resent after an ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "GetQualificationUploadPolicy",
    product = crate::Domain,
    response = GetQualificationUploadPolicyResponse,
    idempotent = false
)]
#[non_exhaustive]
pub struct GetQualificationUploadPolicy {
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// A signed OSS upload policy. The signature lets anyone who holds it upload until `Expire`: keep
/// it out of logs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct GetQualificationUploadPolicyResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Host`: the OSS endpoint to post the files to.
    pub host: Option<String>,
    /// `Dir`: the folder the files go in.
    pub dir: Option<String>,
    /// `Prefix`: the prefix of the files' names, with `${filename}` where the file's own name goes.
    pub prefix: Option<String>,
    /// `Accessid`: the AccessKey id that signed the policy.
    pub accessid: Option<String>,
    /// `Policy`: the upload policy, Base64-encoded.
    pub policy: Option<String>,
    /// `Signature`: the signature of the policy.
    pub signature: Option<String>,
    /// `Expire`: when the policy expires, in milliseconds since the Unix epoch, as text.
    pub expire: Option<String>,
}
