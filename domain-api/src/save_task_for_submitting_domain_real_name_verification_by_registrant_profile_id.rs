//! `SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID`, Domain 2018-01-29:
//! submit a domain for real-name verification with a verified profile.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savetaskforsubmittingdomainrealnameverificationbyregistrantprofileid>

use serde::Deserialize;

use crate::types::Lang;

/// Submits one domain for real-name verification with a registrant profile that has passed its own
/// verification, in an asynchronous task. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID",
    product = crate::Domain,
    response = RealNameVerificationSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileId {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// `InstanceId`: the domain's instance id (`S2019...`, from
    /// [`QueryDomainList`](crate::QueryDomainList)); required.
    pub instance_id: String,
    /// `RegistrantProfileId`: the saved registrant profile to use (from `QueryRegistrantProfiles`);
    /// required.
    pub registrant_profile_id: i64,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}

/// The response of both real-name submissions (by profile, and by identity document): the task
/// queued, and whether the service accepted the submission.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RealNameVerificationSubmittedResponse {
    /// `RequestId`: quote it to Alibaba support.
    pub request_id: String,
    /// `TaskNo`: the task queued; follow it with
    /// [`QueryTaskDetailList`](crate::QueryTaskDetailList). Documented answers in XML leave it out,
    /// so it may be absent.
    pub task_no: Option<String>,
    /// `Success`: whether the submission was accepted; absent from most answers.
    pub success: Option<bool>,
}
