//! `SaveTaskForUpdatingRegistrantInfoByRegistrantProfileID`, Domain 2018-01-29: change the
//! registrant of domains to a saved profile.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savetaskforupdatingregistrantinfobyregistrantprofileid>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Changes the registrant (the holder) of up to 1,000 domains to a saved, verified registrant
/// profile, in one asynchronous task. Charges nothing, but it is a change of ownership: see
/// `TransferOutProhibited`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveTaskForUpdatingRegistrantInfoByRegistrantProfileID",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveTaskForUpdatingRegistrantInfoByRegistrantProfileId {
    /// `DomainName.N`: the domains, 1 to 1,000; required.
    #[rpc(min_len = 1, max_len = 1000)]
    pub domain_name: Vec<String>,
    /// `RegistrantProfileId`: the saved registrant profile to use (from `QueryRegistrantProfiles`);
    /// required.
    pub registrant_profile_id: i64,
    /// `TransferOutProhibited`: whether to lock the domains against transfers out for 60 days after
    /// the change of registrant; required.
    pub transfer_out_prohibited: bool,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
