//! `FuzzyMatchDomainSensitiveWord`, Domain 2018-01-29: check a keyword for sensitive words.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-fuzzymatchdomainsensitiveword>

use serde::Deserialize;

use crate::sensitive_words::MatchedSensitiveWord;
use crate::types::Lang;

/// Checks candidate domain names (or the words before their suffixes) against the registries' lists
/// of forbidden and restricted words, and tells which words matched. Use it before registering a
/// name; `BatchFuzzyMatchDomainSensitiveWord` answers per keyword.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "FuzzyMatchDomainSensitiveWord", product = crate::Domain, response = FuzzyMatchDomainSensitiveWordResponse, idempotent)]
#[non_exhaustive]
pub struct FuzzyMatchDomainSensitiveWord {
    /// `Keyword`: the keyword, or several separated by commas (`example`), without the suffix.
    /// Required.
    pub keyword: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}

/// The response: the outcome for the keyword, at the top level of the answer (the batch action
/// nests the same facts per keyword, as [`SensitiveWordMatch`](crate::SensitiveWordMatch)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct FuzzyMatchDomainSensitiveWordResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `Keyword`: the keyword as it was checked.
    #[serde(default)]
    pub keyword: Option<String>,
    /// `Exist`: `true` when the keyword contains a sensitive word.
    #[serde(default)]
    pub exist: Option<bool>,
    /// `MatchedSentiveWords.MatchedSensitiveWord` (the service misspells the wrapper): the words
    /// found; empty when `Exist` is `false`.
    #[serde(
        rename = "MatchedSentiveWords",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    pub matched_sensitive_words: Vec<MatchedSensitiveWord>,
}
