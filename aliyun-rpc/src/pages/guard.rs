//! The checks that keep a page stream from walking an endless or self-contradicting listing.
//!
//! Each page is compared with what the earlier pages said. The guard keeps only counters, the
//! tokens answered and one fingerprint per page read, never the pages themselves, so its memory
//! is bounded by the page limit.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::{PageLimits, PageStyle};

/// What a page says about the listing, besides its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PageFacts<'a> {
    /// The page number the request asked for (1 for an unnumbered first request; for token
    /// listings, the count of pages asked for).
    pub(super) requested: u64,
    /// The page number the page says it is, if it says.
    pub(super) reported: Option<u64>,
    /// Whether the page says another follows, if it says.
    pub(super) next_page: Option<bool>,
    /// Pages in all, if the page says (a count of 0 reads as not said: services omit counts so).
    pub(super) total_pages: Option<u64>,
    /// Items over all pages, if the page says (0 reads as not said).
    pub(super) total_items: Option<u64>,
    /// The token for the next page, if any.
    pub(super) next_token: Option<&'a str>,
    /// How many items the page holds.
    pub(super) items: u64,
    /// A hash of the page's items.
    pub(super) fingerprint: u64,
}

/// Why a listing was given up: its pages contradict each other or it is longer than the limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum PageProblem {
    /// A page with the same items as an earlier page.
    Repeated { page: u64, earlier: u64 },
    /// A page number not after the previous page's.
    NoProgress {
        page: u64,
        reported: u64,
        previous: u64,
    },
    /// An empty page that claims a next one.
    EmptyWithNext { page: u64 },
    /// A next page claimed on or after the last page counted.
    PastTotalPages { page: u64, total: u64 },
    /// More items than counted.
    PastTotalItems { items: u64, total: u64 },
    /// A next page claimed when every counted item has arrived.
    NextAfterAllItems { page: u64, total: u64 },
    /// A token answered a second time.
    RepeatedToken { page: u64, token: String },
    /// More pages than the limit.
    TooManyPages { limit: u64 },
    /// More items than the limit.
    TooManyItems { limit: u64 },
}

impl fmt::Display for PageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageProblem::Repeated { page, earlier } => write!(
                f,
                "page {page} repeats page {earlier} item for item, so the listing would never end"
            ),
            PageProblem::NoProgress {
                page,
                reported,
                previous,
            } => write!(
                f,
                "page {page} says it is page {reported}, not a page after the previous page's \
                 {previous}, so the listing does not advance"
            ),
            PageProblem::EmptyWithNext { page } => {
                write!(f, "page {page} is empty yet claims a next page")
            }
            PageProblem::PastTotalPages { page, total } => write!(
                f,
                "page {page} claims a next page, but the service counted {total} page(s)"
            ),
            PageProblem::PastTotalItems { items, total } => write!(
                f,
                "the pages hold at least {items} items, more than the {total} the service counted"
            ),
            PageProblem::NextAfterAllItems { page, total } => write!(
                f,
                "page {page} claims a next page, but all {total} items the service counted have \
                 arrived"
            ),
            PageProblem::RepeatedToken { page, token } => write!(
                f,
                "page {page} answers the token `{token}` a second time, so the listing would \
                 never end"
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
    style: PageStyle,
    limits: PageLimits,
    pages: u64,
    items: u64,
    /// The previous page's own page number, if it gave one.
    previous_reported: Option<u64>,
    /// The fingerprint of each non-empty page read, and the page it came from.
    fingerprints: HashMap<u64, u64>,
    /// Every token answered so far.
    tokens: HashSet<String>,
}

impl PageGuard {
    /// A guard for a walk of a listing in `style` within `limits`.
    pub(super) fn new(style: PageStyle, limits: PageLimits) -> PageGuard {
        PageGuard {
            style,
            limits,
            pages: 0,
            items: 0,
            previous_reported: None,
            fingerprints: HashMap::new(),
            tokens: HashSet::new(),
        }
    }

