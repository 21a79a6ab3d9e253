//! Page streams against servers whose pages never end or contradict each other: every walk ends,
//! after a bounded number of requests, with an `Error::Response` that says what was wrong.
//!
//! Each test starts a small HTTP server on 127.0.0.1 that answers `QueryDomainList` with a page
//! computed from the requested `PageNum`, and counts the requests.

use std::time::Duration;

use aliyun_rpc::pages::{MAX_ITEMS, MAX_PAGES};
use aliyun_rpc::{Client, Credentials, Error};
use domain_api::{
    DomainSummary, PageLimits, QueryDomainList, QueryTaskDetailList, all_items, all_items_within,
};
use futures_util::StreamExt;
use serde_json::{Value, json};
use test_support::{Reply, Server};

/// The longest a walk may take.
const WALK_LIMIT: Duration = Duration::from_secs(5);

/// The workspace's loopback server, answering each request with the page computed from its
/// `PageNum`, and a client for it.
fn page_server(pages: impl Fn(u32) -> Value + Send + Sync + 'static) -> (Server, Client) {
    let server = Server::start(move |request| {
        let page_num = request
            .param("PageNum")
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        Reply::ok(pages(page_num).to_string()).with_content_type("application/json")
    });
    let client = Client::builder()
        .endpoint(server.url.as_str())
        .credentials(Credentials::new("test-id", "test-secret"))
        .build()
        .unwrap();
    (server, client)
}

/// A `QueryDomainList` page holding `names`.
fn page(current: u32, next: bool, total_pages: u32, total_items: u64, names: &[String]) -> Value {
    json!({
        "RequestId": format!("R{current}"),
        "CurrentPageNum": current,
        "PageSize": 2,
        "TotalItemNum": total_items,
        "TotalPageNum": total_pages,
        "PrePage": current > 1,
        "NextPage": next,
        "Data": {"Domain": names.iter().map(|n| json!({"DomainName": n})).collect::<Vec<_>>()},
    })
}

/// Two names unique to page `n`.
fn names_of(n: u32) -> Vec<String> {
    vec![format!("a{n}.com"), format!("b{n}.com")]
}

/// The names a walk yielded before it ended, and the error it ended with, if any.
async fn walk(client: &Client, limits: PageLimits) -> (Vec<String>, Option<Error>) {
    let stream = all_items_within(client, QueryDomainList::new(2), limits);
    collect(stream).await
}

async fn collect(
    stream: impl futures_util::Stream<Item = Result<DomainSummary, Error>>,
) -> (Vec<String>, Option<Error>) {
    let mut stream = std::pin::pin!(stream);
    let mut names = Vec::new();
    let outcome = tokio::time::timeout(WALK_LIMIT, async {
        while let Some(item) = stream.next().await {
            match item {
                Ok(domain) => names.push(domain.domain_name),
                Err(error) => return Some(error),
            }
        }
        None
    })
    .await
    .expect("the walk ends in bounded time");
    (names, outcome)
}

/// Asserts that the walk ended with an `Error::Pagination` whose reason contains `expected`.
fn assert_response_error(error: Option<Error>, expected: &str) {
    match error {
        Some(error @ Error::Pagination { .. }) => {
            let Error::Pagination { reason, .. } = &error else {
                unreachable!()
            };
            assert!(
                reason.contains(expected),
                "reason {reason:?} lacks {expected:?}"
            );
            let text = error.to_string();
            assert!(
                text.starts_with("listing QueryDomainList stopped after "),
                "{text}"
            );
        }
        other => panic!("expected a pagination error about {expected:?}, got {other:?}"),
    }
}

#[tokio::test]
async fn the_same_page_forever_ends_at_the_second_request() {
    let (server, client) = page_server(|_| page(1, true, 0, 0, &names_of(1)));
    let (names, error) = collect(all_items(&client, QueryDomainList::new(2))).await;
    assert_response_error(error, "page 2 repeats page 1");
    assert_eq!(names, names_of(1), "the first page's items, once");
    assert_eq!(server.count(), 2);
}

/// What a walk must have yielded before its error.
enum Yielded {
    Exactly(Vec<String>),
    Count(usize),
    Unchecked,
}

/// One listing that contradicts itself or never ends: the pages, the limits of the walk, and
/// what the walk must end with.
struct Endless {
    what: String,
    pages: fn(u32) -> Value,
    limits: PageLimits,
    reason: &'static str,
    yielded: Yielded,
    requests: Option<usize>,
}

impl Endless {
    /// The same listing, walked within `limits`.
    fn within(self, limits: PageLimits) -> Endless {
        Endless { limits, ..self }
    }
}

