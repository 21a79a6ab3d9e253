//! `DescribeDomainInfo`, Alidns 2015-01-09: one hosted domain's settings.
//! <https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-describedomaininfo>

use crate::hosted_domain::HostedDomain;
use crate::types::Lang;

/// Reads one hosted domain: its name servers, edition, and with `NeedDetailAttributes` the TTLs
/// and resolution lines its edition allows.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDomainInfo", product = crate::Alidns, response = DescribeDomainInfoResponse)]
#[non_exhaustive]
pub struct DescribeDomainInfo {
    /// `DomainName` (required).
    pub domain_name: String,
    /// `NeedDetailAttributes`: also answer the lines, TTLs and secondary-DNS settings.
    pub need_detail_attributes: Option<bool>,
    /// `Lang`: the language of messages.
    pub lang: Option<Lang>,
}

/// One hosted domain's settings; the fields sit at the top level.
pub type DescribeDomainInfoResponse = HostedDomain;
