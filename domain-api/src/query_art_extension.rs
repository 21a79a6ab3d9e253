//! `QueryArtExtension`, Domain 2018-01-29: the artwork details of a `.art` domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryartextension>

use serde::Deserialize;

use crate::types::Lang;

/// Reads the artwork description a `.art` domain may carry (title, maker, materials, dimensions,
/// …), as given when it was registered.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryArtExtension", product = crate::Domain, response = QueryArtExtensionResponse)]
#[non_exhaustive]
pub struct QueryArtExtension {
    /// `DomainName`: the `.art` domain. Required.
    pub domain_name: String,
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// The artwork a `.art` domain describes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryArtExtensionResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `Title`: the work's title.
    pub title: Option<String>,
    /// `Maker`: the artist or maker.
    pub maker: Option<String>,
    /// `ObjectType`: the kind of work, such as embroidery.
    pub object_type: Option<String>,
    /// `Subject`: the work's subject.
    pub subject: Option<String>,
    /// `DateOrPeriod`: when the work was made.
    pub date_or_period: Option<String>,
    /// `Dimensions`: the work's size, as text with its unit.
    pub dimensions: Option<String>,
    /// `MaterialsAndTechniques`: the materials and techniques used.
    pub materials_and_techniques: Option<String>,
    /// `InscriptionsAndMarkings`: inscriptions and markings on the work.
    pub inscriptions_and_markings: Option<String>,
    /// `Features`: the work's distinctive features.
    pub features: Option<String>,
    /// `Reference`: references about the work.
    pub reference: Option<String>,
}
