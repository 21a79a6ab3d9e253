//! `QueryRegistrantProfileRealNameVerificationInfo`, Domain 2018-01-29: the document a registrant
//! profile's real-name verification was made with.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryregistrantprofilerealnameverificationinfo>

use crate::real_name_verification_info::RealNameVerificationInfo;
use crate::types::Lang;

/// Reads the identity document a registrant profile's real-name verification used: its kind,
/// number, and, when asked, its image.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryRegistrantProfileRealNameVerificationInfo",
    product = crate::Domain,
    response = RealNameVerificationInfo
)]
#[non_exhaustive]
pub struct QueryRegistrantProfileRealNameVerificationInfo {
    /// `RegistrantProfileId`: the registrant profile, as `QueryRegistrantProfiles` gives it.
    /// Required.
    pub registrant_profile_id: i64,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `FetchImage`: also return the document's image, Base64-encoded (`false` by default).
    /// Optional.
    pub fetch_image: Option<bool>,
}
