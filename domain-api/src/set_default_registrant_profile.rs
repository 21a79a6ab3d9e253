//! `SetDefaultRegistrantProfile`, Domain 2018-01-29: make a registrant profile the default.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-setdefaultregistrantprofile>

use crate::acknowledged::AcknowledgedResponse;

/// Makes a registrant profile the account's default, the one new registrations use when no profile
/// is named.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SetDefaultRegistrantProfile", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct SetDefaultRegistrantProfile {
    /// `RegistrantProfileId`: the profile, as `QueryRegistrantProfiles` gives it. Required.
    pub registrant_profile_id: i64,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
}
