//! The page every Domain listing answers with, and the one-call shorthand for walking it.
//!
//! Domain's listings (`QueryDomainList`, `QueryTaskList`, `QueryTaskDetailList`) number their
//! pages with `PageNum` and share one page shape: counts, `NextPage` and a `Data` wrapper around
//! the items. Each declares its `page_num` field `#[rpc(page_number)]` and answers with a
//! [`ListPage`], which derives `RpcPage`; the runtime's page stream
//! ([`Client::items`](aliyun_rpc::Client::items)) does the walking, and checks every page
//! against the ones before it ([`PageLimits`]).

use aliyun_rpc::pages::{ItemStream, Listing, PageLimits};
use aliyun_rpc::{Client, RpcPage};
use serde::Deserialize;

/// One page of a listing action: the pagination fields every Domain listing shares, and the
/// items from its `Data` wrapper (`Data.Domain[]`, `Data.TaskInfo[]`, `Data.TaskDetail[]`, or
/// bare in `Data`), or from `RegistrantProfiles` for the one listing that names it so.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase", bound = "T: Deserialize<'de>")]
#[non_exhaustive]
pub struct ListPage<T> {
    /// `RequestId`.
    pub request_id: String,
    /// `CurrentPageNum` (samples show `0` for the first page of some listings).
    #[serde(default)]
    #[rpc(page_number)]
    pub current_page_num: u32,
    /// `PageSize`.
    #[serde(default)]
    pub page_size: u32,
    /// `TotalItemNum`: items matching the request, over all pages (0 when not given).
    #[serde(default)]
    #[rpc(total_items)]
    pub total_item_num: u64,
    /// `TotalPageNum` (0 when not given).
    #[serde(default)]
    #[rpc(total_pages)]
    pub total_page_num: u32,
    /// `PrePage`: whether a previous page exists.
    #[serde(default)]
    pub pre_page: bool,
    /// `NextPage`: whether a next page exists.
    #[serde(default)]
    #[rpc(next_page)]
    pub next_page: bool,
    /// `ResultLimit` (`QueryChangeLogList` only): whether more entries matched than the 1,000
    /// the service reads; narrow the request to see the others.
    #[serde(default)]
    pub result_limit: bool,
    /// The items of this page, from the `Data` wrapper (`RegistrantProfiles` for
    /// `QueryRegistrantProfiles`).
    #[serde(
        rename = "Data",
        alias = "RegistrantProfiles",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    #[rpc(items)]
    pub items: Vec<T>,
}

/// Every item of every page of a Domain listing, from the request's page on: the same as
/// `client.items(first)`, within the default [`PageLimits`].
pub fn all_items<'a, A>(client: &'a Client, first: A) -> ItemStream<'a, A>
where
    A: Listing + 'a,
{
    client.items(first)
}

/// [`all_items`] within `limits`: the same as `client.items_with(first, limits)`.
pub fn all_items_within<'a, A>(
    client: &'a Client,
    first: A,
    limits: PageLimits,
) -> ItemStream<'a, A>
where
    A: Listing + 'a,
{
    client.items_with(first, limits)
}