    /// Pages admitted so far.
    pub(super) fn pages(&self) -> u64 {
        self.pages
    }

    /// Takes in the next page: whether to ask for the page after it, or why the listing cannot
    /// be right.
    pub(super) fn admit(&mut self, facts: &PageFacts<'_>) -> Result<bool, PageProblem> {
        let page = facts.requested;
        let total_items = facts.total_items.filter(|total| *total > 0);
        let total_pages = facts.total_pages.filter(|total| *total > 0);
        self.pages = self.pages.saturating_add(1);
        self.items = self.items.saturating_add(facts.items);
        if let Some(total) = total_items
            && self.items > total
        {
            return Err(PageProblem::PastTotalItems {
                items: self.items,
                total,
            });
        }
        if self.items > self.limits.max_items {
            return Err(PageProblem::TooManyItems {
                limit: self.limits.max_items,
            });
        }
        if facts.items > 0 {
            if let Some(&earlier) = self.fingerprints.get(&facts.fingerprint) {
                return Err(PageProblem::Repeated { page, earlier });
            }
            self.fingerprints.insert(facts.fingerprint, page);
        }
        // Some listings number their first page 0, and a missing number may read as 0: only a
        // number that was given can fail to advance.
        if let Some(reported) = facts.reported {
            if let Some(previous) = self.previous_reported
                && previous > 0
                && reported <= previous
            {
                return Err(PageProblem::NoProgress {
                    page,
                    reported,
                    previous,
                });
            }
            self.previous_reported = Some(reported);
        }
        let more = match self.style {
            PageStyle::Token => match facts.next_token {
                Some(token) => {
                    if !self.tokens.insert(token.to_owned()) {
                        return Err(PageProblem::RepeatedToken {
                            page,
                            token: excerpt(token),
                        });
                    }
                    true
                }
                None => false,
            },
            PageStyle::Number => match facts.next_page {
                Some(false) => false,
                // The page claims another: that claim must agree with everything else it said.
                Some(true) => {
                    if facts.items == 0 {
                        return Err(PageProblem::EmptyWithNext { page });
                    }
                    if let Some(total) = total_pages
                        && page >= total
                    {
                        return Err(PageProblem::PastTotalPages { page, total });
                    }
                    if let Some(total) = total_items
                        && self.items >= total
                    {
                        return Err(PageProblem::NextAfterAllItems { page, total });
                    }
                    true
                }
                // No flag: the counts decide, or else an empty page ends the listing.
                None => {
                    facts.items > 0
                        && total_pages.is_none_or(|total| page < total)
                        && total_items.is_none_or(|total| self.items < total)
                }
            },
        };
        if more && (self.pages >= self.limits.max_pages || page == u64::MAX) {
            return Err(PageProblem::TooManyPages {
                limit: self.limits.max_pages,
            });
        }
        Ok(more)
    }
}

