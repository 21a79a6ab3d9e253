//! The two protocol choices a client makes for every request: the response format it asks for
//! and the signature scheme it signs with. The client's builder picks them; the request builder
//! writes them.

/// The response format asked for with the `Format` parameter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// `Format=JSON` (the default here; the API's own default is XML).
    #[default]
    Json,
    /// `Format=XML`.
    Xml,
}

impl Format {
    /// The parameter value.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Xml => "XML",
        }
    }
}

/// Which signature scheme requests are signed with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureVersion {
    /// HMAC-SHA1 over the parameters, sent as the `Signature` parameter (`SignatureVersion=1.0`;
    /// Alibaba's newer documents call it "V2"). The only scheme that can ask for XML.
    V1,
    /// `ACS3-HMAC-SHA256` over a canonical request, sent in the `Authorization` header: the
    /// default here, as in the current official SDKs. Responses are JSON.
    #[default]
    V3,
}
