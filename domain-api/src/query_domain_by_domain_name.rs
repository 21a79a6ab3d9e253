//! `QueryDomainByDomainName`, Domain 2018-01-29: one domain's details.
//! <https://www.alibabacloud.com/help/doc-detail/121704.html>

use serde::Deserialize;

use crate::types::Lang;

/// Reads one domain, including its current `ExpirationDateLong`: the check after a renewal, and
/// the reconciliation step before resubmitting one whose outcome is unknown.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryDomainByDomainName", product = crate::Domain, response = QueryDomainByDomainNameResponse, idempotent)]
#[non_exhaustive]
pub struct QueryDomainByDomainName {
    /// `DomainName`.
    #[rpc(non_empty, max_len = 253)]
    pub domain_name: String,
    /// `Lang`: the language of error messages.
    pub lang: Option<Lang>,
    /// `UserClientIp`.
    pub user_client_ip: Option<String>,
}

impl QueryDomainByDomainName {
    /// Reads `domain_name`.
    pub fn new(domain_name: impl Into<String>) -> QueryDomainByDomainName {
        QueryDomainByDomainName {
            domain_name: domain_name.into(),
            lang: None,
            user_client_ip: None,
        }
    }
}

/// One domain's details; the fields sit at the top level, with no `Data` wrapper.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryDomainByDomainNameResponse {
    /// `RequestId`.
    pub request_id: String,
    /// `DomainName`.
    pub domain_name: String,
    /// `InstanceId`.
    #[serde(default)]
    pub instance_id: Option<String>,
    /// `UserId`.
    #[serde(default)]
    pub user_id: Option<String>,
    /// `ExpirationDate`, e.g. `2019-12-07 17:02:13` (a different format from `QueryDomainList`).
    #[serde(default)]
    pub expiration_date: Option<String>,
    /// `ExpirationDateLong`: ms since the epoch.
    #[serde(default)]
    pub expiration_date_long: Option<i64>,
    /// `ExpirationCurrDateDiff`: days until expiration.
    #[serde(default)]
    pub expiration_curr_date_diff: Option<i64>,
    /// `ExpirationDateStatus`.
    #[serde(default)]
    pub expiration_date_status: Option<String>,
    /// `RegistrationDate`.
    #[serde(default)]
    pub registration_date: Option<String>,
    /// `RegistrationDateLong`: ms since the epoch.
    #[serde(default)]
    pub registration_date_long: Option<i64>,
    /// `DomainStatus`.
    #[serde(default)]
    pub domain_status: Option<String>,
    /// `DomainType`.
    #[serde(default)]
    pub domain_type: Option<String>,
    /// `DomainGroupId` (an integer here).
    #[serde(default)]
    pub domain_group_id: Option<i64>,
    /// `DomainGroupName`.
    #[serde(default)]
    pub domain_group_name: Option<String>,
    /// `Premium`.
    #[serde(default)]
    pub premium: Option<bool>,
    /// `RegistrantType`.
    #[serde(default)]
    pub registrant_type: Option<String>,
    /// `Registrar`.
    #[serde(default)]
    pub registrar: Option<String>,
    /// `Remark`.
    #[serde(default)]
    pub remark: Option<String>,
    /// `ResourceGroupId`.
    #[serde(default)]
    pub resource_group_id: Option<String>,
    /// `Email`: the registrant's address.
    #[serde(default)]
    pub email: Option<String>,
    /// `RegistrantName`.
    #[serde(default)]
    pub registrant_name: Option<String>,
    /// `RegistrantOrganization`.
    #[serde(default)]
    pub registrant_organization: Option<String>,
    /// `RealNameStatus`.
    #[serde(default)]
    pub real_name_status: Option<String>,
    /// `DomainNameProxyService`.
    #[serde(default)]
    pub domain_name_proxy_service: Option<bool>,
    /// `EmailVerificationStatus`: `0` not verified, `1` verified.
    #[serde(default)]
    pub email_verification_status: Option<i64>,
}
