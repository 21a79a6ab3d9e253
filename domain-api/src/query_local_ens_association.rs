//! `QueryLocalEnsAssociation`, Domain 2018-01-29: the ENS wallet Alibaba Cloud has on record for a
//! domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querylocalensassociation>

use crate::ens_association::EnsAssociationResponse;
use crate::types::Lang;

/// Reads the Ethereum Name Service wallet address Alibaba Cloud has on record for a domain;
/// `QueryEnsAssociation` reads the one ENS itself holds.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryLocalEnsAssociation",
    product = crate::Domain,
    response = EnsAssociationResponse
)]
#[non_exhaustive]
pub struct QueryLocalEnsAssociation {
    /// `DomainName`: the domain. Required.
    pub domain_name: String,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}
