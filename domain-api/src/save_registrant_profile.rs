//! `SaveRegistrantProfile`, Domain 2018-01-29: create or update a registrant profile.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-saveregistrantprofile>

use crate::registrant_profile::{RegistrantProfileDetails, RegistrantProfileSavedResponse};
use crate::types::Lang;

/// Creates a registrant profile (without `RegistrantProfileId`) or updates one (with it): a
/// holder's details saved under an id that orders and contact changes can then name. The change is
/// immediate: no task is queued. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveRegistrantProfile",
    product = crate::Domain,
    response = RegistrantProfileSavedResponse
)]
#[non_exhaustive]
pub struct SaveRegistrantProfile {
    /// The profile's id (to update one) and its details (`RegistrantType`, `RegistrantProfileType`,
    /// the contact fields); each optional, sent without a prefix.
    #[rpc(flatten)]
    pub profile: RegistrantProfileDetails,
    /// `DefaultRegistrantProfile`: whether this becomes the account's default profile (it does not
    /// unless asked); optional.
    pub default_registrant_profile: Option<bool>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
