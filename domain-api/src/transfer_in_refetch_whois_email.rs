//! `TransferInRefetchWhoisEmail`, Domain 2018-01-29: read the registrant's email of a transfer in
//! again from WHOIS.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-transferinrefetchwhoisemail>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Reads the registrant's email address of a domain being transferred in from WHOIS again, when the
/// address read first was wrong or could not be read, so that the confirmation mail reaches the
/// registrant.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "TransferInRefetchWhoisEmail", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct TransferInRefetchWhoisEmail {
    /// `DomainName`: the domain being transferred in. Required.
    pub domain_name: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
