//! `TransferInReenterTransferAuthorizationCode`, Domain 2018-01-29: give a transfer in a new
//! authorization code.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-transferinreentertransferauthorizationcode>

use crate::acknowledged::AcknowledgedResponse;
use crate::types::Lang;

/// Gives a domain being transferred in a new authorization code (the EPP or transfer code its
/// current registrar issues), when the one given first was wrong or has changed. The transfer then
/// goes on with it.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "TransferInReenterTransferAuthorizationCode", product = crate::Domain, response = AcknowledgedResponse)]
#[non_exhaustive]
pub struct TransferInReenterTransferAuthorizationCode {
    /// `DomainName`: the domain being transferred in. Required.
    pub domain_name: String,
    /// `TransferAuthorizationCode`: the new authorization code, as the current registrar gave it.
    /// Required.
    pub transfer_authorization_code: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}
