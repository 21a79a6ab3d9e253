//! `QueryDSRecord`, Domain 2018-01-29: the DS records of a domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydsrecord>

use serde::Deserialize;

use crate::types::Lang;

/// Reads the DS (delegation signer) records published for a domain at its registry: the link that
/// makes its DNSSEC signatures trusted. Check them after adding or changing one.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryDSRecord", product = crate::Domain, response = QueryDsRecordResponse)]
#[non_exhaustive]
pub struct QueryDSRecord {
    /// `DomainName`: the domain. Required.
    pub domain_name: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// The domain's DS records.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryDsRecordResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `DSRecordList`: the records, empty when the domain has none.
    #[serde(
        rename = "DSRecordList",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    pub ds_record_list: Vec<DsRecordEntry>,
}

/// One DS record.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DsRecordEntry {
    /// `KeyTag`: the tag of the DNSKEY the record points to, below 65536.
    pub key_tag: Option<i32>,
    /// `Algorithm`: the DNSSEC algorithm number (IANA's list; `8` is RSA/SHA-256, `13` ECDSA
    /// P-256/SHA-256).
    pub algorithm: Option<i32>,
    /// `DigestType`: the digest algorithm number (`1` SHA-1, `2` SHA-256, `4` SHA-384).
    pub digest_type: Option<i32>,
    /// `Digest`: the digest, in hexadecimal.
    pub digest: Option<String>,
}
