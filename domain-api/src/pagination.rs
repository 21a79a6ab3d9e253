//! Walking every page of a listing action as one stream of items.
//!
//! A server decides how many pages there are, so a hostile or broken one could keep a client
//! listing forever: every page is checked against the ones before it ([`guard`]), and the walk
//! has limits ([`PageLimits`]).

mod guard;

use std::fmt::Debug;

use aliyun_rpc::{Client, Error, ResponseError, RpcAction};
use futures_util::stream::{self, Stream};
use serde::Deserialize;

use guard::{PageFacts, PageGuard};

/// A listing action whose page can be chosen.
pub trait PagedAction: RpcAction + Clone
where
    Self::Response: Page,
{
    /// The page this request asks for (from 1).
    fn page_num(&self) -> u32;
    /// Asks for another page.
    fn set_page_num(&mut self, page_num: u32);
}

/// One page of a listing response.
pub trait Page {
    /// What the page lists.
    type Item;
    /// `NextPage`.
    fn has_next_page(&self) -> bool;
    /// `TotalPageNum` (0 when absent).
    fn total_page_num(&self) -> u32;
    /// `CurrentPageNum`, the page the server says this is (0 when absent, or for the first page
    /// of some listings).
    fn current_page_num(&self) -> u32 {
        0
    }
    /// `TotalItemNum`: the items over all pages (0 when absent).
    fn total_item_num(&self) -> u64 {
        0
    }
    /// The page's items.
    fn into_items(self) -> Vec<Self::Item>;
}

/// One page of a listing action: the pagination fields every Domain listing shares, and the
/// items from its `Data` wrapper (`Data.Domain[]`, `Data.TaskInfo[]`, `Data.TaskDetail[]`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", bound = "T: Deserialize<'de>")]
#[non_exhaustive]
pub struct ListPage<T> {
    /// `RequestId`.
    pub request_id: String,
    /// `CurrentPageNum` (samples show `0` for the first page of some listings).
    #[serde(default)]
    pub current_page_num: u32,
    /// `PageSize`.
    #[serde(default)]
    pub page_size: u32,
    /// `TotalItemNum`: items matching the request, over all pages.
    #[serde(default)]
    pub total_item_num: u64,
    /// `TotalPageNum`.
    #[serde(default)]
    pub total_page_num: u32,
    /// `PrePage`: whether a previous page exists.
    #[serde(default)]
    pub pre_page: bool,
    /// `NextPage`: whether a next page exists.
    #[serde(default)]
    pub next_page: bool,
    /// The items of this page, from the `Data` wrapper.
    #[serde(
        rename = "Data",
        default,
        deserialize_with = "aliyun_rpc::wrapped_list"
    )]
    pub items: Vec<T>,
}

impl<T> Page for ListPage<T> {
    type Item = T;

    fn has_next_page(&self) -> bool {
        self.next_page
    }

    fn total_page_num(&self) -> u32 {
        self.total_page_num
    }

    fn current_page_num(&self) -> u32 {
        self.current_page_num
    }

    fn total_item_num(&self) -> u64 {
        self.total_item_num
    }

    fn into_items(self) -> Vec<T> {
        self.items
    }
}

/// The most pages a stream reads by default ([`PageLimits::max_pages`]).
pub const MAX_PAGES: u32 = 10_000;

/// The most items a stream yields by default ([`PageLimits::max_items`]): far more domains or
/// task details than an account holds, and few enough that a caller collecting them all stays
/// within a few hundred MiB.
pub const MAX_ITEMS: u64 = 1_000_000;

/// How far a page stream goes before it gives up on a listing as endless.
///
/// A stream that reaches a limit while the server still claims another page ends with an error
/// rather than with a listing silently cut short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimits {
    max_pages: u32,
    max_items: u64,
}

impl PageLimits {
    /// [`MAX_PAGES`] pages and [`MAX_ITEMS`] items.
    pub const fn new() -> PageLimits {
        PageLimits {
            max_pages: MAX_PAGES,
            max_items: MAX_ITEMS,
        }
    }

    /// Reads at most `pages` pages (at least one is always read).
    #[must_use]
    pub const fn max_pages(mut self, pages: u32) -> PageLimits {
        self.max_pages = pages;
        self
    }

    /// Yields at most `items` items.
    #[must_use]
    pub const fn max_items(mut self, items: u64) -> PageLimits {
        self.max_items = items;
        self
    }

    /// The most pages read.
    pub const fn pages(&self) -> u32 {
        self.max_pages
    }

    /// The most items yielded.
    pub const fn items(&self) -> u64 {
        self.max_items
    }
}

impl Default for PageLimits {
    fn default() -> PageLimits {
        PageLimits::new()
    }
}

/// Every item of every page, from the request's page on, one call per page, within the default
/// [`PageLimits`].
///
/// The stream ends after a page with no next page. It ends with an [`Error::Response`] instead
/// when the pages cannot be right: a page that repeats an earlier one, a `CurrentPageNum` that
/// does not advance, an empty page that claims a next one, more items or pages than
/// `TotalItemNum` / `TotalPageNum` declare, a next page claimed past them, or a listing longer
/// than the limits. Any other error of a call also ends it, after yielding the error.
///
/// Memory stays bounded: the stream holds one page's items and a fingerprint per page read.
pub fn all_items<'a, A>(
    client: &'a Client,
    first: A,
) -> impl Stream<Item = Result<<A::Response as Page>::Item, Error>> + 'a
where
    A: PagedAction + Send + Sync + 'a,
    A::Response: Page + Send,
    <A::Response as Page>::Item: Debug + Send,
{
    all_items_within(client, first, PageLimits::new())
}

/// [`all_items`] within `limits`.
pub fn all_items_within<'a, A>(
    client: &'a Client,
    first: A,
    limits: PageLimits,
) -> impl Stream<Item = Result<<A::Response as Page>::Item, Error>> + 'a
where
    A: PagedAction + Send + Sync + 'a,
    A::Response: Page + Send,
    <A::Response as Page>::Item: Debug + Send,
{
    enum State<A, I> {
        Fetch(A, PageGuard),
        Drain(std::vec::IntoIter<I>, Option<(A, PageGuard)>),
        Done,
    }
    let guard = PageGuard::new(limits);
    stream::unfold(State::Fetch(first, guard), move |mut state| async move {
        loop {
            match state {
                State::Done => return None,
                State::Drain(mut items, next) => match items.next() {
                    Some(item) => return Some((Ok(item), State::Drain(items, next))),
                    None => {
                        state = next
                            .map_or(State::Done, |(request, guard)| State::Fetch(request, guard))
                    }
                },
                State::Fetch(request, mut guard) => {
                    let page_num = request.page_num();
                    let page = match client.call(&request).await {
                        Ok(page) => page,
                        Err(error) => return Some((Err(error), State::Done)),
                    };
                    let facts = PageFacts {
                        requested: page_num,
                        reported: page.current_page_num(),
                        next_page: page.has_next_page(),
                        total_pages: page.total_page_num(),
                        total_items: page.total_item_num(),
                    };
                    let items = page.into_items();
                    let more = match guard.admit(&facts, &items) {
                        Ok(more) => more,
                        Err(problem) => {
                            let error = ResponseError::new(A::ACTION, 200, problem.to_string());
                            return Some((Err(Error::Response(error)), State::Done));
                        }
                    };
                    let next = more.then(|| {
                        let mut next = request.clone();
                        next.set_page_num(page_num + 1);
                        (next, guard)
                    });
                    state = State::Drain(items.into_iter(), next);
                }
            }
        }
    })
}
