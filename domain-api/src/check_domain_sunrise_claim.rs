//! `CheckDomainSunriseClaim`, Domain 2018-01-29: whether a domain is a trademark claimed in its
//! sunrise or claims period.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-checkdomainsunriseclaim>

use serde::Deserialize;

use crate::types::Lang;

/// Tells whether a domain name matches a trademark registered with the Trademark Clearinghouse
/// (TMCH) while its suffix is in the sunrise or claims period, and gives the claim key to read the
/// trademark notice with `LookupTmchNotice`. Use it before registering a name under a new suffix.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "CheckDomainSunriseClaim",
    product = crate::Domain,
    response = CheckDomainSunriseClaimResponse
)]
#[non_exhaustive]
pub struct CheckDomainSunriseClaim {
    /// `DomainName`: the domain name to check. Required.
    pub domain_name: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// The trademark status of the name.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CheckDomainSunriseClaimResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `ClaimKey`: the key of the trademark claim in the Trademark Clearinghouse database; pass it
    /// to `LookupTmchNotice`.
    pub claim_key: Option<String>,
    /// `Result`: `0` no trademark applies or the suffix is in neither period, `1` the suffix is in
    /// its sunrise period, `2` in its claims period.
    pub result: Option<i32>,
}
