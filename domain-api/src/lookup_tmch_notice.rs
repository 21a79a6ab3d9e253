//! `LookupTmchNotice`, Domain 2018-01-29: the trademark notice behind a claim key.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-lookuptmchnotice>

use serde::Deserialize;

use crate::types::Lang;

/// Reads the Trademark Clearinghouse notice for a claim key that `CheckDomainSunriseClaim` gave:
/// the marks, their holders and contacts, and the goods and services they cover. A registrant must
/// see this notice before registering a name during a claims period.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "LookupTmchNotice",
    product = crate::Domain,
    response = LookupTmchNoticeResponse,
    idempotent
)]
#[non_exhaustive]
pub struct LookupTmchNotice {
    /// `ClaimKey`: the claim key, as `CheckDomainSunriseClaim` returned it. Required.
    pub claim_key: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// A trademark notice.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct LookupTmchNoticeResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Id`: the notice's id at the Trademark Clearinghouse (a number in the metadata's schema,
    /// hexadecimal text in its XML example; read as text).
    pub id: Option<String>,
    /// `Label`: the label (the name) the notice is for.
    pub label: Option<String>,
    /// `NotBefore`: when the notice starts to apply.
    pub not_before: Option<String>,
    /// `NotAfter`: when the notice stops applying.
    pub not_after: Option<String>,
    /// `Claims`: the trademarks that match (`Claims.Claim[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub claims: Vec<TmchClaim>,
}

/// One trademark of a notice.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TmchClaim {
    /// `MarkName`: the mark.
    pub mark_name: Option<String>,
    /// `GoodsAndServices`: the goods and services the mark covers.
    pub goods_and_services: Option<String>,
    /// `ClassDescs`: the classes of goods and services (`ClassDescs.ClassDesc[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub class_descs: Vec<TmchClassDesc>,
    /// `Holders`: who holds the mark (`Holders.Holder[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub holders: Vec<TmchHolder>,
    /// `Contacts`: whom to contact about the mark (`Contacts.Contact[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub contacts: Vec<TmchContact>,
    /// `JurDesc`: where the mark is protected.
    pub jur_desc: Option<TmchJurisdiction>,
}

/// A class of goods and services of a trademark.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TmchClassDesc {
    /// `ClassNum`: the class's number (Nice classification).
    pub class_num: Option<i32>,
    /// `Desc`: the class's description.
    pub desc: Option<String>,
}

/// A holder of a trademark.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TmchHolder {
    /// `Org`: the holder's organization.
    pub org: Option<String>,
    /// `Entitlement`: the holder's right to the mark, such as `owner`.
    pub entitlement: Option<String>,
    /// `Addr`: the holder's address.
    pub addr: Option<TmchAddress>,
}

/// A contact for a trademark.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TmchContact {
    /// `Type`: the contact's role, such as `agent`.
    #[serde(rename = "Type", default)]
    pub type_: Option<String>,
    /// `Name`: the contact's name.
    pub name: Option<String>,
    /// `Org`: the contact's organization.
    pub org: Option<String>,
    /// `Email`: the contact's email address.
    pub email: Option<String>,
    /// `Voice`: the contact's telephone number.
    pub voice: Option<String>,
    /// `Fax`: the contact's fax number.
    pub fax: Option<String>,
    /// `Addr`: the contact's address.
    pub addr: Option<TmchAddress>,
}

/// A postal address of a trademark notice.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TmchAddress {
    /// `Street`: the street lines (`Street.Street[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub street: Vec<String>,
    /// `City`: the city.
    pub city: Option<String>,
    /// `Sp`: the state or province.
    pub sp: Option<String>,
    /// `Pc`: the postal code.
    pub pc: Option<String>,
    /// `Cc`: the country code (`NZ`).
    pub cc: Option<String>,
}

/// Where a trademark is protected.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TmchJurisdiction {
    /// `JurCC`: the country code of the jurisdiction.
    #[serde(rename = "JurCC", default)]
    pub jur_cc: Option<String>,
    /// `Desc`: the jurisdiction, in words.
    pub desc: Option<String>,
}
