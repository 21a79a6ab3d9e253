//! Listing actions read page by page, as one stream of items.
//!
//! Alibaba's listings come in two styles. **Page numbers**: the request names a page
//! (`PageNum`, `PageNumber`) and the response says whether there is more (`NextPage`) or how
//! much there is (`TotalItemNum`, `TotalCount`, `TotalPageNum`). **Tokens**: the request carries
//! the token the previous response gave (`NextToken`), and the last page gives none. Both are
//! declared with attributes, so a user's own actions stream as the built-in ones do:
//!
//! ```
//! use aliyun_rpc::{Rpc, RpcPage};
//! use serde::Deserialize;
//!
//! #[derive(Clone, Rpc)]
//! #[rpc(action = "DescribeDomainRecords", version = "2015-01-09",
//!       endpoint = "alidns.aliyuncs.com", response = RecordsPage)]
//! struct DescribeDomainRecords {
//!     domain_name: String,
//!     #[rpc(page_number)]
//!     page_number: Option<u32>,
//!     page_size: Option<u32>,
//! }
//!
//! #[derive(Deserialize, RpcPage)]
//! #[serde(rename_all = "PascalCase")]
//! struct RecordsPage {
//!     #[rpc(total_items)]
//!     total_count: u64,
//!     #[rpc(page_number)]
//!     page_number: Option<u32>,
//!     #[rpc(items)]
//!     #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
//!     domain_records: Vec<Record>,
//! }
//!
//! #[derive(Debug, Deserialize)]
//! #[serde(rename_all = "PascalCase")]
//! struct Record {
//!     record_id: String,
//! }
//!
//! # async fn run(client: &aliyun_rpc::Client) -> Result<(), aliyun_rpc::Error> {
//! use futures_util::TryStreamExt;
//! let first = DescribeDomainRecords { domain_name: "example.com".into(), page_number: None, page_size: Some(500) };
//! let records: Vec<Record> = client.items(first).try_collect().await?;
//! # Ok(())
//! # }
//! ```
//!
//! A stream never trusts the service to end it: see [`PageLimits`] for what it checks.

mod fields;
mod guard;
mod walk;

pub use fields::{CountField, Fingerprint, FlagField, ItemsField, PageNumberField, TokenField};
pub use walk::{ItemStream, MAX_ITEMS, MAX_PAGES, PageLimits, PageStream};

/// How a listing moves from one page to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageStyle {
    /// The request names a page number, counted from 1.
    Number,
    /// The request carries the token of the previous response.
    Token,
}

/// One page of a listing's response. Derive it with `#[derive(RpcPage)]`, marking the field of
/// items with `#[rpc(items)]` and whichever of `next_page`, `total_items`, `total_pages`,
/// `page_number` and `next_token` the response has. The items must implement `Debug`: a stream
/// recognises a page the service repeats by a hash of their `Debug` text.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a page of a listing",
    label = "the response of an action with a `page_number` or `next_token` field",
    note = "derive `aliyun_rpc::RpcPage` for `{Self}` and mark its list with `#[rpc(items)]`"
)]
pub trait Page {
    /// What the page lists.
    type Item;

    /// The page's items.
    fn into_items(self) -> Vec<Self::Item>;

    /// How many items the page holds.
    fn item_count(&self) -> usize;

    /// A hash of the page's items, by which a stream recognises a page the service repeats.
    fn fingerprint(&self) -> u64;

    /// Whether the service says another page follows (`NextPage`), if it says.
    fn next_page(&self) -> Option<bool> {
        None
    }

    /// Items over all pages (`TotalItemNum`, `TotalCount`), if the service says.
    fn total_items(&self) -> Option<u64> {
        None
    }

    /// Pages in all (`TotalPageNum`), if the service says.
    fn total_pages(&self) -> Option<u64> {
        None
    }

    /// The page number the service answered (`CurrentPageNum`, `PageNumber`), if it says.
    fn page_number(&self) -> Option<u64> {
        None
    }

    /// The token for the next page (`NextToken`); `None` or empty on the last page.
    fn next_token(&self) -> Option<&str> {
        None
    }
}

/// A [`Paginated`] action the client can walk from any task: the request and its pages can move
/// between threads. Every such action is one; the bound keeps the streams' signatures short.
pub trait Listing: Paginated + Send + Sync + crate::RpcAction<Response: Page + Send> {}

impl<A> Listing for A
where
    A: Paginated + Send + Sync,
    A::Response: Page + Send,
{
}

/// A listing action whose page can be chosen. `#[derive(Rpc)]` implements it for an action with
/// a field marked `#[rpc(page_number)]` or `#[rpc(next_token)]`.
pub trait Paginated: crate::RpcAction + Clone
where
    Self::Response: Page,
{
    /// Whether pages are numbered or chained by tokens.
    const STYLE: PageStyle;

    /// The page this request asks for (page-number style); `None` when unset, which the
    /// service reads as the first page.
    fn page_number(&self) -> Option<u64> {
        None
    }

    /// Asks for page `number` (page-number style).
    fn set_page_number(&mut self, number: u64) {
        let _ = number;
    }

    /// Asks for the page after the one that gave `token` (token style).
    fn set_next_token(&mut self, token: &str) {
        let _ = token;
    }
}
