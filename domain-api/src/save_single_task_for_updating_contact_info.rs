//! `SaveSingleTaskForUpdatingContactInfo`, Domain 2018-01-29: change a contact of one domain to a
//! saved profile.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforupdatingcontactinfo>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Changes one WHOIS contact of one domain to a saved registrant profile, in an asynchronous task.
/// Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForUpdatingContactInfo",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForUpdatingContactInfo {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// `InstanceId`: the domain's instance id (`S2019...`); optional.
    pub instance_id: Option<String>,
    /// `RegistrantProfileId`: the saved registrant profile to use (from `QueryRegistrantProfiles`);
    /// required.
    pub registrant_profile_id: i64,
    /// `ContactType`: which contact to change: `registrant`, `admin`, `billing` or `tech` (the
    /// metadata lists no fixed values for this action, so it is plain text here); required.
    pub contact_type: String,
    /// `AddTransferLock`: for a change of registrant, whether to lock the domain against transfers
    /// out for 60 days afterwards (the default is not to); optional.
    pub add_transfer_lock: Option<bool>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
