//! `FuzzyMatchDomainSensitiveWord`, Domain 2018-01-29: check a keyword for sensitive words.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-fuzzymatchdomainsensitiveword>

use crate::sensitive_words::SensitiveWordMatch;
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

/// The response: the outcome for the keyword, with the call's `RequestId` beside it at the top
/// level of the answer (the batch action answers the same shape once per keyword).
pub type FuzzyMatchDomainSensitiveWordResponse = SensitiveWordMatch;
