//! `QueryIntlFixedPriceOrderList`, Domain 2018-01-29: the account's fixed-price domain orders of
//! the international site.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-queryintlfixedpriceorderlist>

use serde::Deserialize;

use crate::module_envelope::ModuleEnvelope;

/// Lists the account's orders for fixed-price domains of the international site (alibabacloud.com).
/// Only the Tea SDK and the first metadata know this action; its answer is read as the Tea SDK
/// models it. The page sits inside `Module`, so it is read one page at a time.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryIntlFixedPriceOrderList",
    product = crate::Domain,
    response = ModuleEnvelope<IntlFixedPriceOrderPage>
)]
#[non_exhaustive]
pub struct QueryIntlFixedPriceOrderList {
    /// `BizId`: only the order of this business id. Optional.
    pub biz_id: Option<String>,
    /// `Status`: only orders in this state: `5` closed, `6` paid, `7` waiting to be carried out,
    /// `9` completed. Optional.
    pub status: Option<i64>,
    /// `CurrentPage`: the page to read, counted from 1. Optional.
    pub current_page: Option<i64>,
    /// `PageSize`: orders per page. Optional.
    pub page_size: Option<i64>,
}

/// One page of orders (`Module`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct IntlFixedPriceOrderPage {
    /// `CurrentPageNum`: the page this is.
    pub current_page_num: Option<i32>,
    /// `PageSize`: orders per page.
    pub page_size: Option<i32>,
    /// `TotalItemNum`: orders matching the request, over all pages.
    pub total_item_num: Option<i64>,
    /// `TotalPageNum`: pages over all.
    pub total_page_num: Option<i32>,
    /// `Data`: the orders of this page.
    #[serde(
        rename = "Data",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    pub orders: Vec<IntlFixedPriceOrder>,
}

/// An order for a fixed-price domain.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct IntlFixedPriceOrder {
    /// `BizId`: the order's business id.
    pub biz_id: Option<String>,
    /// `Domain`: the domain bought.
    pub domain: Option<String>,
    /// `OrderType`: the kind of order: `11` an international fixed-price purchase.
    pub order_type: Option<i32>,
    /// `Price`: the price.
    pub price: Option<i64>,
    /// `Status`: `5` closed, `6` paid, `7` waiting to be carried out, `9` completed.
    pub status: Option<i32>,
    /// `UserId`: the Alibaba Cloud account.
    pub user_id: Option<String>,
    /// `CreateTime`: when the order was placed, in milliseconds since the Unix epoch.
    pub create_time: Option<i64>,
    /// `UpdateTime`: when the order last changed, in milliseconds since the Unix epoch.
    pub update_time: Option<i64>,
}
