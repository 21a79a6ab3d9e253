//! `CancelQualificationVerification`, Domain 2018-01-29: withdraw the qualification review of a
//! domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-cancelqualificationverification>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Withdraws the qualification review that some suffixes need before they are usable (the Chinese
/// `.餐厅` and `.商标` domains, reviewed by KNET). Use it to stop a review started with the wrong
/// documents; `ResetQualificationVerification` starts over instead.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "CancelQualificationVerification", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct CancelQualificationVerification {
    /// `InstanceId`: the domain's instance id, as `QueryDomainList` gives it. Required.
    pub instance_id: String,
    /// `QualificationType`: the kind of review; the only documented value is `knet`. Required.
    pub qualification_type: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
