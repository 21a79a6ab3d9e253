//! `SaveTaskForUpdatingRegistrantInfoByIdentityCredential`, Domain 2018-01-29: change the
//! registrant of domains to new details with an identity document.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savetaskforupdatingregistrantinfobyidentitycredential>

use crate::contact_details::{ContactDetails, RegistrantType};
use crate::identity_credential::IdentityCredential;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Changes the registrant (the holder) of up to 1,000 domains to the details given here and submits
/// the new holder's identity document for real-name verification, in one asynchronous task. Charges
/// nothing, but it is a change of ownership: see `TransferOutProhibited`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveTaskForUpdatingRegistrantInfoByIdentityCredential",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveTaskForUpdatingRegistrantInfoByIdentityCredential {
    /// `DomainName.N`: the domains, 1 to 1,000; required.
    #[rpc(min_len = 1, max_len = 1000)]
    pub domain_name: Vec<String>,
    /// `RegistrantType`: whether the new holder is a person or an organization; required.
    pub registrant_type: RegistrantType,
    /// The contact's name, organization, e-mail and postal address (`RegistrantName`, `Email`,
    /// `Address`, their `Zh…` forms, …); each optional.
    #[rpc(flatten, default)]
    pub contact: ContactDetails,
    /// `TelArea`: the new holder's country calling code, digits only (`86`); required.
    pub tel_area: String,
    /// `Telephone`: the new holder's number without the calling code; required.
    pub telephone: String,
    /// `TelExt`: the extension, if any; optional.
    pub tel_ext: Option<String>,
    /// The identity document (`IdentityCredential`, in the body, `IdentityCredentialNo`,
    /// `IdentityCredentialType`; all required), sent without a prefix.
    #[rpc(flatten)]
    pub identity: IdentityCredential,
    /// `TransferOutProhibited`: whether to lock the domains against transfers out for 60 days after
    /// the change of registrant; required.
    pub transfer_out_prohibited: bool,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
