//! `DeleteRegistrantProfile`, Domain 2018-01-29: delete a registrant profile.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-deleteregistrantprofile>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Deletes one registrant profile (a contact template); it is gone as soon as the call succeeds. To
/// delete several in one call, use `DeleteContactTemplates`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DeleteRegistrantProfile", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct DeleteRegistrantProfile {
    /// `RegistrantProfileId`: the profile to delete, as `QueryRegistrantProfiles` gives it.
    /// Required.
    pub registrant_profile_id: i64,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
