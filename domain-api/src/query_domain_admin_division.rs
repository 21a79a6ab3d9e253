//! `QueryDomainAdminDivision`, Domain 2018-01-29: China's administrative divisions, as registrant
//! addresses use them.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-querydomainadmindivision>

use serde::Deserialize;

use crate::types::Lang;

/// Lists China's provinces and, under each, its cities, spelled as the service expects them in a
/// Chinese registrant's address.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryDomainAdminDivision",
    product = crate::Domain,
    response = QueryDomainAdminDivisionResponse
)]
#[non_exhaustive]
pub struct QueryDomainAdminDivision {
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}

/// The divisions, provinces first.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueryDomainAdminDivisionResponse {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `AdminDivisions`: the provinces (`AdminDivisions.AdminDivision[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub admin_divisions: Vec<AdminDivision>,
}

/// A province and its cities.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct AdminDivision {
    /// `DivisionName`: the province's name, in Chinese.
    pub division_name: Option<String>,
    /// `Children`: its cities (`Children.Children[]`).
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub children: Vec<ChildDivision>,
}

/// A city of a province.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ChildDivision {
    /// `ChildDivisionName`: the city's name, in Chinese.
    pub child_division_name: Option<String>,
}
