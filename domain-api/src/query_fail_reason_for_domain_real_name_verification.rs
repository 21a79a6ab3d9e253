//! `QueryFailReasonForDomainRealNameVerification`, Domain 2018-01-29: why a domain's real-name
//! verification failed.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryfailreasonfordomainrealnameverification>

use crate::fail_reasons::FailReasonsResponse;
use crate::types::Lang;

/// Lists why a domain's real-name verification (with the review of the name itself) failed, for a
/// registration, a registrant change or a transfer in.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryFailReasonForDomainRealNameVerification",
    product = crate::Domain,
    response = FailReasonsResponse
)]
#[non_exhaustive]
pub struct QueryFailReasonForDomainRealNameVerification {
    /// `DomainName`: the domain. Required.
    pub domain_name: String,
    /// `RealNameVerificationAction`: the operation whose verification failed: `ACTIVATE` a
    /// registration, `CHGHOLDER` a registrant change, `TRANSFER` a transfer in. Required.
    pub real_name_verification_action: String,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}
