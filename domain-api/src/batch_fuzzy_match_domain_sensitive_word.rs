//! `BatchFuzzyMatchDomainSensitiveWord`, Domain 2018-01-29: check several keywords for sensitive
//! words at once.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-batchfuzzymatchdomainsensitiveword>

use serde::Deserialize;

use crate::sensitive_words::SensitiveWordMatch;
use crate::types::Lang;

/// Checks several candidate domain names (or keywords) against the registries' lists of forbidden
/// and restricted words, and tells for each one which words matched. Use it before registering
/// names in bulk; for a single keyword, `FuzzyMatchDomainSensitiveWord` answers the same in a
/// flatter shape.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "BatchFuzzyMatchDomainSensitiveWord", product = crate::Domain, response = BatchFuzzyMatchDomainSensitiveWordResponse, idempotent)]
#[non_exhaustive]
pub struct BatchFuzzyMatchDomainSensitiveWord {
    /// `Keyword`: the keywords or domain names to check, separated by commas
    /// (`example.com,aliyundoc.com`). Required.
    pub keyword: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}

/// The response: one result per keyword given.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct BatchFuzzyMatchDomainSensitiveWordResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `SensitiveWordMatchResultList.SensitiveWordMatchResult`: each keyword's outcome.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub sensitive_word_match_result_list: Vec<SensitiveWordMatch>,
}
