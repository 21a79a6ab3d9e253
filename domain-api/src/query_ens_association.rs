//! `QueryEnsAssociation`, Domain 2018-01-29: the wallet a domain is bound to in ENS.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryensassociation>

use crate::ens_association::EnsAssociationResponse;
use crate::types::Lang;

/// Reads the wallet address a domain is bound to in the Ethereum Name Service itself;
/// `QueryLocalEnsAssociation` reads the address Alibaba Cloud has on record.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryEnsAssociation", product = crate::Domain, response = EnsAssociationResponse)]
#[non_exhaustive]
pub struct QueryEnsAssociation {
    /// `DomainName`: the domain. Required.
    pub domain_name: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}
