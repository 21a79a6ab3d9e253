//! `SaveSingleTaskForSaveArtExtension`, Domain 2018-01-29: record the artwork details of a .art
//! domain.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforsaveartextension>

use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Records the artwork a `.art` domain stands for (the registry's optional object description:
/// title, maker, materials, …), in an asynchronous task. Charges nothing.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveSingleTaskForSaveArtExtension",
    product = crate::Domain,
    response = TaskSubmittedResponse
)]
#[non_exhaustive]
pub struct SaveSingleTaskForSaveArtExtension {
    /// `DomainName`: the domain (`example.com`); required.
    pub domain_name: String,
    /// `ObjectType`: the kind of work (painting, embroidery, …); optional.
    pub object_type: Option<String>,
    /// `MaterialsAndTechniques`: what it is made of and how; optional.
    pub materials_and_techniques: Option<String>,
    /// `Dimensions`: its size, as text with units; optional.
    pub dimensions: Option<String>,
    /// `Title`: the work's title; optional.
    pub title: Option<String>,
    /// `DateOrPeriod`: when it was made; optional.
    pub date_or_period: Option<String>,
    /// `Maker`: the artist or workshop; optional.
    pub maker: Option<String>,
    /// `InscriptionsAndMarkings`: signatures, marks and inscriptions on it; optional.
    pub inscriptions_and_markings: Option<String>,
    /// `Subject`: what it shows; optional.
    pub subject: Option<String>,
    /// `Features`: distinguishing features; optional.
    pub features: Option<String>,
    /// `Reference`: a catalogue or registry reference; optional.
    pub reference: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}
