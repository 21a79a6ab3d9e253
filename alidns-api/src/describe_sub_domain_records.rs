//! `DescribeSubDomainRecords`, Alidns 2015-01-09: the records of one full host name.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describesubdomainrecords>

use crate::call_options::CallOptions;
use crate::record::RecordsPage;
use crate::types::RecordType;

/// Lists the records of one name, such as `www.example.com`, page by page.
///
/// Without `DomainName` the service takes the last two labels of `SubDomain` as the domain
/// (`a.www.example.com` is host `a.www` of `example.com`); give `DomainName` when the hosted
/// domain is longer (`www.example.com.cn`).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeSubDomainRecords", product = crate::Alidns, response = RecordsPage)]
#[non_exhaustive]
pub struct DescribeSubDomainRecords {
    /// `SubDomain` (required): the full name, `www.example.com`.
    pub sub_domain: String,
    /// `DomainName`: the hosted domain the name belongs to.
    pub domain_name: Option<String>,
    /// `PageNumber`: the page, counted from 1; a page stream moves it.
    #[rpc(min = 1, page_number)]
    pub page_number: Option<i64>,
    /// `PageSize`: records per page. The metadata allows 500, the SDK's notes say 100, which
    /// `new` asks for.
    #[rpc(min = 1, max = 500, default = Some(100))]
    pub page_size: Option<i64>,
    /// `Type`: only records of this type.
    pub r#type: Option<RecordType>,
    /// `Line`: only records of this resolution line.
    pub line: Option<String>,
    /// `Lang`, `UserClientIp`.
    #[rpc(flatten, default)]
    pub options: CallOptions,
}
