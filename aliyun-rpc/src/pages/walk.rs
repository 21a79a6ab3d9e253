//! The stream that walks a listing: one call per page, each page checked before the next is
//! asked for, so that no answer of the service can keep the client looping or growing.

use std::collections::{HashSet, VecDeque};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::stream::{self, BoxStream, Stream, StreamExt};

use super::{Page, PageStyle, Paginated};
use crate::{Client, Error};

/// What a page stream accepts before it stops with [`Error::Pagination`].
///
/// Besides these limits, every stream checks what the service says of its pages: a page that
/// answers another page number than the one asked for, a token seen before, more pages than
/// `TotalPageNum` and more items than `TotalItemNum` end it with that error. An empty page, a
/// page that says `NextPage=false`, the last page counted and a page without a token end it
/// quietly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimits {
    /// Pages read at the most (default 10,000).
    pub max_pages: u64,
    /// Items yielded at the most (default 10,000,000).
    pub max_items: u64,
}

impl Default for PageLimits {
    fn default() -> PageLimits {
        PageLimits {
            max_pages: 10_000,
            max_items: 10_000_000,
        }
    }
}

/// Every page of a listing, from the request's own page on. Made by [`Client::pages`].
#[must_use = "a stream does nothing until polled"]
pub struct PageStream<'a, A: Paginated>
where
    A::Response: Page,
{
    inner: BoxStream<'a, Result<A::Response, Error>>,
}

/// Every item of every page of a listing. Made by [`Client::items`].
#[must_use = "a stream does nothing until polled"]
pub struct ItemStream<'a, A: Paginated>
where
    A::Response: Page,
{
    pages: PageStream<'a, A>,
    current: VecDeque<<A::Response as Page>::Item>,
}

impl<A: Paginated> Stream for PageStream<'_, A>
where
    A::Response: Page,
{
    type Item = Result<A::Response, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

impl<A: Paginated> Stream for ItemStream<'_, A>
where
    A::Response: Page,
    <A::Response as Page>::Item: Unpin,
{
    type Item = Result<<A::Response as Page>::Item, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if let Some(item) = self.current.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match self.pages.poll_next_unpin(cx) {
                Poll::Ready(Some(Ok(page))) => self.current = page.into_items().into(),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl Client {
    /// Every page of the listing `first` starts, one call per page, with the default
    /// [`PageLimits`]. An error ends the stream after it is yielded.
    pub fn pages<'a, A>(&'a self, first: A) -> PageStream<'a, A>
    where
        A: Paginated + Send + Sync + 'a,
        A::Response: Page + Send,
    {
        self.pages_with(first, PageLimits::default())
    }

    /// Like [`pages`](Self::pages), with other limits.
    pub fn pages_with<'a, A>(&'a self, first: A, limits: PageLimits) -> PageStream<'a, A>
    where
        A: Paginated + Send + Sync + 'a,
        A::Response: Page + Send,
    {
        let walk = Walk {
            next: Some(first),
            limits,
            pages: 0,
            items: 0,
            tokens: HashSet::new(),
        };
        let inner = stream::unfold(walk, move |mut walk| async move {
            let request = walk.next.take()?;
            let page = match self.call(&request).await {
                Ok(page) => page,
                Err(error) => return Some((Err(error), walk)),
            };
            match walk.check(request, &page) {
                Ok(()) => Some((Ok(page), walk)),
                Err(error) => Some((Err(error), walk)),
            }
        })
        .boxed();
        PageStream { inner }
    }

    /// Every item of every page of the listing `first` starts, with the default
    /// [`PageLimits`]; see [`pages`](Self::pages).
    pub fn items<'a, A>(&'a self, first: A) -> ItemStream<'a, A>
    where
        A: Paginated + Send + Sync + 'a,
        A::Response: Page + Send,
    {
        self.items_with(first, PageLimits::default())
    }

    /// Like [`items`](Self::items), with other limits.
    pub fn items_with<'a, A>(&'a self, first: A, limits: PageLimits) -> ItemStream<'a, A>
    where
        A: Paginated + Send + Sync + 'a,
        A::Response: Page + Send,
    {
        ItemStream {
            pages: self.pages_with(first, limits),
            current: VecDeque::new(),
        }
    }
}

/// Where a walk stands: the next request, if any, and what was read so far.
struct Walk<A> {
    next: Option<A>,
    limits: PageLimits,
    pages: u64,
    items: u64,
    /// Every token answered so far: a repeat would loop forever. Bounded by `max_pages`.
    tokens: HashSet<String>,
}

impl<A: Paginated> Walk<A>
where
    A::Response: Page,
{
    /// Checks `page`, the answer to `request`, and decides the next request; an error ends the
    /// walk (the page is not yielded, since it contradicts what came before).
    fn check(&mut self, request: A, page: &A::Response) -> Result<(), Error> {
        self.pages += 1;
        let asked = request.page_number().unwrap_or(1);
        let count = page_item_count(page);
        if A::STYLE == PageStyle::Number
            && let Some(answered) = page.page_number()
            // Some listings number their first page 0 (seen in Domain's samples).
            && answered != asked
            && !(asked == 1 && answered == 0)
        {
            return Err(self.stop(format!(
                "asked for page {asked}, the service answered page {answered}"
            )));
        }
        if let Some(total) = page.total_pages()
            && A::STYLE == PageStyle::Number
            && asked > total.max(1)
        {
            return Err(self.stop(format!(
                "page {asked} is past the {total} page(s) the service counted"
            )));
        }
        self.items += count;
        if let Some(total) = page.total_items()
            && self.items > total
        {
            return Err(self.stop(format!(
                "{} items read, more than the {total} the service counted",
                self.items
            )));
        }
        if self.items > self.limits.max_items {
            return Err(self.stop(format!(
                "more than {} items, the stream's limit",
                self.limits.max_items
            )));
        }
        let more = match A::STYLE {
            PageStyle::Number => {
                count > 0
                    && page.next_page() != Some(false)
                    && page.total_pages().is_none_or(|total| asked < total)
                    && page.total_items().is_none_or(|total| self.items < total)
            }
            PageStyle::Token => match page.next_token() {
                Some(token) if !token.is_empty() => {
                    if !self.tokens.insert(token.to_owned()) {
                        return Err(self.stop(format!(
                            "the service answered the token `{}` a second time",
                            excerpt(token)
                        )));
                    }
                    true
                }
                _ => false,
            },
        };
        if !more {
            return Ok(());
        }
        if self.pages >= self.limits.max_pages {
            return Err(self.stop(format!(
                "the service says more pages follow, past the stream's limit of {}",
                self.limits.max_pages
            )));
        }
        let mut next = request;
        match A::STYLE {
            PageStyle::Number => next.set_page_number(asked + 1),
            PageStyle::Token => {
                next.set_next_token(page.next_token().expect("checked: a token follows"));
            }
        }
        self.next = Some(next);
        Ok(())
    }

    fn stop(&mut self, reason: String) -> Error {
        self.next = None;
        Error::Pagination {
            action: A::ACTION,
            pages: self.pages,
            reason,
        }
    }
}

/// How many items `page` holds, without consuming it.
fn page_item_count<P: Page>(page: &P) -> u64 {
    u64::try_from(page.item_count()).unwrap_or(u64::MAX)
}

/// A token as shown in a message: the first 32 characters, so a hostile token cannot flood it.
fn excerpt(token: &str) -> String {
    let mut shown: String = token.chars().take(32).collect();
    if shown.len() < token.len() {
        shown.push('…');
    }
    shown
}
