//! `SaveBatchTaskForUpdatingContactInfoByNewContact`, Domain 2018-01-29: change a contact of
//! several domains to new details.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforupdatingcontactinfobynewcontact>

use crate::contact_details::{ContactDetails, ContactPhone, ContactType, RegistrantType};
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Changes one WHOIS contact (the registrant, or the administrative, billing or technical contact)
/// of up to 1,000 domains to the details given here, in one asynchronous task. To use a saved
/// registrant profile instead, see
/// [`SaveBatchTaskForUpdatingContactInfoByRegistrantProfileId`](crate::SaveBatchTaskForUpdatingContactInfoByRegistrantProfileId).
/// Charges nothing, but a change of registrant may start the registry's 60-day transfer lock.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForUpdatingContactInfoByNewContact",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveBatchTaskForUpdatingContactInfoByNewContact {
    /// `DomainName.N`: the domains, 1 to 1,000; required.
    #[rpc(min_len = 1, max_len = 1000)]
    pub domain_name: Vec<String>,
    /// `ContactType`: which contact to change (`registrant`, `admin`, `billing`, `tech`); required.
    pub contact_type: ContactType,
    /// `RegistrantType`: whether the new contact is a person or an organization; required.
    pub registrant_type: RegistrantType,
    /// The contact's name, organization, e-mail and postal address (`RegistrantName`, `Email`,
    /// `Address`, their `Zh…` forms, …); each optional.
    #[rpc(flatten, default)]
    pub contact: ContactDetails,
    /// The contact's telephone (`TelArea`, `Telephone`, `TelExt`); each optional.
    #[rpc(flatten, default)]
    pub phone: ContactPhone,
    /// `TransferOutProhibited`: for a change of registrant, whether to lock the domains against
    /// transfers out for 60 days afterwards (the service's default is not to); optional.
    pub transfer_out_prohibited: Option<bool>,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
