//! `SaveBatchDomainRemark`, Domain 2018-01-29: set the remark of several domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchdomainremark>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Sets (or, with no `Remark`, clears) the private note shown beside each of several domains in the
/// console and in [`QueryDomainList`](crate::QueryDomainList). The change is immediate: no task is
/// queued. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SaveBatchDomainRemark", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct SaveBatchDomainRemark {
    /// `InstanceIds`: the instance ids of the domains, separated by commas (`S1,S2`); the service
    /// suggests groups of 10 and takes at most 50 per call; required.
    pub instance_ids: String,
    /// `Remark`: the note; optional.
    pub remark: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
