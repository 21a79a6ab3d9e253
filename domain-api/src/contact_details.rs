//! The registrant and contact fields that the ordering, contact-change and registrant-profile
//! actions share: who holds or runs a domain, where they live and how to reach them.

/// A contact's name, organization, e-mail and postal address, in Latin letters and, for
/// registries that want them (`.cn` and other CNNIC domains), in Chinese.
///
/// Every field is optional here because the actions that flatten it accept a saved registrant
/// profile instead; when no profile is given, the service needs the Latin name, address, city,
/// province, country, postal code and e-mail, and refuses the order or change without them.
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct ContactDetails {
    /// `RegistrantName`: the person's full name, in Latin letters.
    pub registrant_name: Option<String>,
    /// `RegistrantOrganization`: the organization's name, in Latin letters (for a person, often
    /// the person's name again).
    pub registrant_organization: Option<String>,
    /// `Email`: the e-mail address the registry and registrar write to.
    pub email: Option<String>,
    /// `Country`: the country, as a two-letter ISO 3166 code (`CN`, `US`).
    pub country: Option<String>,
    /// `Province`: the province or state, in Latin letters.
    pub province: Option<String>,
    /// `City`: the city, in Latin letters.
    pub city: Option<String>,
    /// `Address`: the street address, in Latin letters.
    pub address: Option<String>,
    /// `PostalCode`: the postal code.
    pub postal_code: Option<String>,
    /// `ZhRegistrantName`: the person's name in Chinese.
    pub zh_registrant_name: Option<String>,
    /// `ZhRegistrantOrganization`: the organization's name in Chinese.
    pub zh_registrant_organization: Option<String>,
    /// `ZhProvince`: the province in Chinese.
    pub zh_province: Option<String>,
    /// `ZhCity`: the city in Chinese.
    pub zh_city: Option<String>,
    /// `ZhAddress`: the street address in Chinese.
    pub zh_address: Option<String>,
}

/// A contact's telephone number, split the way registries store it (`+86.571-12345678 x89`).
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct ContactPhone {
    /// `TelArea`: the country calling code, digits only (`86`, `1`).
    pub tel_area: Option<String>,
    /// `Telephone`: the number without the calling code.
    pub telephone: Option<String>,
    /// `TelExt`: the extension, if any.
    pub tel_ext: Option<String>,
}

/// `RegistrantType`: whether the holder of a domain is a person or an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum RegistrantType {
    /// `1`: a private person.
    #[rpc(rename = "1")]
    Individual,
    /// `2`: a company or another organization.
    #[rpc(rename = "2")]
    Organization,
}

/// `ContactType`: which of a domain's four WHOIS contacts a change applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "lowercase")]
pub enum ContactType {
    /// `registrant`: the holder of the domain; changing it is a change of ownership.
    Registrant,
    /// `admin`: the administrative contact.
    Admin,
    /// `billing`: the contact who pays.
    Billing,
    /// `tech`: the technical contact.
    Tech,
}

#[cfg(test)]
mod tests {
    use aliyun_rpc::RpcParams;

    use super::*;
    use crate::test_wire::sent;

    #[test]
    fn flattened_contact_fields_are_sent_without_a_prefix_and_unset_ones_not_at_all() {
        let details = ContactDetails {
            registrant_name: Some("Li Lei".into()),
            country: Some("CN".into()),
            zh_city: Some("杭州".into()),
            ..ContactDetails::default()
        };
        let phone = ContactPhone {
            tel_area: Some("86".into()),
            ..ContactPhone::default()
        };
        let wire = sent(|writer| {
            details.write_fields(writer);
            phone.write_fields(writer);
        });
        assert_eq!(
            wire.unwrap(),
            [
                "RegistrantName=Li Lei",
                "Country=CN",
                "ZhCity=杭州",
                "TelArea=86"
            ]
        );
    }
}
