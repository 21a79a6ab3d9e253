//! `DomainKnowledgeRetrieve`, Domain 2018-01-29: search Alibaba's knowledge base about domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-domainknowledgeretrieve>

use serde::Deserialize;

/// Searches Alibaba's help knowledge base about domains and returns the passages that best match a
/// keyword, most relevant first, each with its score and source. It reads only. Only the Tea SDK
/// knows this action; its parameters are described there alone.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DomainKnowledgeRetrieve", product = crate::Domain, response = DomainKnowledgeRetrieveResponse, idempotent)]
#[non_exhaustive]
pub struct DomainKnowledgeRetrieve {
    /// `Keyword`: the words to search for. Required.
    pub keyword: String,
    /// `GlobalTopN`: how many passages to return at most. Optional.
    pub global_top_n: Option<i32>,
    /// `Site`: which knowledge base to search: `cn` (mainland China site), `intl` (international
    /// site) or `all`. Optional.
    pub site: Option<String>,
}

/// The response: the passages found.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DomainKnowledgeRetrieveResponse {
    /// `RequestId`: the id of this call; quote it to Alibaba support.
    pub request_id: String,
    /// `Data`: the passages, most relevant first (empty when nothing matched).
    #[serde(default)]
    pub data: Vec<KnowledgePassage>,
}

/// One passage of the knowledge base.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct KnowledgePassage {
    /// `Score`: how well the passage matches; higher is better.
    #[serde(default)]
    pub score: Option<f64>,
    /// `Source`: where the passage comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// `Text`: the passage.
    #[serde(default)]
    pub text: Option<String>,
}
