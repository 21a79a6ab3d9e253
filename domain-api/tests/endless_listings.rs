//! Page streams against servers whose pages never end or contradict each other: every walk ends,
//! after a bounded number of requests, with an `Error::Response` that says what was wrong.
//!
//! Each test starts a small HTTP server on 127.0.0.1 that answers `QueryDomainList` with a page
//! computed from the requested `PageNum`, and counts the requests.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use aliyun_rpc::pages::{MAX_ITEMS, MAX_PAGES};
use aliyun_rpc::{Client, Credentials, Error};
use domain_api::{
    DomainSummary, PageLimits, QueryDomainList, QueryTaskDetailList, all_items, all_items_within,
};
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The most requests a server answers; a walk that is not stopped runs into it and fails.
const SERVED_AT_MOST: u32 = 200;
/// The longest a walk may take.
const WALK_LIMIT: Duration = Duration::from_secs(5);

/// The page a server answers for a requested `PageNum`.
type Pages = dyn Fn(u32) -> Value + Send + Sync;

struct PageServer {
    url: String,
    requests: Arc<AtomicU32>,
    task: JoinHandle<()>,
}

impl PageServer {
    async fn start(pages: impl Fn(u32) -> Value + Send + Sync + 'static) -> PageServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicU32::new(0));
        let pages: Arc<Pages> = Arc::new(pages);
        let counter = requests.clone();
        let task = tokio::spawn(async move {
            while counter.load(Ordering::SeqCst) < SERVED_AT_MOST {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                counter.fetch_add(1, Ordering::SeqCst);
                answer(stream, pages.clone()).await;
            }
        });
        PageServer {
            url,
            requests,
            task,
        }
    }

    fn client(&self) -> Client {
        Client::builder()
            .endpoint(self.url.as_str())
            .credentials(Credentials::new("test-id", "test-secret"))
            .build()
            .unwrap()
    }

    fn requests(&self) -> u32 {
        self.requests.load(Ordering::SeqCst)
    }

    fn stop(self) {
        self.task.abort();
    }
}

