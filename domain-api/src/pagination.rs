//! Walking every page of a listing action as one stream of items.

use aliyun_rpc::{Client, Error, RpcAction};
use futures_util::stream::{self, Stream};
use serde::Deserialize;

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

    fn into_items(self) -> Vec<T> {
        self.items
    }
}

/// The most pages a stream reads: a server that always claims another page cannot keep a client
/// looping forever.
pub const MAX_PAGES: u32 = 100_000;

/// Every item of every page, from the request's page on, one call per page.
///
/// The stream ends after a page with no next page, an empty page, or the last page the service
/// counted. An error ends it after yielding the error.
pub fn all_items<'a, A>(
    client: &'a Client,
    first: A,
) -> impl Stream<Item = Result<<A::Response as Page>::Item, Error>> + 'a
where
    A: PagedAction + Send + Sync + 'a,
    A::Response: Page + Send,
    <A::Response as Page>::Item: Send,
{
    enum State<A, I> {
        Fetch(A),
        Drain(std::vec::IntoIter<I>, Option<A>),
        Done,
    }
    stream::unfold(State::Fetch(first), move |mut state| async move {
        loop {
            match state {
                State::Done => return None,
                State::Drain(mut items, next) => match items.next() {
                    Some(item) => return Some((Ok(item), State::Drain(items, next))),
                    None => state = next.map_or(State::Done, State::Fetch),
                },
                State::Fetch(request) => {
                    let page_num = request.page_num();
                    let page = match client.call(&request).await {
                        Ok(page) => page,
                        Err(error) => return Some((Err(error), State::Done)),
                    };
                    let last_counted = page.total_page_num();
                    let more = page.has_next_page()
                        && (last_counted == 0 || page_num < last_counted)
                        && page_num < MAX_PAGES;
                    let items = page.into_items();
                    let next = (more && !items.is_empty()).then(|| {
                        let mut next = request.clone();
                        next.set_page_num(page_num + 1);
                        next
                    });
                    state = State::Drain(items.into_iter(), next);
                }
            }
        }
    })
}
