//! What the sensitive-word checks answer for one keyword: whether the registry's list of
//! forbidden words matches it, and which words matched.

use serde::Deserialize;

/// The outcome of checking one keyword (a domain name or the part before its suffix): the whole
/// answer of `FuzzyMatchDomainSensitiveWord`, and each item of the answer of
/// `BatchFuzzyMatchDomainSensitiveWord`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SensitiveWordMatch {
    /// `RequestId`: the id of the call, when this is the whole answer
    /// (`FuzzyMatchDomainSensitiveWord`); `None` on the items of a batch answer, which carries
    /// its id once.
    pub request_id: Option<String>,
    /// `Keyword`: the keyword as it was checked.
    pub keyword: Option<String>,
    /// `Exist`: `true` when the keyword contains a sensitive word, so a domain made of it
    /// cannot be registered as it is.
    pub exist: Option<bool>,
    /// `MatchedSentiveWords.MatchedSensitiveWord` (the service misspells the wrapper): the
    /// sensitive words found; empty when `Exist` is `false`.
    #[serde(
        rename = "MatchedSentiveWords",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    pub matched_sensitive_words: Vec<MatchedSensitiveWord>,
}

/// One sensitive word found in a keyword.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct MatchedSensitiveWord {
    /// `Word`: the word.
    pub word: Option<String>,
}
