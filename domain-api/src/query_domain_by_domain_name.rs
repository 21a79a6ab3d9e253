//! `QueryDomainByDomainName`, Domain 2018-01-29: one domain's details.
//! <https://www.alibabacloud.com/help/doc-detail/121704.html>

use serde::Deserialize;

use crate::types::{Lang, Tag};

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

/// One domain's details (of `QueryDomainByDomainName` and `QueryDomainByInstanceId`); the fields
/// sit at the top level, with no `Data` wrapper.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryDomainByDomainNameResponse {
    /// `RequestId`.
    pub request_id: String,
    /// `DomainName`.
    pub domain_name: String,
    /// `InstanceId`.
    pub instance_id: Option<String>,
    /// `UserId`.
    pub user_id: Option<String>,
    /// `ExpirationDate`, e.g. `2019-12-07 17:02:13` (a different format from `QueryDomainList`).
    pub expiration_date: Option<String>,
    /// `ExpirationDateLong`: ms since the epoch.
    pub expiration_date_long: Option<i64>,
    /// `ExpirationCurrDateDiff`: days until expiration.
    pub expiration_curr_date_diff: Option<i64>,
    /// `ExpirationDateStatus`.
    pub expiration_date_status: Option<String>,
    /// `RegistrationDate`.
    pub registration_date: Option<String>,
    /// `RegistrationDateLong`: ms since the epoch.
    pub registration_date_long: Option<i64>,
    /// `DomainStatus`.
    pub domain_status: Option<String>,
    /// `DomainType`.
    pub domain_type: Option<String>,
    /// `DomainGroupId` (an integer here).
    pub domain_group_id: Option<i64>,
    /// `DomainGroupName`.
    pub domain_group_name: Option<String>,
    /// `Premium`.
    pub premium: Option<bool>,
    /// `RegistrantType`.
    pub registrant_type: Option<String>,
    /// `Registrar`.
    pub registrar: Option<String>,
    /// `Remark`.
    pub remark: Option<String>,
    /// `ResourceGroupId`.
    pub resource_group_id: Option<String>,
    /// `Email`: the registrant's address.
    pub email: Option<String>,
    /// `RegistrantName`.
    pub registrant_name: Option<String>,
    /// `RegistrantOrganization`.
    pub registrant_organization: Option<String>,
    /// `RealNameStatus`.
    pub real_name_status: Option<String>,
    /// `DomainNameProxyService`.
    pub domain_name_proxy_service: Option<bool>,
    /// `EmailVerificationStatus`: `0` not verified, `1` verified.
    pub email_verification_status: Option<i64>,
    /// `EmailVerificationClientHold`: whether the domain is on `clientHold` because the
    /// registrant's email address was not verified.
    pub email_verification_client_hold: Option<bool>,
    /// `DomainNameVerificationStatus`: the review of the name itself: `NONAUDIT`, `AUDITING`,
    /// `SUCCEED` or `FAILED`.
    pub domain_name_verification_status: Option<String>,
    /// `RegistrantUpdatingStatus`: `PENDING` while a registrant change is under way, else `NORMAL`.
    pub registrant_updating_status: Option<String>,
    /// `RegistrantInfoStatus`: the state of the registrant's details, such as `NORMAL` (only the
    /// metadata's XML example of `QueryDomainByInstanceId` shows it).
    pub registrant_info_status: Option<String>,
    /// `TransferOutStatus`: `PENDING` while the domain is being transferred away, else `NORMAL`.
    pub transfer_out_status: Option<String>,
    /// `TransferProhibitionLock`: the transfer lock: `OPEN` (set), `CLOSE` or `NONE_SETTING`.
    pub transfer_prohibition_lock: Option<String>,
    /// `UpdateProhibitionLock`: the update (security) lock: `OPEN`, `CLOSE` or `NONE_SETTING`.
    pub update_prohibition_lock: Option<String>,
    /// `ZhRegistrantName`: the contact's name in Chinese.
    pub zh_registrant_name: Option<String>,
    /// `ZhRegistrantOrganization`: the registrant's name in Chinese.
    pub zh_registrant_organization: Option<String>,
    /// `DnsList`: the domain's name servers. The metadata's example sends them as one
    /// comma-separated entry; the list keeps the entries as sent.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub dns_list: Vec<String>,
    /// `Tag`: the domain's tags (empty when it has none).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub tag: Vec<Tag>,
}
