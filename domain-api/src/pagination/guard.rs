//! The checks that keep a page stream from walking an endless or self-contradicting listing.
//!
//! Each page is compared with what the earlier pages said. The guard keeps only counters and one
//! fingerprint per page read, never the pages themselves, so its memory is bounded by the page
//! limit.

use std::collections::HashMap;
use std::fmt::{self, Debug, Write as _};
use std::hash::{DefaultHasher, Hasher};

use super::PageLimits;

/// What a page says about the listing, besides its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct PageFacts {
    /// The `PageNum` the client asked for.
    pub(super) requested: u32,
    /// `CurrentPageNum` (0 when absent).
    pub(super) reported: u32,
    /// `NextPage`.
    pub(super) next_page: bool,
    /// `TotalPageNum` (0 when absent).
    pub(super) total_pages: u32,
    /// `TotalItemNum` (0 when absent).
    pub(super) total_items: u64,
}

/// Why a listing was given up: its pages contradict each other or it is longer than the limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum PageProblem {
    /// A page with the same items as an earlier page.
    Repeated { page: u32, earlier: u32 },
    /// A `CurrentPageNum` not after the previous page's.
    NoProgress {
        page: u32,
        reported: u32,
        previous: u32,
    },
    /// An empty page that claims a next one.
    EmptyWithNext { page: u32 },
    /// A next page claimed on or after the last page `TotalPageNum` declares.
    PastTotalPages { page: u32, total: u32 },
    /// More items than `TotalItemNum` declares.
    PastTotalItems { items: u64, total: u64 },
    /// A next page claimed when every item `TotalItemNum` declares has arrived.
    NextAfterAllItems { page: u32, total: u64 },
    /// More pages than the limit.
    TooManyPages { limit: u32 },
    /// More items than the limit.
    TooManyItems { limit: u64 },
}

impl fmt::Display for PageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageProblem::Repeated { page, earlier } => write!(
                f,
                "inconsistent pages: page {page} repeats page {earlier} item for item, so the \
                 listing would never end"
            ),
            PageProblem::NoProgress {
                page,
                reported,
                previous,
            } => write!(
                f,
                "inconsistent pages: page {page} says it is page {reported} (CurrentPageNum), \
                 not a page after the previous page's {previous}, so the listing does not advance"
            ),
            PageProblem::EmptyWithNext { page } => write!(
                f,
                "inconsistent pages: page {page} is empty yet claims a next page (NextPage=true)"
            ),
            PageProblem::PastTotalPages { page, total } => write!(
                f,
                "inconsistent pages: page {page} claims a next page (NextPage=true) but \
                 TotalPageNum is {total}"
            ),
            PageProblem::PastTotalItems { items, total } => write!(
                f,
                "inconsistent pages: the pages hold at least {items} items, more than the \
                 {total} of TotalItemNum"
            ),
            PageProblem::NextAfterAllItems { page, total } => write!(
                f,
                "inconsistent pages: page {page} claims a next page (NextPage=true) but all \
                 {total} items of TotalItemNum have arrived"
            ),
            PageProblem::TooManyPages { limit } => write!(
                f,
                "the listing goes on past {limit} pages, the most a page stream reads \
                 (PageLimits::max_pages)"
            ),
            PageProblem::TooManyItems { limit } => write!(
                f,
                "the listing goes on past {limit} items, the most a page stream yields \
                 (PageLimits::max_items)"
            ),
        }
    }
}

/// What the pages read so far have said.
#[derive(Debug, Clone)]
pub(super) struct PageGuard {
    limits: PageLimits,
    pages: u32,
    items: u64,
    /// The previous page's `CurrentPageNum`.
    previous_reported: Option<u32>,
    /// The fingerprint of each non-empty page read, and the page it came from.
    fingerprints: HashMap<u64, u32>,
}

impl PageGuard {
    /// A guard for a walk within `limits`.
    pub(super) fn new(limits: PageLimits) -> PageGuard {
        PageGuard {
            limits,
            pages: 0,
            items: 0,
            previous_reported: None,
            fingerprints: HashMap::new(),
        }
    }

