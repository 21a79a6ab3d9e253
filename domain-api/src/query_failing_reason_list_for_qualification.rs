//! `QueryFailingReasonListForQualification`, Domain 2018-01-29: why a qualification review failed.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryfailingreasonlistforqualification>

use crate::fail_reasons::FailReasonsResponse;
use crate::types::Lang;

/// Lists why the qualification review of a domain under a restricted suffix (such as `.餐厅` and
/// `.商标`) failed.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryFailingReasonListForQualification",
    product = crate::Domain,
    response = FailReasonsResponse
)]
#[non_exhaustive]
pub struct QueryFailingReasonListForQualification {
    /// `QualificationType`: the review's kind; the service documents only `knet`. Required.
    pub qualification_type: String,
    /// `InstanceId`: the domain's instance id. Required.
    pub instance_id: String,
    /// `Limit`: how many entries to return. Required.
    pub limit: i32,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}
