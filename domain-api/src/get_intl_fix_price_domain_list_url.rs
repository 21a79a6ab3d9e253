//! `GetIntlFixPriceDomainListUrl`, Domain 2018-01-29: where to download the list of fixed-price
//! domains of the international site.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-getintlfixpricedomainlisturl>

use serde::Deserialize;

use crate::module_envelope::ModuleEnvelope;

/// Gives the address of a file listing the domains offered at a fixed price on the international
/// site (alibabacloud.com). Only the Tea SDK and the first metadata know this action; its answer is
/// read as the Tea SDK models it.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "GetIntlFixPriceDomainListUrl",
    product = crate::Domain,
    response = ModuleEnvelope<IntlFixPriceDomainListUrl>
)]
#[non_exhaustive]
pub struct GetIntlFixPriceDomainListUrl {
    /// `ListDate`: the day whose list to give, as the service formats dates; the latest when
    /// omitted. Optional.
    pub list_date: Option<String>,
}

/// Where the list is (`Module`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct IntlFixPriceDomainListUrl {
    /// `DownloadUrl`: the address to download the list from.
    pub download_url: Option<String>,
}