fn endless_listings() -> Vec<Endless> {
    use Yielded::{Count, Exactly, Unchecked};
    let case = |what: &str, pages, reason, yielded, requests| Endless {
        what: what.to_owned(),
        pages,
        limits: PageLimits::new(),
        reason,
        yielded,
        requests,
    };
    // Fresh items on every page, no echo and no counts: only a limit ends these.
    let fresh_forever = |limit, limits, reason, items, requests| Endless {
        what: format!("fresh pages forever stop at the {limit}"),
        ..case(
            "",
            |n| page(n, true, 0, 0, &names_of(n)),
            reason,
            Count(items),
            Some(requests),
        )
        .within(limits)
    };
    vec![
        fresh_forever(
            "page limit",
            PageLimits::new().max_pages(7),
            "goes on past 7 pages",
            12,
            7,
        ),
        case(
            "the same items under advancing page numbers are a repeat",
            |n| page(n, true, 1000, 2000, &names_of(1)),
            "page 2 repeats page 1",
            Unchecked,
            Some(2),
        ),
        case(
            "two pages in turn are caught at the first repeat",
            |n| page(0, true, 0, 0, &names_of(n % 2)),
            "page 3 repeats page 1",
            Count(4),
            Some(3),
        ),
        case(
            "a page number that stays put does not advance",
            |n| page(1, true, 0, 0, &names_of(n)),
            "page 2 says it is page 1, not a page after",
            Unchecked,
            Some(2),
        ),
        case(
            "a page number that goes backwards does not advance",
            |n| page(50 - n.min(49), true, 0, 0, &names_of(n)),
            "page 2 says it is page 48, not a page after",
            Unchecked,
            None,
        ),
        case(
            "an empty page that claims a next one is an error",
            |n| page(n, true, 0, 0, &[]),
            "page 1 is empty yet claims a next page",
            Count(0),
            Some(1),
        ),
        case(
            "a next page past TotalPageNum is an error",
            |n| page(n, true, 2, 0, &names_of(n)),
            "page 2 claims a next page, but the service counted 2 page(s)",
            Exactly(names_of(1)),
            Some(2),
        ),
        case(
            "more items than TotalItemNum is an error",
            |n| page(n, true, 0, 3, &names_of(n)),
            "at least 4 items, more than the 3 the service counted",
            Unchecked,
            Some(2),
        ),
        case(
            "a next page after every declared item is an error",
            |n| page(n, true, 0, 4, &names_of(n)),
            "all 4 items the service counted have arrived",
            Unchecked,
            Some(2),
        ),
        fresh_forever(
            "item limit",
            PageLimits::new().max_items(5),
            "goes on past 5 items",
            4,
            3,
        ),
    ]
}

#[tokio::test]
async fn self_contradicting_or_endless_listings_end_the_walk_with_their_reason() {
    for listing in endless_listings() {
        let what = &listing.what;
        let (server, client) = page_server(listing.pages);
        let (names, error) = walk(&client, listing.limits).await;
        assert_response_error(error, listing.reason);
        match listing.yielded {
            Yielded::Exactly(expected) => assert_eq!(names, expected, "{what}"),
            Yielded::Count(count) => assert_eq!(names.len(), count, "{what}"),
            Yielded::Unchecked => {}
        }
        if let Some(requests) = listing.requests {
            assert_eq!(server.count(), requests, "{what}");
        }
    }
}

#[tokio::test]
async fn every_listing_action_is_guarded_the_same_way() {
    let detail_page = |_| {
        json!({
            "RequestId": "R",
            "CurrentPageNum": 1,
            "NextPage": true,
            "Data": {"TaskDetail": [{"DomainName": "a.com", "TaskNo": "T1"}]},
        })
    };
    let (server, client) = page_server(detail_page);
    let stream = all_items(&client, QueryTaskDetailList::new("T1", 1000));
    let outcome = tokio::time::timeout(WALK_LIMIT, stream.collect::<Vec<_>>())
        .await
        .expect("the walk ends in bounded time");
    assert_eq!(outcome.len(), 2, "one detail, then the error");
    match &outcome[1] {
        Err(Error::Pagination { reason, .. }) => assert!(reason.contains("page 2 repeats page 1")),
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn consistent_listings_are_read_in_full() {
    // Three pages with every count given, and the last page short.
    let (_counted, client) = page_server(|n| {
        let names = if n == 3 {
            vec!["last.com".to_owned()]
        } else {
            names_of(n)
        };
        page(n, n < 3, 3, 5, &names)
    });
    let (names, error) = walk(&client, PageLimits::new()).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(names.len(), 5);
    // No counts and no page numbers at all: the walk follows NextPage alone.
    let (bare, client) = page_server(|n| page(0, n < 4, 0, 0, &names_of(n)));
    let (names, error) = walk(&client, PageLimits::new()).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(names.len(), 8);
    assert_eq!(bare.count(), 4);
    // A listing exactly as long as the limits allows is not cut.
    let (_exact, client) = page_server(|n| page(n, n < 3, 3, 6, &names_of(n)));
    let limits = PageLimits::new().max_pages(3).max_items(6);
    let (names, error) = walk(&client, limits).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(names.len(), 6);
}

#[test]
fn the_default_limits_are_the_documented_ones() {
    let limits = PageLimits::default();
    assert_eq!(limits.pages(), MAX_PAGES);
    assert_eq!(limits.items(), MAX_ITEMS);
    assert_eq!((MAX_PAGES, MAX_ITEMS), (10_000, 1_000_000));
}
