//! `QueryDomainSpecialBizDetail`, Domain 2018-01-29: a special business of a domain, by id.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainspecialbizdetail>

use crate::module_envelope::ModuleEnvelope;
use crate::special_biz::SpecialBiz;

/// Reads a special business (a registration or change that needs approval beyond the usual checks,
/// such as a `.gov.cn` registration) by its id: its stage, registrant, documents and order. The
/// metadata counts it as both a read and a write, so it is not resent after an ambiguous failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryDomainSpecialBizDetail",
    product = crate::Domain,
    response = ModuleEnvelope<SpecialBiz>,
    idempotent = false
)]
#[non_exhaustive]
pub struct QueryDomainSpecialBizDetail {
    /// `BizId`: the special business's id; sent in the form body. Optional.
    #[rpc(body)]
    pub biz_id: Option<i64>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}
