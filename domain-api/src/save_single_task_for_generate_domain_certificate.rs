//! `SaveSingleTaskForGenerateDomainCertificate`, Domain 2018-01-29: generate the registration
//! certificate of one domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforgeneratedomaincertificate>

use crate::single_domain_task_action::single_domain_task_action;

single_domain_task_action!(
    /// Generates the registration certificate of one domain: the document, issued by Alibaba Cloud,
    /// that shows who holds the domain. Charges nothing; for several domains use
    /// [`SaveBatchTaskForGenerateDomainCertificate`](crate::SaveBatchTaskForGenerateDomainCertificate).
    SaveSingleTaskForGenerateDomainCertificate,
    action = "SaveSingleTaskForGenerateDomainCertificate"
);
