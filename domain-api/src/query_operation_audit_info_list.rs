//! `QueryOperationAuditInfoList`, Domain 2018-01-29: the manual reviews of self-service operations,
//! a page at a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryoperationauditinfolist>

use crate::operation_audit::OperationAudit;
use crate::pagination::ListPage;
use crate::types::Lang;

/// Lists the account's review records of self-service operations that need manual review, such as
/// offline domain transfers. Stream every record with `client.items(..)`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryOperationAuditInfoList",
    product = crate::Domain,
    response = ListPage<OperationAudit>
)]
#[non_exhaustive]
pub struct QueryOperationAuditInfoList {
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `DomainName`: only reviews of this domain. Optional.
    pub domain_name: Option<String>,
    /// `AuditType`: only reviews of this kind: `1` an offline domain transfer. Optional.
    pub audit_type: Option<i32>,
    /// `AuditStatus`: only reviews in this state: `0` waiting for documents, `1` to `4` under
    /// review, `5` rejected, `6` approved, `7` cancelled. Optional.
    pub audit_status: Option<i32>,
    /// `PageSize`: records per page. Optional.
    pub page_size: Option<u32>,
    /// `PageNum`: the page to read, counted from 1; a page stream moves it. Optional.
    #[rpc(min = 1, page_number)]
    pub page_num: Option<u32>,
}
