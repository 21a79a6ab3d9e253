//! `QueryContactInfo`, Domain 2018-01-29: one contact of a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querycontactinfo>

use serde::Deserialize;

use crate::contact_details::ContactType;
use crate::types::Lang;

/// Reads one of a domain's WHOIS contacts (the registrant, or the administrative, billing or
/// technical contact), in Latin letters and, for Chinese registrants, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryContactInfo", product = crate::Domain, response = QueryContactInfoResponse)]
#[non_exhaustive]
pub struct QueryContactInfo {
    /// `DomainName`: the domain. Required.
    pub domain_name: String,
    /// `ContactType`: which contact to read. Required.
    pub contact_type: ContactType,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
}

/// A domain contact. The `Zh…` fields repeat the others in Chinese.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryContactInfoResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `RegistrantName`: the contact's name.
    pub registrant_name: Option<String>,
    /// `RegistrantOrganization`: the domain holder's name.
    pub registrant_organization: Option<String>,
    /// `Email`: the email address.
    pub email: Option<String>,
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
    /// `ZhRegistrantOrganization`: the domain holder's name, in Chinese.
    pub zh_registrant_organization: Option<String>,
    /// `ZhProvince`: the province, in Chinese.
    pub zh_province: Option<String>,
    /// `ZhCity`: the city, in Chinese.
    pub zh_city: Option<String>,
    /// `ZhAddress`: the street address, in Chinese.
    pub zh_address: Option<String>,
    /// `CreateDate`: when the domain was registered, as the service formats it.
    pub create_date: Option<String>,
}
