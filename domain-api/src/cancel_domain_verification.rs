//! `CancelDomainVerification`, Domain 2018-01-29: withdraw a real-name verification that is under
//! review.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-canceldomainverification>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Withdraws a domain's real-name verification (or its contact's verification) while the registry
/// still reviews it, for example to submit corrected documents instead. The review is stopped;
/// nothing else about the domain changes.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "CancelDomainVerification", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct CancelDomainVerification {
    /// `InstanceId`: the domain's instance id (`S2019270W570xxxx`), as `QueryDomainList` gives it.
    /// Required.
    pub instance_id: String,
    /// `ActionType`: which review to withdraw: the domain's own, or its contact's. Required.
    pub action_type: VerificationReview,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}

/// `ActionType` of `CancelDomainVerification`: which review to withdraw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum VerificationReview {
    /// `DOMAINAUDIT`: the review of the domain's real-name verification.
    #[rpc(rename = "DOMAINAUDIT")]
    DomainAudit,
    /// `AUDITCONTACT`: the review of the domain's contact.
    #[rpc(rename = "AUDITCONTACT")]
    AuditContact,
}
