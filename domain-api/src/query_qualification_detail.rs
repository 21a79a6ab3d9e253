//! `QueryQualificationDetail`, Domain 2018-01-29: the qualification review of a domain under a
//! restricted suffix.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryqualificationdetail>

use serde::Deserialize;

use crate::types::Lang;

/// Reads where the qualification review of a domain under a restricted suffix (such as `.餐厅` and
/// `.商标`) stands, and the documents it was given.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryQualificationDetail",
    product = crate::Domain,
    response = QueryQualificationDetailResponse
)]
#[non_exhaustive]
pub struct QueryQualificationDetail {
    /// `InstanceId`: the domain's instance id. Required.
    pub instance_id: String,
    /// `QualificationType`: the review's kind; the service documents only `knet`. Required.
    pub qualification_type: String,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}

/// The qualification review.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryQualificationDetailResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `AuditStatus`: `0` waiting for documents, `1` to `4` under review, `5` rejected, `6`
    /// approved, `7` cancelled.
    pub audit_status: Option<i32>,
    /// `TrackId`: the review's tracking number.
    pub track_id: Option<String>,
    /// `Credentials`: the documents submitted (`Credentials.QualificationCredential[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub credentials: Vec<QualificationDocument>,
}

/// A document of a qualification review.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QualificationDocument {
    /// `CredentialType`: the kind of document.
    pub credential_type: Option<String>,
    /// `CredentialNo`: the document's number.
    pub credential_no: Option<String>,
    /// `CredentialUrl`: where the document's image is.
    pub credential_url: Option<String>,
}
