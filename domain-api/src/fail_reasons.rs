//! The answer of the actions that list why a review failed: a real-name verification of a domain
//! or of a registrant profile, or a qualification review.

use serde::Deserialize;

/// The reasons a review failed, most recent first as the service orders them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct FailReasonsResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Data`: one entry per failed review.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub data: Vec<FailReason>,
}

/// One failed review.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct FailReason {
    /// `Date`: when the review was made, as the service formats it (`2017-03-17 11:08:02`).
    pub date: Option<String>,
    /// `FailReason`: why it failed, in the service's words.
    pub fail_reason: Option<String>,
    /// `DomainNameVerificationStatus`: for a domain only, the review of the name itself:
    /// `NONAUDIT`, `AUDITING`, `SUCCEED` or `FAILED`.
    pub domain_name_verification_status: Option<String>,
}
