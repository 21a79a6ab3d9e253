//! `VerifyContactField`, Domain 2018-01-29: check contact details before using them.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-verifycontactfield>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Checks contact details against the registry's rules without saving them, so that a registrant
/// profile or a contact change is not refused later. A success means the fields given are
/// acceptable; a refusal arrives as an error. Which fields a registry needs varies, so every one is
/// optional; `DomainName` checks them for that domain's registry.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "VerifyContactField", product = crate::Domain, response = AcknowledgedResponse, idempotent)]
#[non_exhaustive]
pub struct VerifyContactField {
    /// `DomainName`: the domain whose registry's rules apply. Optional.
    pub domain_name: Option<String>,
    /// `RegistrantType`: the holder's type: `1` a person, `2` a company. Optional.
    pub registrant_type: Option<String>,
    /// `RegistrantName`: the contact's name, in Latin letters. Optional.
    pub registrant_name: Option<String>,
    /// `RegistrantOrganization`: the holder's name (a person or a company), in Latin letters.
    /// Optional.
    pub registrant_organization: Option<String>,
    /// `Country`: the country, as a two-letter code (`CN`, `US`). Optional.
    pub country: Option<String>,
    /// `Province`: the province or state, in Latin letters. Optional.
    pub province: Option<String>,
    /// `City`: the city, in Latin letters. Optional.
    pub city: Option<String>,
    /// `Address`: the street address, in Latin letters. Optional.
    pub address: Option<String>,
    /// `PostalCode`: the postal code. Optional.
    pub postal_code: Option<String>,
    /// `Email`: the email address. Optional.
    pub email: Option<String>,
    /// `TelArea`: the telephone's country calling code (`86` for China). Optional.
    pub tel_area: Option<String>,
    /// `Telephone`: the telephone number. Optional.
    pub telephone: Option<String>,
    /// `TelExt`: the telephone extension. Optional.
    pub tel_ext: Option<String>,
    /// `ZhRegistrantName`: the contact's name in Chinese (China site only). Optional.
    pub zh_registrant_name: Option<String>,
    /// `ZhRegistrantOrganization`: the holder's name in Chinese (China site only). Optional.
    pub zh_registrant_organization: Option<String>,
    /// `ZhProvince`: the province in Chinese (China site only). Optional.
    pub zh_province: Option<String>,
    /// `ZhCity`: the city in Chinese (China site only). Optional.
    pub zh_city: Option<String>,
    /// `ZhAddress`: the street address in Chinese (China site only). Optional.
    pub zh_address: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