/// Reads one request, finds its `PageNum` in the query or the form body, and answers the page.
async fn answer(mut stream: TcpStream, pages: Arc<Pages>) {
    let mut request = Vec::new();
    let mut buffer = [0u8; 8192];
    let head_end = loop {
        let Ok(read) = stream.read(&mut buffer).await else {
            return;
        };
        if read == 0 {
            return;
        }
        request.extend_from_slice(&buffer[..read]);
        if let Some(at) = request.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        if request.len() > 1 << 20 {
            return;
        }
    };
    let head = String::from_utf8_lossy(&request[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while request.len() < head_end + length.min(1 << 20) {
        match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => break,
            Ok(read) => request.extend_from_slice(&buffer[..read]),
        }
    }
    let text = String::from_utf8_lossy(&request);
    let page_num = text
        .split(['?', '&', '\n', ' '])
        .find_map(|pair| pair.trim().strip_prefix("PageNum="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let body = pages(page_num).to_string();
    let response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
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
    let server = PageServer::start(|_| page(1, true, 0, 0, &names_of(1))).await;
    let (names, error) = collect(all_items(&server.client(), QueryDomainList::new(2))).await;
    assert_response_error(error, "page 2 repeats page 1");
    assert_eq!(names, names_of(1), "the first page's items, once");
    assert_eq!(server.requests(), 2);
    server.stop();
}

#[tokio::test]
async fn the_same_items_under_advancing_page_numbers_are_a_repeat() {
    let server = PageServer::start(|n| page(n, true, 1000, 2000, &names_of(1))).await;
    let (_, error) = walk(&server.client(), PageLimits::new()).await;
    assert_response_error(error, "page 2 repeats page 1");
    assert_eq!(server.requests(), 2);
    server.stop();
}

#[tokio::test]
async fn two_pages_in_turn_are_caught_at_the_first_repeat() {
    let server = PageServer::start(|n| page(0, true, 0, 0, &names_of(n % 2))).await;
    let (names, error) = walk(&server.client(), PageLimits::new()).await;
    assert_response_error(error, "page 3 repeats page 1");
    assert_eq!(names.len(), 4);
    assert_eq!(server.requests(), 3);
    server.stop();
}

#[tokio::test]
async fn a_page_number_that_stays_put_does_not_advance() {
    let server = PageServer::start(|n| page(1, true, 0, 0, &names_of(n))).await;
    let (_, error) = walk(&server.client(), PageLimits::new()).await;
    assert_response_error(error, "page 2 says it is page 1, not a page after");
    assert_eq!(server.requests(), 2);
    server.stop();
}

#[tokio::test]
async fn a_page_number_that_goes_backwards_does_not_advance() {
    let server = PageServer::start(|n| page(50 - n.min(49), true, 0, 0, &names_of(n))).await;
    let (_, error) = walk(&server.client(), PageLimits::new()).await;
    assert_response_error(error, "page 2 says it is page 48, not a page after");
    server.stop();
}

#[tokio::test]
async fn an_empty_page_that_claims_a_next_one_is_an_error() {
    let server = PageServer::start(|n| page(n, true, 0, 0, &[])).await;
    let (names, error) = walk(&server.client(), PageLimits::new()).await;
    assert_response_error(error, "page 1 is empty yet claims a next page");
    assert!(names.is_empty());
    assert_eq!(server.requests(), 1);
    server.stop();
}

#[tokio::test]
async fn a_next_page_past_total_page_num_is_an_error() {
    let server = PageServer::start(|n| page(n, true, 2, 0, &names_of(n))).await;
    let (names, error) = walk(&server.client(), PageLimits::new()).await;
    assert_response_error(
        error,
        "page 2 claims a next page, but the service counted 2 page(s)",
    );
    assert_eq!(names, names_of(1));
    assert_eq!(server.requests(), 2);
    server.stop();
}

#[tokio::test]
async fn more_items_than_total_item_num_is_an_error() {
    let server = PageServer::start(|n| page(n, true, 0, 3, &names_of(n))).await;
    let (_, error) = walk(&server.client(), PageLimits::new()).await;
    assert_response_error(
        error,
        "at least 4 items, more than the 3 the service counted",
    );
    assert_eq!(server.requests(), 2);
    server.stop();
}

#[tokio::test]
async fn a_next_page_after_every_declared_item_is_an_error() {
    let server = PageServer::start(|n| page(n, true, 0, 4, &names_of(n))).await;
    let (_, error) = walk(&server.client(), PageLimits::new()).await;
    assert_response_error(error, "all 4 items the service counted have arrived");
    assert_eq!(server.requests(), 2);
    server.stop();
}

#[tokio::test]
async fn fresh_pages_forever_stop_at_the_page_limit() {
    let server = PageServer::start(|n| page(n, true, 0, 0, &names_of(n))).await;
    let (names, error) = walk(&server.client(), PageLimits::new().max_pages(7)).await;
    assert_response_error(error, "goes on past 7 pages");
    assert_eq!(names.len(), 12, "the items of the first six pages");
    assert_eq!(server.requests(), 7);
    server.stop();
}

#[tokio::test]
async fn fresh_pages_forever_stop_at_the_item_limit() {
    let server = PageServer::start(|n| page(n, true, 0, 0, &names_of(n))).await;
    let (names, error) = walk(&server.client(), PageLimits::new().max_items(5)).await;
    assert_response_error(error, "goes on past 5 items");
    assert_eq!(names.len(), 4);
    assert_eq!(server.requests(), 3);
    server.stop();
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
    let server = PageServer::start(detail_page).await;
    let client = server.client();
    let stream = all_items(&client, QueryTaskDetailList::new("T1", 1000));
    let outcome = tokio::time::timeout(WALK_LIMIT, stream.collect::<Vec<_>>())
        .await
        .expect("the walk ends in bounded time");
    assert_eq!(outcome.len(), 2, "one detail, then the error");
    match &outcome[1] {
        Err(Error::Pagination { reason, .. }) => assert!(reason.contains("page 2 repeats page 1")),
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert_eq!(server.requests(), 2);
    server.stop();
}

#[tokio::test]
async fn consistent_listings_are_read_in_full() {
    // Three pages with every count given, and the last page short.
    let counted = PageServer::start(|n| {
        let names = if n == 3 {
            vec!["last.com".to_owned()]
        } else {
            names_of(n)
        };
        page(n, n < 3, 3, 5, &names)
    })
    .await;
    let (names, error) = walk(&counted.client(), PageLimits::new()).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(names.len(), 5);
    counted.stop();
    // No counts and no page numbers at all: the walk follows NextPage alone.
    let bare = PageServer::start(|n| page(0, n < 4, 0, 0, &names_of(n))).await;
    let (names, error) = walk(&bare.client(), PageLimits::new()).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(names.len(), 8);
    assert_eq!(bare.requests(), 4);
    bare.stop();
    // A listing exactly as long as the limits allows is not cut.
    let exact = PageServer::start(|n| page(n, n < 3, 3, 6, &names_of(n))).await;
    let limits = PageLimits::new().max_pages(3).max_items(6);
    let (names, error) = walk(&exact.client(), limits).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(names.len(), 6);
    exact.stop();
}

#[test]
fn the_default_limits_are_the_documented_ones() {
    let limits = PageLimits::default();
    assert_eq!(limits.pages(), MAX_PAGES);
    assert_eq!(limits.items(), MAX_ITEMS);
    assert_eq!((MAX_PAGES, MAX_ITEMS), (10_000, 1_000_000));
}