    /// Takes in the next page: whether to ask for the page after it, or why the listing cannot
    /// be right.
    pub(super) fn admit<T: Debug>(
        &mut self,
        facts: &PageFacts,
        items: &[T],
    ) -> Result<bool, PageProblem> {
        let page = facts.requested;
        self.pages = self.pages.saturating_add(1);
        self.items = self
            .items
            .saturating_add(u64::try_from(items.len()).unwrap_or(u64::MAX));
        if facts.total_items > 0 && self.items > facts.total_items {
            return Err(PageProblem::PastTotalItems {
                items: self.items,
                total: facts.total_items,
            });
        }
        if self.items > self.limits.items() {
            return Err(PageProblem::TooManyItems {
                limit: self.limits.items(),
            });
        }
        if !items.is_empty() {
            let fingerprint = fingerprint(items);
            if let Some(&earlier) = self.fingerprints.get(&fingerprint) {
                return Err(PageProblem::Repeated { page, earlier });
            }
            self.fingerprints.insert(fingerprint, page);
        }
        // Some listings number their first page 0, and a missing field reads as 0: only a
        // number that was given can fail to advance.
        if let Some(previous) = self.previous_reported
            && previous > 0
            && facts.reported <= previous
        {
            return Err(PageProblem::NoProgress {
                page,
                reported: facts.reported,
                previous,
            });
        }
        self.previous_reported = Some(facts.reported);
        if !facts.next_page {
            return Ok(false);
        }
        if items.is_empty() {
            return Err(PageProblem::EmptyWithNext { page });
        }
        if facts.total_pages > 0 && page >= facts.total_pages {
            return Err(PageProblem::PastTotalPages {
                page,
                total: facts.total_pages,
            });
        }
        if facts.total_items > 0 && self.items >= facts.total_items {
            return Err(PageProblem::NextAfterAllItems {
                page,
                total: facts.total_items,
            });
        }
        if self.pages >= self.limits.pages() || page == u32::MAX {
            return Err(PageProblem::TooManyPages {
                limit: self.limits.pages(),
            });
        }
        Ok(true)
    }
}

/// A hash of the items' `Debug` rendering: it covers every field, and the item types need not
/// implement `Hash`. Nothing is kept but the hash.
fn fingerprint<T: Debug>(items: &[T]) -> u64 {
    struct HashWriter(DefaultHasher);
    impl fmt::Write for HashWriter {
        fn write_str(&mut self, text: &str) -> fmt::Result {
            self.0.write(text.as_bytes());
            Ok(())
        }
    }
    let mut writer = HashWriter(DefaultHasher::new());
    // Writing to a hasher cannot fail; a `Debug` that fails only weakens the fingerprint.
    let _ = write!(writer, "{items:?}");
    writer.0.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(requested: u32, reported: u32, next_page: bool) -> PageFacts {
        PageFacts {
            requested,
            reported,
            next_page,
            total_pages: 0,
            total_items: 0,
        }
    }

    #[test]
    fn a_consistent_listing_is_read_to_its_last_page() {
        let mut guard = PageGuard::new(PageLimits::new());
        let totals = |f: PageFacts| PageFacts {
            total_pages: 3,
            total_items: 5,
            ..f
        };
        assert_eq!(
            guard.admit(&totals(facts(1, 1, true)), &["a", "b"]),
            Ok(true)
        );
        assert_eq!(
            guard.admit(&totals(facts(2, 2, true)), &["c", "d"]),
            Ok(true)
        );
        assert_eq!(guard.admit(&totals(facts(3, 3, false)), &["e"]), Ok(false));
    }

    #[test]
    fn a_first_page_numbered_zero_and_missing_numbers_are_not_stalls() {
        let mut guard = PageGuard::new(PageLimits::new());
        assert_eq!(guard.admit(&facts(1, 0, true), &[1]), Ok(true));
        assert_eq!(guard.admit(&facts(2, 2, true), &[2]), Ok(true));
        let mut unnumbered = PageGuard::new(PageLimits::new());
        assert_eq!(unnumbered.admit(&facts(1, 0, true), &[1]), Ok(true));
        assert_eq!(unnumbered.admit(&facts(2, 0, false), &[2]), Ok(false));
    }

    #[test]
    fn a_page_that_repeats_any_earlier_page_ends_the_walk() {
        let mut guard = PageGuard::new(PageLimits::new());
        assert_eq!(guard.admit(&facts(1, 0, true), &["a"]), Ok(true));
        assert_eq!(guard.admit(&facts(2, 0, true), &["b"]), Ok(true));
        assert_eq!(
            guard.admit(&facts(3, 0, true), &["a"]),
            Err(PageProblem::Repeated {
                page: 3,
                earlier: 1
            })
        );
    }

    #[test]
    fn the_limits_end_the_walk_only_while_more_is_claimed() {
        let limits = PageLimits::new().max_pages(2).max_items(3);
        let mut guard = PageGuard::new(limits);
        assert_eq!(guard.admit(&facts(1, 0, true), &[1]), Ok(true));
        assert_eq!(
            guard.admit(&facts(2, 0, true), &[2]),
            Err(PageProblem::TooManyPages { limit: 2 })
        );
        let mut last = PageGuard::new(limits);
        assert_eq!(last.admit(&facts(1, 0, true), &[1]), Ok(true));
        assert_eq!(last.admit(&facts(2, 0, false), &[2]), Ok(false));
        let mut items = PageGuard::new(limits);
        assert_eq!(
            items.admit(&facts(1, 0, false), &[1, 2, 3, 4]),
            Err(PageProblem::TooManyItems { limit: 3 })
        );
    }

    #[test]
    fn the_last_page_number_cannot_claim_a_next_one() {
        let mut guard = PageGuard::new(PageLimits::new().max_pages(u32::MAX));
        assert_eq!(
            guard.admit(&facts(u32::MAX, 0, true), &[1]),
            Err(PageProblem::TooManyPages { limit: u32::MAX })
        );
    }
}
