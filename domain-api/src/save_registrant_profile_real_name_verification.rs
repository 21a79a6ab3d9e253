//! `SaveRegistrantProfileRealNameVerification`, Domain 2018-01-29: save a registrant profile and
//! submit it for real-name verification.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-saveregistrantprofilerealnameverification>

use crate::registrant_profile::{RegistrantProfileDetails, RegistrantProfileSavedResponse};
use crate::types::Lang;

/// Creates or updates a registrant profile, like
/// [`SaveRegistrantProfile`](crate::SaveRegistrantProfile), and submits it with its holder's
/// identity document for real-name verification, which some registries require before a domain can
/// be used. Read the verdict with `QueryRegistrantProfileRealNameVerificationInfo`. Charges
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveRegistrantProfileRealNameVerification",
    product = crate::Domain,
    response = RegistrantProfileSavedResponse
)]
#[non_exhaustive]
pub struct SaveRegistrantProfileRealNameVerification {
    /// The profile's id (to update one) and its details (`RegistrantType`, `RegistrantProfileType`,
    /// the contact fields); each optional, sent without a prefix.
    #[rpc(flatten)]
    pub profile: RegistrantProfileDetails,
    /// `IdentityCredential`: the scan of the identity document, a JPG or BMP image of 55 KB to 1
    /// MB, Base64-encoded; optional in the metadata, but the verification needs it.
    pub identity_credential: Option<String>,
    /// `IdentityCredentialNo`: the document's number; optional.
    pub identity_credential_no: Option<String>,
    /// `IdentityCredentialType`: the kind of document (`SFZ` identity card, `HZ` passport, `YYZZ`
    /// business licence, …); optional.
    pub identity_credential_type: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
