//! A DNSSEC delegation-signer (DS) record, as the actions that add or change one at the registry
//! take it (RFC 4034, section 5).

/// The four parts of a DS record: which key of the child zone it points to, that key's
/// algorithm, and the digest of the key. Copy them from the DS record your DNS provider shows
/// for the signed zone.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct DsRecord {
    /// `KeyTag`: the tag of the DNSKEY the record points to, 0 to 65535; required.
    pub key_tag: u16,
    /// `Algorithm`: the DNSSEC algorithm number of that key (`8` for RSA/SHA-256, `13` for
    /// ECDSA P-256); required.
    pub algorithm: u8,
    /// `DigestType`: how the digest was computed (`1` SHA-1, `2` SHA-256, `4` SHA-384); required.
    pub digest_type: u8,
    /// `Digest`: the digest of the key, in hexadecimal; required.
    pub digest: String,
}
