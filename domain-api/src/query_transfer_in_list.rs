//! `QueryTransferInList`, Domain 2018-01-29: the account's transfers in, a page at a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querytransferinlist>

use crate::pagination::ListPage;
use crate::transfer_in_info::TransferInInfo;
use crate::types::Lang;

/// Lists the account's transfers in (domains moving to Alibaba Cloud from another registrar),
/// filtered by domain, stage and submission date. Stream every transfer with `client.items(..)`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryTransferInList", product = crate::Domain, response = ListPage<TransferInInfo>)]
#[non_exhaustive]
pub struct QueryTransferInList {
    /// `PageNum`: the page to read, counted from 1; a page stream moves it. Required.
    #[rpc(min = 1, page_number)]
    pub page_num: u32,
    /// `PageSize`: transfers per page. Required.
    pub page_size: u32,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `SubmissionStartDate`: only transfers asked for at or after this time, in milliseconds since
    /// the Unix epoch. Optional.
    pub submission_start_date: Option<i64>,
    /// `SubmissionEndDate`: only transfers asked for at or before this time, in milliseconds since
    /// the Unix epoch. Optional.
    pub submission_end_date: Option<i64>,
    /// `DomainName`: only this domain's transfer. Optional.
    pub domain_name: Option<String>,
    /// `SimpleTransferInStatus`: only transfers at this stage, as `SimpleTransferInStatus` names it
    /// (`INIT`, `SUCCESS`, `FAIL`, …). Optional.
    pub simple_transfer_in_status: Option<String>,
}
