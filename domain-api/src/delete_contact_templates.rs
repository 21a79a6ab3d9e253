//! `DeleteContactTemplates`, Domain 2018-01-29: delete several registrant profiles at once.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-deletecontacttemplates>

use crate::acknowledged::AcknowledgedResponse;

/// Deletes registrant profiles (the contact templates used to register domains and change their
/// owner) in one call; `DeleteRegistrantProfile` deletes one.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DeleteContactTemplates", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct DeleteContactTemplates {
    /// `RegistrantProfileIds`: the profiles to delete, their numbers separated by commas
    /// (`123,45,67`), as `QueryRegistrantProfiles` gives them. Required.
    pub registrant_profile_ids: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
}
