//! `QueryDomainByInstanceId`, Domain 2018-01-29: one domain's details, by instance id.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainbyinstanceid>

use crate::query_domain_by_domain_name::QueryDomainByDomainNameResponse;
use crate::types::Lang;

/// Reads one domain by its instance id: the same details as `QueryDomainByDomainName` (expiration,
/// registrant, locks, name servers, tags).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryDomainByInstanceId",
    product = crate::Domain,
    response = QueryDomainByDomainNameResponse
)]
#[non_exhaustive]
pub struct QueryDomainByInstanceId {
    /// `InstanceId`: the domain's instance id, as `QueryDomainList` gives it. Required.
    pub instance_id: String,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}
