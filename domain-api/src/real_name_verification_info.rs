//! The documents a real-name verification was made with, for a domain or a registrant profile.

use serde::Deserialize;

/// The identity document behind a real-name verification. A domain's answer names the domain and
/// its instance; a registrant profile's names the profile.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RealNameVerificationInfo {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `DomainName`: the domain (a domain's verification only).
    pub domain_name: Option<String>,
    /// `InstanceId`: the domain's instance id (a domain's verification only).
    pub instance_id: Option<String>,
    /// `RegistrantProfileId`: the registrant profile (a profile's verification only).
    pub registrant_profile_id: Option<i64>,
    /// `IdentityCredentialType`: the kind of document: `SFZ` identity card, `HZ` passport, `YYZZ`
    /// business licence, `ORG` organization code certificate, `XYDM` unified social credit code
    /// certificate, `TXZ` Hong Kong and Macao travel permit, and others.
    pub identity_credential_type: Option<String>,
    /// `IdentityCredentialNo`: the document's number.
    pub identity_credential_no: Option<String>,
    /// `IdentityCredential`: the document's image, Base64-encoded (only when asked for with
    /// `FetchImage`).
    pub identity_credential: Option<String>,
    /// `IdentityCredentialUrl`: where to download the document's image.
    pub identity_credential_url: Option<String>,
    /// `SubmissionDate`: when the document was submitted, as the service formats it.
    pub submission_date: Option<String>,
    /// `ModificationDate`: when the document was last changed (a profile's verification only).
    pub modification_date: Option<String>,
}
