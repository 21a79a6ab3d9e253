//! `QueryDomainSpecialBizInfoByDomain`, Domain 2018-01-29: a domain's special business of one kind.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainspecialbizinfobydomain>

use crate::module_envelope::ModuleEnvelope;
use crate::special_biz::SpecialBiz;

/// Reads a domain's special business of one kind (a registration or change that needs approval
/// beyond the usual checks, such as a `.gov.cn` registration): its stage, registrant and documents.
/// The metadata counts it as both a read and a write, so it is not resent after an ambiguous
/// failure.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryDomainSpecialBizInfoByDomain",
    product = crate::Domain,
    response = ModuleEnvelope<SpecialBiz>,
    idempotent = false
)]
#[non_exhaustive]
pub struct QueryDomainSpecialBizInfoByDomain {
    /// `DomainName`: the domain; sent in the form body. Required.
    #[rpc(body)]
    pub domain_name: String,
    /// `BizType`: the kind of business, such as `govRegister`; sent in the form body. Required.
    #[rpc(body)]
    pub biz_type: String,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}
