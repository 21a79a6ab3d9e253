//! `QueryDomainList`, Domain 2018-01-29: list the account's domains, one page at a time.
//! <https://www.alibabacloud.com/help/doc-detail/67712.htm>

use serde::Deserialize;

use crate::pagination::ListPage;
use crate::types::{DomainQueryType, Lang, OrderKey, ProductDomainType, SortOrder, Tag};

/// Lists domains with their expiration dates: the source of `CurrentExpirationDate` for a
/// renewal (`ExpirationDateLong`). Filter by expiration window to find what expires soon.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "QueryDomainList", product = crate::Domain, response = QueryDomainListResponse, idempotent)]
#[non_exhaustive]
pub struct QueryDomainList {
    /// `PageNum`: the page, counted from 1; a page stream moves it.
    #[rpc(min = 1, page_number)]
    pub page_num: u32,
    /// `PageSize`: domains per page.
    #[rpc(min = 1, max = 5000)]
    pub page_size: u32,
    /// `StartExpirationDate`: only domains expiring at or after this time (ms since the epoch).
    #[rpc(min = 0)]
    pub start_expiration_date: Option<i64>,
    /// `EndExpirationDate`: only domains expiring at or before this time (ms since the epoch).
    #[rpc(min = 0)]
    pub end_expiration_date: Option<i64>,
    /// `StartRegistrationDate`: only domains registered at or after this time (ms).
    #[rpc(min = 0)]
    pub start_registration_date: Option<i64>,
    /// `EndRegistrationDate`: only domains registered at or before this time (ms).
    #[rpc(min = 0)]
    pub end_registration_date: Option<i64>,
    /// `QueryType`: only domains that need renewal or redemption.
    pub query_type: Option<DomainQueryType>,
    /// `DomainName`: a search term.
    pub domain_name: Option<String>,
    /// `DomainGroupId`: only domains of this group.
    pub domain_group_id: Option<String>,
    /// `ProductDomainType`: `New gTLD`, `gTLD` or `ccTLD`.
    pub product_domain_type: Option<ProductDomainType>,
    /// `OrderKeyType`: sort by registration or expiration date.
    pub order_key_type: Option<OrderKey>,
    /// `OrderByType`: ascending or descending (default).
    pub order_by_type: Option<SortOrder>,
    /// `ResourceGroupId`.
    pub resource_group_id: Option<String>,
    /// `Tag.N.Key` / `Tag.N.Value`: only domains with all these tags (at most 21, the
    /// metadata's bound).
    #[rpc(max_len = 21)]
    pub tag: Vec<Tag>,
    /// `Registrar`: only domains held at this registrar (undocumented beyond its name).
    pub registrar: Option<String>,
    /// `Ccompany`: only domains whose owner (registrant) has this name.
    pub ccompany: Option<String>,
    /// `Dns`: a name-server filter; only the Tea SDK knows it, undocumented beyond its name.
    pub dns: Option<String>,
    /// `AutoRenewEnabled`: only domains with automatic renewal on (`true`) or off (`false`); only
    /// the Tea SDK knows it.
    pub auto_renew_enabled: Option<bool>,
    /// `Lang`: the language of error messages.
    pub lang: Option<Lang>,
    /// `UserClientIp`.
    pub user_client_ip: Option<String>,
}

impl QueryDomainList {
    /// Only domains whose expiration falls in `[start_ms, end_ms]`, soonest first.
    pub fn expiring_between(mut self, start_ms: i64, end_ms: i64) -> QueryDomainList {
        self.start_expiration_date = Some(start_ms);
        self.end_expiration_date = Some(end_ms);
        self.order_key_type = Some(OrderKey::ExpirationDate);
        self.order_by_type = Some(SortOrder::Asc);
        self
    }
}

/// One page of domains.
pub type QueryDomainListResponse = ListPage<DomainSummary>;

/// One domain of `QueryDomainList`, `QueryAdvancedDomainList` or `ScrollDomainList`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DomainSummary {
    /// `DomainName`.
    pub domain_name: String,
    /// `InstanceId`.
    pub instance_id: Option<String>,
    /// `ExpirationDate`, as the service formats it (zone unstated; prefer the `Long` field).
    pub expiration_date: Option<String>,
    /// `ExpirationDateLong`: ms since the epoch; send it as `CurrentExpirationDate`.
    pub expiration_date_long: Option<i64>,
    /// `ExpirationCurrDateDiff`: days until expiration, negative once expired.
    pub expiration_curr_date_diff: Option<i64>,
    /// `ExpirationDateStatus`: `1` not expired, `2` expired.
    pub expiration_date_status: Option<String>,
    /// `DomainStatus`: `1` needs renewal, `2` needs redemption, `3` normal.
    pub domain_status: Option<String>,
    /// `RegistrationDate`, as the service formats it.
    pub registration_date: Option<String>,
    /// `RegistrationDateLong`: ms since the epoch.
    pub registration_date_long: Option<i64>,
    /// `DomainType`.
    pub domain_type: Option<String>,
    /// `Premium`: a premium-priced domain (renewing it needs `PermitPremiumRenew`).
    pub premium: Option<bool>,
    /// `ProductId`.
    pub product_id: Option<String>,
    /// `RegistrantType`: `1` individual, `2` enterprise.
    pub registrant_type: Option<String>,
    /// `DomainAuditStatus`.
    pub domain_audit_status: Option<String>,
    /// `DomainGroupId` (a string here, an integer in `QueryDomainByDomainName`).
    pub domain_group_id: Option<String>,
    /// `DomainGroupName`.
    pub domain_group_name: Option<String>,
    /// `Remark`.
    pub remark: Option<String>,
    /// `AutoRenewEnabled`.
    pub auto_renew_enabled: Option<bool>,
    /// `Registrar`.
    pub registrar: Option<String>,
    /// `ResourceGroupId`.
    pub resource_group_id: Option<String>,
    /// `Ccompany`: the name of the domain's owner (registrant).
    pub ccompany: Option<String>,
    /// `Tag`: the domain's tags (empty when it has none).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub tag: Vec<Tag>,
    /// `RegistrantOrganization`: the registrant's name (the advanced listings only).
    pub registrant_organization: Option<String>,
    /// `ZhRegistrantOrganization`: the registrant's name in Chinese (the advanced listings only).
    pub zh_registrant_organization: Option<String>,
    /// `Email`: the registrant's email address (the advanced listings only).
    pub email: Option<String>,
    /// `DnsList`: the domain's name servers (the advanced listings only). The metadata's example
    /// sends them as one entry holding a JSON list; the list keeps the entries as sent.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub dns_list: Vec<String>,
}
