//! `DomainSpecialBizCancel`, Domain 2018-01-29: cancel a special-business procedure.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-domainspecialbizcancel>

use crate::special_biz_result::SpecialBizResultResponse;

/// Cancels a special-business procedure of a domain (a registry procedure outside the ordinary
/// flows) that has not finished. The answer is Alibaba's generic envelope: check its `Success`
/// field.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DomainSpecialBizCancel", product = crate::Domain, response = SpecialBizResultResponse)]
#[non_exhaustive]
pub struct DomainSpecialBizCancel {
    /// `BizId`: the procedure to cancel, as `QueryDomainSpecialBizInfoByDomain` gives it; sent in
    /// the form body. Required.
    #[rpc(body)]
    pub biz_id: i64,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
}
