//! `SaveTaskForSubmittingDomainRealNameVerificationByIdentityCredential`, Domain 2018-01-29: submit
//! domains for real-name verification with an identity document.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savetaskforsubmittingdomainrealnameverificationbyidentitycredential>

use crate::identity_credential::IdentityCredential;
use crate::save_task_for_submitting_domain_real_name_verification_by_registrant_profile_id::RealNameVerificationSubmittedResponse;
use crate::types::Lang;

/// Submits up to 1,000 domains for real-name verification with the holder's identity document, in
/// one asynchronous task. Registries such as CNNIC suspend a domain that stays unverified. Charges
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveTaskForSubmittingDomainRealNameVerificationByIdentityCredential",
    product = crate::Domain,
    response = RealNameVerificationSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveTaskForSubmittingDomainRealNameVerificationByIdentityCredential {
    /// `DomainName.N`: the domains, 1 to 1,000; required.
    #[rpc(min_len = 1, max_len = 1000)]
    pub domain_name: Vec<String>,
    /// The identity document (`IdentityCredential`, in the body, `IdentityCredentialNo`,
    /// `IdentityCredentialType`; all required), sent without a prefix.
    #[rpc(flatten)]
    pub identity: IdentityCredential,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
