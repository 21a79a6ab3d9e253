//! `QueryFailReasonForRegistrantProfileRealNameVerification`, Domain 2018-01-29: why a registrant
//! profile's real-name verification failed.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryfailreasonforregistrantprofilerealnameverification>

use crate::fail_reasons::FailReasonsResponse;
use crate::types::Lang;

/// Lists why a registrant profile's real-name verification failed.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryFailReasonForRegistrantProfileRealNameVerification",
    product = crate::Domain,
    response = FailReasonsResponse
)]
#[non_exhaustive]
pub struct QueryFailReasonForRegistrantProfileRealNameVerification {
    /// `RegistrantProfileID`: the registrant profile, as `QueryRegistrantProfiles` gives it.
    /// Required.
    #[rpc(rename = "RegistrantProfileID")]
    pub registrant_profile_id: i64,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}
