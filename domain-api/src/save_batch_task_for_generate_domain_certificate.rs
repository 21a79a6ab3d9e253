//! `SaveBatchTaskForGenerateDomainCertificate`, Domain 2018-01-29: generate the registration
//! certificates of several domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforgeneratedomaincertificate>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Generates the registration certificates of several domains in one asynchronous task: the
/// documents, issued by Alibaba Cloud, that show who holds each domain. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForGenerateDomainCertificate",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveBatchTaskForGenerateDomainCertificate {
    /// `DomainNames`: the domains, sent as one JSON array (`["a.com","b.net"]`); required.
    #[rpc(json)]
    pub domain_names: Vec<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}

#[cfg(test)]
mod tests {
    use aliyun_rpc::RpcAction;

    use super::*;
    use crate::test_wire::sent;

    #[test]
    fn the_domains_go_as_one_json_array() {
        let request = SaveBatchTaskForGenerateDomainCertificate {
            domain_names: vec!["a.com".into(), "例子.cn".into()],
            user_client_ip: None,
            lang: None,
        };
        assert_eq!(
            sent(|writer| request.write_params(writer)).unwrap(),
            [r#"DomainNames=["a.com","例子.cn"]"#]
        );
    }
}
