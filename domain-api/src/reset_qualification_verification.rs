//! `ResetQualificationVerification`, Domain 2018-01-29: start the qualification review of a domain
//! over.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-resetqualificationverification>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Resets the qualification review of a domain whose suffix needs one (the Chinese `.餐厅` and `.商标`
/// domains), so that documents can be submitted again from the start.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "ResetQualificationVerification", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct ResetQualificationVerification {
    /// `InstanceId`: the domain's instance id, as `QueryDomainList` gives it. Required.
    pub instance_id: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
