//! The stream that walks a listing: one call per page, each page checked before the next is
//! asked for, so that no answer of the service can keep the client looping or growing.

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::stream::{self, BoxStream, Stream, StreamExt};

use super::guard::{PageFacts, PageGuard};
use super::{Listing, Page, PageStyle, Paginated};
use crate::{Client, Error};

/// How far a page stream goes before it gives up on a listing as endless, with
/// [`Error::Pagination`].
///
/// Besides these limits, every stream checks what the service says of its pages, and ends with
/// that error when they cannot be right: a page that repeats an earlier one item for item, a
/// page number that does not advance, a token answered twice, an empty page that claims a next
/// one, more items or pages than the service counted, or a next page claimed past those counts.
/// A page that says no page follows, a token listing's page without a token, and (for a listing
/// that says neither) an empty page or the last page counted end it quietly. Memory stays
/// bounded: a stream holds one page, a fingerprint per page and the tokens it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimits {
    pub(super) max_pages: u64,
    pub(super) max_items: u64,
}

/// The most pages a stream reads by default.
pub const MAX_PAGES: u64 = 10_000;

/// The most items a stream yields by default: far more domains, records or task details than an
/// account holds, and few enough that a caller collecting them all stays within a few hundred MiB.
pub const MAX_ITEMS: u64 = 1_000_000;

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
    pub const fn max_pages(mut self, pages: u64) -> PageLimits {
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
    pub const fn pages(&self) -> u64 {
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

impl<'a, A: Paginated> PageStream<'a, A>
where
    A::Response: Page,
{
    /// The items of these pages, one at a time.
    pub fn into_items(self) -> ItemStream<'a, A> {
        ItemStream {
            pages: self,
            current: VecDeque::new(),
        }
    }
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
    pub fn pages<'a, A: Listing + 'a>(&'a self, first: A) -> PageStream<'a, A> {
        self.pages_with(first, PageLimits::default())
    }

    /// Like [`pages`](Self::pages), with other limits.
    pub fn pages_with<'a, A: Listing + 'a>(
        &'a self,
        first: A,
        limits: PageLimits,
    ) -> PageStream<'a, A> {
        let walk = Walk {
            next: Some(first),
            guard: PageGuard::new(A::STYLE, limits),
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
    pub fn items<'a, A: Listing + 'a>(&'a self, first: A) -> ItemStream<'a, A> {
        self.pages(first).into_items()
    }

    /// Like [`items`](Self::items), with other limits.
    pub fn items_with<'a, A: Listing + 'a>(
        &'a self,
        first: A,
        limits: PageLimits,
    ) -> ItemStream<'a, A> {
        self.pages_with(first, limits).into_items()
    }
}

/// Where a walk stands: the next request, if any, and what the pages so far have said.
struct Walk<A> {
    next: Option<A>,
    guard: PageGuard,
}

impl<A: Paginated> Walk<A>
where
    A::Response: Page,
{
    /// Checks `page`, the answer to `request`, and decides the next request; an error ends the
    /// walk (the page is not yielded, since it contradicts what came before).
    fn check(&mut self, request: A, page: &A::Response) -> Result<(), Error> {
        let requested = match A::STYLE {
            PageStyle::Number => request.page_number().unwrap_or(1),
            PageStyle::Token => self.guard.pages() + 1,
        };
        let next_token = page.next_token().filter(|token| !token.is_empty());
        let facts = PageFacts {
            requested,
            reported: page.page_number(),
            next_page: page.next_page(),
            total_pages: page.total_pages(),
            total_items: page.total_items(),
            next_token,
            items: u64::try_from(page.item_count()).unwrap_or(u64::MAX),
            fingerprint: page.fingerprint(),
        };
        match self.guard.admit(&facts) {
            Ok(false) => Ok(()),
            Ok(true) => {
                let mut next = request;
                match (A::STYLE, next_token) {
                    (PageStyle::Token, Some(token)) => next.set_next_token(token),
                    _ => next.set_page_number(requested + 1),
                }
                self.next = Some(next);
                Ok(())
            }
            Err(problem) => Err(Error::Pagination {
                action: A::ACTION,
                pages: self.guard.pages(),
                reason: problem.to_string(),
            }),
        }
    }
}
