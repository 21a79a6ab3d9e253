//! `DomainKnowledgeRetrieve`, Domain 2018-01-29: search Alibaba's knowledge base about domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-domainknowledgeretrieve>

use serde::Deserialize;

/// Searches Alibaba's help knowledge base about domains and returns the passages that match a
/// keyword, each with its relevance score and source. It only reads. Only the Tea SDK knows this
/// action; its parameters are described there alone.
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
    /// `Data`: the passages found (empty when nothing matched).
    #[serde(default)]
    pub data: Vec<KnowledgePassage>,
}

/// One passage of the knowledge base.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct KnowledgePassage {
    /// `Score`: how well the passage matches; higher is better.
    pub score: Option<f64>,
    /// `Source`: where the passage comes from.
    pub source: Option<String>,
    /// `Text`: the passage.
    pub text: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    // The response metadata has no example of this action; these bodies follow the Tea SDK's
    // model of the answer (`Data`, a bare list), in both formats.
    #[test]
    fn passages_are_read_from_a_list_or_a_lone_element() {
        let json = br#"{"RequestId": "R-2", "Data": [
            {"Score": 0.92, "Source": "help", "Text": "Renew before expiry."},
            {"Score": 0.5, "Source": "faq", "Text": "Transfers take days."}]}"#;
        let answer =
            aliyun_rpc::decode_response::<DomainKnowledgeRetrieve>(200, json).expect("decodes");
        assert_eq!(answer.request_id, "R-2");
        assert_eq!(answer.data.len(), 2);
        assert_eq!(answer.data[0].score, Some(0.92));
        assert_eq!(answer.data[1].source.as_deref(), Some("faq"));
        let xml = b"<DomainKnowledgeRetrieveResponse><RequestId>R-2</RequestId>            <Data><Score>0.92</Score><Source>help</Source><Text>Renew.</Text></Data>            </DomainKnowledgeRetrieveResponse>";
        let answer =
            aliyun_rpc::decode_response::<DomainKnowledgeRetrieve>(200, xml).expect("decodes");
        assert_eq!(answer.data.len(), 1);
        assert_eq!(answer.data[0].text.as_deref(), Some("Renew."));
    }
}