/// A token as shown in a message: the first 32 characters, so a hostile token cannot flood it.
fn excerpt(token: &str) -> String {
    let mut shown: String = token.chars().take(32).collect();
    if shown.len() < token.len() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(requested: u64, reported: Option<u64>, next_page: Option<bool>) -> PageFacts<'static> {
        PageFacts {
            requested,
            reported,
            next_page,
            total_pages: None,
            total_items: None,
            next_token: None,
            items: 1,
            fingerprint: requested,
        }
    }

    fn numbered() -> PageGuard {
        PageGuard::new(PageStyle::Number, PageLimits::default())
    }

    #[test]
    fn a_consistent_listing_is_read_to_its_last_page() {
        let mut guard = numbered();
        let counted = |f: PageFacts<'static>, items| PageFacts {
            total_pages: Some(3),
            total_items: Some(5),
            items,
            ..f
        };
        assert_eq!(
            guard.admit(&counted(facts(1, Some(1), Some(true)), 2)),
            Ok(true)
        );
        assert_eq!(
            guard.admit(&counted(facts(2, Some(2), Some(true)), 2)),
            Ok(true)
        );
        assert_eq!(
            guard.admit(&counted(facts(3, Some(3), Some(false)), 1)),
            Ok(false)
        );
    }

    #[test]
    fn a_first_page_numbered_zero_and_missing_numbers_are_not_stalls() {
        let mut guard = numbered();
        assert_eq!(guard.admit(&facts(1, Some(0), Some(true))), Ok(true));
        assert_eq!(guard.admit(&facts(2, Some(2), Some(true))), Ok(true));
        let mut unnumbered = numbered();
        assert_eq!(unnumbered.admit(&facts(1, None, Some(true))), Ok(true));
        assert_eq!(unnumbered.admit(&facts(2, None, Some(false))), Ok(false));
    }

    #[test]
    fn a_page_that_repeats_any_earlier_page_ends_the_walk() {
        let mut guard = numbered();
        assert_eq!(guard.admit(&facts(1, None, Some(true))), Ok(true));
        assert_eq!(guard.admit(&facts(2, None, Some(true))), Ok(true));
        let again = PageFacts {
            fingerprint: 1,
            ..facts(3, None, Some(true))
        };
        assert_eq!(
            guard.admit(&again),
            Err(PageProblem::Repeated {
                page: 3,
                earlier: 1
            })
        );
    }

    #[test]
    fn without_a_flag_the_counts_or_an_empty_page_end_the_walk() {
        let mut guard = numbered();
        let counted = PageFacts {
            total_items: Some(2),
            ..facts(1, None, None)
        };
        assert_eq!(guard.admit(&counted), Ok(true));
        assert_eq!(
            guard.admit(&PageFacts {
                total_items: Some(2),
                ..facts(2, None, None)
            }),
            Ok(false)
        );
        let mut uncounted = numbered();
        assert_eq!(uncounted.admit(&facts(1, None, None)), Ok(true));
        assert_eq!(
            uncounted.admit(&PageFacts {
                items: 0,
                ..facts(2, None, None)
            }),
            Ok(false)
        );
    }

    #[test]
    fn the_limits_end_the_walk_only_while_more_is_claimed() {
        let limits = PageLimits::new().max_pages(2).max_items(3);
        let mut guard = PageGuard::new(PageStyle::Number, limits);
        assert_eq!(guard.admit(&facts(1, None, Some(true))), Ok(true));
        assert_eq!(
            guard.admit(&facts(2, None, Some(true))),
            Err(PageProblem::TooManyPages { limit: 2 })
        );
        let mut last = PageGuard::new(PageStyle::Number, limits);
        assert_eq!(last.admit(&facts(1, None, Some(true))), Ok(true));
        assert_eq!(last.admit(&facts(2, None, Some(false))), Ok(false));
        let mut items = PageGuard::new(PageStyle::Number, limits);
        assert_eq!(
            items.admit(&PageFacts {
                items: 4,
                ..facts(1, None, Some(false))
            }),
            Err(PageProblem::TooManyItems { limit: 3 })
        );
    }

    #[test]
    fn tokens_chain_until_none_and_a_repeat_is_an_error() {
        let mut guard = PageGuard::new(PageStyle::Token, PageLimits::default());
        let token = |requested, next_token| PageFacts {
            next_token,
            ..facts(requested, None, None)
        };
        assert_eq!(guard.admit(&token(1, Some("a"))), Ok(true));
        assert_eq!(guard.admit(&token(2, Some("b"))), Ok(true));
        assert!(matches!(
            guard.admit(&token(3, Some("a"))),
            Err(PageProblem::RepeatedToken { page: 3, .. })
        ));
        let mut ends = PageGuard::new(PageStyle::Token, PageLimits::default());
        assert_eq!(ends.admit(&token(1, None)), Ok(false));
    }

    #[test]
    fn the_last_page_number_cannot_claim_a_next_one() {
        let mut guard = numbered();
        assert_eq!(
            guard.admit(&facts(u64::MAX, None, Some(true))),
            Err(PageProblem::TooManyPages { limit: 10_000 })
        );
    }
}
