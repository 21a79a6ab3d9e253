//! `RegistrantProfileRealNameVerification`, Domain 2018-01-29: submit real-name verification for a
//! registrant profile.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-registrantprofilerealnameverification>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Submits an identity document for a registrant profile's real-name verification (needed for
/// domains under Chinese rules). The registry's review takes 3 to 5 working days; read its outcome
/// with `QueryRegistrantProfiles`. The image goes in the form body, so the call is a POST.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "RegistrantProfileRealNameVerification", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct RegistrantProfileRealNameVerification {
    /// `RegistrantProfileID`: the profile to verify, as `QueryRegistrantProfiles` gives it.
    /// Required.
    #[rpc(rename = "RegistrantProfileID")]
    pub registrant_profile_id: i64,
    /// `IdentityCredentialType`: the kind of document, such as `SFZ` (identity card), `HZ`
    /// (passport), `YYZZ` (business licence), `ORG`, `XYDM` or `TXZ`. Required.
    pub identity_credential_type: String,
    /// `IdentityCredentialNo`: the document's number exactly as printed on it (for a company, the
    /// 18-character unified social credit code). Required.
    pub identity_credential_no: String,
    /// `IdentityCredential`: the document's image, JPG or BMP of 55 KB to 1 MB, Base64-encoded;
    /// sent in the form body. Required.
    #[rpc(body)]
    pub identity_credential: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
