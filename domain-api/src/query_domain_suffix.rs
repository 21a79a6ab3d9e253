//! `QueryDomainSuffix`, Domain 2018-01-29: the suffixes the advanced search knows.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainsuffix>

use serde::Deserialize;

use crate::types::Lang;

/// Lists the domain suffixes the advanced listings (`QueryAdvancedDomainList`, `ScrollDomainList`)
/// can filter by.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryDomainSuffix", product = crate::Domain, response = QueryDomainSuffixResponse)]
#[non_exhaustive]
pub struct QueryDomainSuffix {
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// The suffixes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryDomainSuffixResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `SuffixList`: the suffixes (`SuffixList.Suffix[]`); the metadata's example sends them as one
    /// comma-separated entry, kept as sent.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub suffix_list: Vec<String>,
}
