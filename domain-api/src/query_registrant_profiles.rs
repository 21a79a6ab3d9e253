//! `QueryRegistrantProfiles`, Domain 2018-01-29: the account's registrant profiles, a page at a
//! time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryregistrantprofiles>

use serde::Deserialize;

use crate::pagination::ListPage;
use crate::types::Lang;

/// Lists the account's registrant profiles (the reusable registrant details, with their real-name
/// verification, that registrations and registrant changes refer to), filtered by holder, state and
/// kind. Stream every profile with `client.items(..)`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryRegistrantProfiles",
    product = crate::Domain,
    response = ListPage<RegistrantProfileSummary>
)]
#[non_exhaustive]
pub struct QueryRegistrantProfiles {
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `RegistrantOrganization`: only profiles of this holder (in Latin letters). Optional.
    pub registrant_organization: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `RegistrantProfileId`: only this profile. Optional.
    pub registrant_profile_id: Option<i64>,
    /// `DefaultRegistrantProfile`: only the default profile (`true`) or only the others. Optional.
    pub default_registrant_profile: Option<bool>,
    /// `PageNum`: the page to read, counted from 1; a page stream moves it. Optional.
    #[rpc(min = 1, page_number)]
    pub page_num: Option<u32>,
    /// `PageSize`: profiles per page, at most 5000. Optional.
    pub page_size: Option<u32>,
    /// `ZhRegistrantOrganization`: only profiles of this holder (in Chinese). Optional.
    pub zh_registrant_organization: Option<String>,
    /// `RegistrantType`: only holders of this kind: `1` individuals, `2` organizations. Optional.
    pub registrant_type: Option<String>,
    /// `RealNameStatus`: only profiles whose real-name verification is in this state. Optional.
    pub real_name_status: Option<RealNameStatus>,
    /// `Email`: only profiles with this email address. Optional.
    pub email: Option<String>,
    /// `RegistrantProfileType`: only profiles of this kind: `common`, or `cnnic` (for `.cn` domains
    /// of the international site). Optional.
    pub registrant_profile_type: Option<String>,
    /// `Remark`: only profiles with this remark. Optional.
    pub remark: Option<String>,
}

/// `RealNameStatus` of `QueryRegistrantProfiles`: where a profile's real-name verification stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "UPPERCASE")]
pub enum RealNameStatus {
    /// `NONAUDIT`: not verified.
    Nonaudit,
    /// `AUDITING`: under review.
    Auditing,
    /// `SUCCEED`: verified.
    Succeed,
    /// `FAILED`: rejected.
    Failed,
}

/// A registrant profile. The `Zh…` fields repeat the others in Chinese.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RegistrantProfileSummary {
    /// `RegistrantProfileId`: the profile's id.
    pub registrant_profile_id: Option<i64>,
    /// `RegistrantProfileType`: `common`, or `cnnic` (for `.cn` domains of the international site).
    pub registrant_profile_type: Option<String>,
    /// `DefaultRegistrantProfile`: whether it is the account's default profile.
    pub default_registrant_profile: Option<bool>,
    /// `RegistrantType`: `1` an individual, `2` an organization.
    pub registrant_type: Option<String>,
    /// `RegistrantName`: the contact's name.
    pub registrant_name: Option<String>,
    /// `RegistrantOrganization`: the holder's name.
    pub registrant_organization: Option<String>,
    /// `Email`: the email address.
    pub email: Option<String>,
    /// `EmailVerificationStatus`: `0` the address is not verified, `1` verified.
    pub email_verification_status: Option<i32>,
    /// `RealNameStatus`: the real-name verification: `NONAUDIT`, `AUDITING`, `SUCCEED` or `FAILED`.
    pub real_name_status: Option<String>,
    /// `CredentialType`: the kind of identity document verified.
    pub credential_type: Option<String>,
    /// `CredentialNo`: the identity document's number.
    pub credential_no: Option<String>,
    /// `TelArea`: the telephone's country code (`86` for China).
    pub tel_area: Option<String>,
    /// `Telephone`: the telephone number.
    pub telephone: Option<String>,
    /// `TelExt`: the telephone extension.
    pub tel_ext: Option<String>,
    /// `Country`: the country code (`CN`, `US`).
    pub country: Option<String>,
    /// `Province`: the province or state.
    pub province: Option<String>,
    /// `City`: the city.
    pub city: Option<String>,
    /// `Address`: the street address.
    pub address: Option<String>,
    /// `PostalCode`: the postal code.
    pub postal_code: Option<String>,
    /// `ZhRegistrantName`: the contact's name, in Chinese.
    pub zh_registrant_name: Option<String>,
    /// `ZhRegistrantOrganization`: the holder's name, in Chinese.
    pub zh_registrant_organization: Option<String>,
    /// `ZhProvince`: the province, in Chinese.
    pub zh_province: Option<String>,
    /// `ZhCity`: the city, in Chinese.
    pub zh_city: Option<String>,
    /// `ZhAddress`: the street address, in Chinese.
    pub zh_address: Option<String>,
    /// `CreateTime`: when the profile was created.
    pub create_time: Option<String>,
    /// `UpdateTime`: when the profile was last changed.
    pub update_time: Option<String>,
}
