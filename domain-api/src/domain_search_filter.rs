//! The search filter of Domain's two advanced listings, `QueryAdvancedDomainList` and
//! `ScrollDomainList`.

/// Which domains an advanced listing returns: every field left `None` matches every domain.
/// Written into the listing's own parameters (flattened); start from `Default` and set the
/// fields wanted.
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct DomainSearchFilter {
    /// `KeyWord`: only names that contain this text. Optional.
    pub key_word: Option<String>,
    /// `KeyWordPrefix`: `KeyWord` must start the name. Optional.
    pub key_word_prefix: Option<bool>,
    /// `KeyWordSuffix`: `KeyWord` must end the name. Optional.
    pub key_word_suffix: Option<bool>,
    /// `Excluded`: leave out names that contain this text. Optional.
    pub excluded: Option<String>,
    /// `ExcludedPrefix`: leave out only names that start with `Excluded`. Optional.
    pub excluded_prefix: Option<bool>,
    /// `ExcludedSuffix`: leave out only names that end with `Excluded`. Optional.
    pub excluded_suffix: Option<bool>,
    /// `Suffixs` (sic): only these suffixes, comma-separated (`com,net`). Optional.
    pub suffixs: Option<String>,
    /// `StartLength`: only names at least this long, in characters. Optional.
    pub start_length: Option<i32>,
    /// `EndLength`: only names at most this long, in characters. Optional.
    pub end_length: Option<i32>,
    /// `Form`: only names made of these kinds of characters, as the service codes them. Optional.
    pub form: Option<i32>,
    /// `ProductDomainType`: only domains of this type: `New gTLD`, `gTLD`, `ccTLD` or `other`
    /// (the metadata lists a fourth value here, so this is text, not [`ProductDomainType`]).
    /// Optional.
    ///
    /// [`ProductDomainType`]: crate::ProductDomainType
    pub product_domain_type: Option<String>,
    /// `DomainStatus`: only domains in this state: `0` all, `1` renewal due, `2` redemption due,
    /// `3` normal, `4` transferring out, `5` registrant change under way, `6` real-name
    /// verification missing, `7` real-name verification failed, `8` under review. Optional.
    pub domain_status: Option<i32>,
    /// `TradeType`: only domains offered for sale this way: `2` fixed price, `13` negotiated, `4`
    /// auction, `6` priced push, `-1` not offered. Optional.
    pub trade_type: Option<i32>,
    /// `DomainGroupId`: only domains of this group (see `QueryDomainGroupList`). Optional.
    pub domain_group_id: Option<i64>,
    /// `ResourceGroupId`: only domains of this resource group. Optional.
    pub resource_group_id: Option<String>,
    /// `StartExpirationDate`: only domains expiring at or after this time, in milliseconds since
    /// the Unix epoch. Optional.
    pub start_expiration_date: Option<i64>,
    /// `EndExpirationDate`: only domains expiring at or before this time, in milliseconds since
    /// the Unix epoch. Optional.
    pub end_expiration_date: Option<i64>,
    /// `StartRegistrationDate`: only domains registered at or after this time, in milliseconds
    /// since the Unix epoch. Optional.
    pub start_registration_date: Option<i64>,
    /// `EndRegistrationDate`: only domains registered at or before this time, in milliseconds
    /// since the Unix epoch. Optional.
    pub end_registration_date: Option<i64>,
}
