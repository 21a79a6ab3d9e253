//! A registrant profile: a holder's details saved once under an id, which orders and contact
//! changes then name instead of repeating the details.

use serde::Deserialize;

use crate::contact_details::{ContactDetails, ContactPhone};

/// What a registrant profile holds, as the actions that create or update one take it.
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct RegistrantProfileDetails {
    /// `RegistrantProfileId`: the profile to update; optional, a new profile is created without it.
    pub registrant_profile_id: Option<i64>,
    /// `RegistrantType`: `1` for a person (the service's default), `2` for an organization;
    /// optional.
    pub registrant_type: Option<String>,
    /// `RegistrantProfileType`: `common` (the default) or `cnnic`, the form CNNIC domains (`.cn`,
    /// `.中国`) registered on the international site need; optional.
    pub registrant_profile_type: Option<String>,
    /// The holder's name, organization, e-mail and postal address (`RegistrantName`, `Email`,
    /// `Address`, their `Zh…` forms, …); each optional, but a new profile needs the Latin ones.
    #[rpc(flatten, default)]
    pub contact: ContactDetails,
    /// The holder's telephone (`TelArea`, `Telephone`, `TelExt`); each optional.
    #[rpc(flatten, default)]
    pub phone: ContactPhone,
}

/// The response: the id of the profile created or updated.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RegistrantProfileSavedResponse {
    /// `RequestId`: quote it to Alibaba support.
    pub request_id: String,
    /// `RegistrantProfileId`: the profile's id, to give as `RegistrantProfileId` elsewhere.
    pub registrant_profile_id: Option<i64>,
}
