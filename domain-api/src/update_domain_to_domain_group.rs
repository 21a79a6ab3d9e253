//! `UpdateDomainToDomainGroup`, Domain 2018-01-29: add domains to a domain group or replace its
//! domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-updatedomaintodomaingroup>

use aliyun_rpc::{ParamWriter, Problem};

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Adds domains to one of the account's domain groups, or replaces the group's domains, from a list
/// (`DataSource` 1, `DomainName`) or from an uploaded spreadsheet (`DataSource` 2, `FileToUpload`).
/// Replacing more than 1,000 domains from a file finishes in the background.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "UpdateDomainToDomainGroup", product = crate::Domain, response = AcknowledgedResponse, validate = check_data_source)]
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

/// The domains must be where `DataSource` says they are: a source the service documents, and
/// the list or the file that source names, given.
fn check_data_source(request: &UpdateDomainToDomainGroup, writer: &mut ParamWriter) {
    let file_given = request
        .file_to_upload
        .as_deref()
        .is_some_and(|file| !file.is_empty());
    let problem = match request.data_source {
        1 if request.domain_name.is_empty() => "has `DataSource=1` (a list) but no `DomainName`",
        2 if !file_given => "has `DataSource=2` (a file) but no `FileToUpload`",
        1 | 2 => return,
        _ => "has a `DataSource` other than 1 (a list of domains) or 2 (a file)",
    };
    writer.reject(Problem::Invalid(problem.into()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use aliyun_rpc::RpcAction;

    /// How many problems stop the request before it is sent.
    fn problems(request: &UpdateDomainToDomainGroup) -> usize {
        let mut writer = ParamWriter::new();
        request.write_params(&mut writer);
        writer.finish().err().map_or(0, |problems| problems.len())
    }

    fn from(data_source: i32, domains: &[&str], file: Option<&str>) -> UpdateDomainToDomainGroup {
        UpdateDomainToDomainGroup {
            domain_group_id: 7,
            replace: false,
            data_source,
            domain_name: domains.iter().map(|d| d.to_string()).collect(),
            file_to_upload: file.map(str::to_owned),
            user_client_ip: None,
            lang: None,
        }
    }

    #[test]
    fn the_domains_must_come_from_the_source_named() {
        assert_eq!(problems(&from(1, &["a.com"], None)), 0);
        assert_eq!(problems(&from(2, &[], Some("dGVzdA=="))), 0);
        assert_eq!(problems(&from(1, &[], Some("dGVzdA=="))), 1);
        assert_eq!(problems(&from(2, &["a.com"], None)), 1);
        assert_eq!(problems(&from(2, &[], Some(""))), 1);
        assert_eq!(problems(&from(3, &["a.com"], None)), 1);
    }
}
