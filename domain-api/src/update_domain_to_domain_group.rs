//! `UpdateDomainToDomainGroup`, Domain 2018-01-29: add domains to a domain group or replace its
//! domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-updatedomaintodomaingroup>

use crate::accepted::AcceptedResponse;
use crate::types::Lang;

/// Adds domains to one of the account's domain groups, or replaces the group's domains, from a list
/// (`DataSource` 1, `DomainName`) or from an uploaded spreadsheet (`DataSource` 2, `FileToUpload`).
/// Replacing more than 1,000 domains from a file finishes in the background.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "UpdateDomainToDomainGroup", product = crate::Domain, response = AcceptedResponse)]
#[non_exhaustive]
pub struct UpdateDomainToDomainGroup {
    /// `DomainGroupId`: the group, as `QueryDomainGroupList` gives it. Required.
    pub domain_group_id: i64,
    /// `Replace`: `true` to replace the group's domains with these, `false` to add these to them.
    /// Required.
    pub replace: bool,
    /// `DataSource`: where the domains come from: `1` the `DomainName` list, `2` the `FileToUpload`
    /// spreadsheet. Required.
    pub data_source: i32,
    /// `DomainName.N`: the domains, when `DataSource` is 1 (at most 1,000). Optional.
    #[rpc(max_len = 1000)]
    pub domain_name: Vec<String>,
    /// `FileToUpload`: an `xls` or `xlsx` file of at most 2 MB with one domain per row,
    /// Base64-encoded, when `DataSource` is 2; sent in the form body. Optional.
    #[rpc(body)]
    pub file_to_upload: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
