//! The answer of the two ENS (Ethereum Name Service) look-ups.

use serde::Deserialize;

/// The wallet address a domain is bound to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct EnsAssociationResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Address`: the wallet address (`0x…`), empty when the domain is bound to none.
    pub address: Option<String>,
}
