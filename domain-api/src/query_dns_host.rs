//! `QueryDnsHost`, Domain 2018-01-29: the name-server hosts registered under a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydnshost>

use serde::Deserialize;

use crate::types::Lang;

/// Lists the DNS hosts (glue records: name servers named under the domain itself, such as
/// `ns1.example.com`) registered at the registry for a domain, with their IP addresses.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryDnsHost", product = crate::Domain, response = QueryDnsHostResponse)]
#[non_exhaustive]
pub struct QueryDnsHost {
    /// `InstanceId`: the domain's instance id, as `QueryDomainList` gives it. Required.
    pub instance_id: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// The domain's DNS hosts.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryDnsHostResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `DnsHostList`: the hosts.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub dns_host_list: Vec<DnsHostEntry>,
}

/// A DNS host and its addresses.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DnsHostEntry {
    /// `DnsName`: the host's name below the domain (`ns3`).
    pub dns_name: Option<String>,
    /// `IpList`: its IP addresses; the metadata's example sends them as one comma-separated entry,
    /// kept as sent.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub ip_list: Vec<String>,
}
