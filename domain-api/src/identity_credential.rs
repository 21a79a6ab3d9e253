//! An identity document for real-name verification: the scan of a passport, identity card or
//! business licence, which registries of some countries (`.cn` above all) want for every holder.

/// The document, its number and its kind, as the actions that submit one take them. The scan
/// goes in the form body: a Base64 image is far too large for a URL.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct IdentityCredential {
    /// `IdentityCredential`: the scan of the document, a JPG or BMP image of 55 KB to 1 MB,
    /// Base64-encoded; required; sent in the body.
    #[rpc(body)]
    pub identity_credential: String,
    /// `IdentityCredentialNo`: the document's number; required.
    pub identity_credential_no: String,
    /// `IdentityCredentialType`: the kind of document, as the service codes it (`SFZ` identity
    /// card, `HZ` passport, `YYZZ` business licence, `ORG` organization code certificate, `XYDM`
    /// unified social credit code, `TXZ` Hong Kong and Macao travel permit); required.
    pub identity_credential_type: String,
}
