//! Listings declared with `#[rpc(page_number)]`/`#[rpc(next_token)]` and `#[derive(RpcPage)]`
//! stream through `Client::items`, against a real HTTP server on 127.0.0.1 that serves scripted
//! pages; hostile services (a page answered twice, a token repeated, endless `NextPage`, more
//! items than counted) end the stream with `Error::Pagination` after a bounded number of calls.

use std::collections::HashMap;

use aliyun_rpc::pages::PageLimits;
use aliyun_rpc::{Client, Credentials, Error, Rpc, RpcPage};
use futures_util::{StreamExt, TryStreamExt};
use serde::Deserialize;
use test_support::{Reply, Server};

/// A listing numbered by page, as Alidns and ECS number theirs.
#[derive(Clone, Rpc)]
#[rpc(action = "DescribeThings", version = "2020-01-01", endpoint = "example.aliyuncs.com", response = NumberedPage)]
struct DescribeThings {
    #[rpc(page_number)]
    page_number: Option<u32>,
    page_size: Option<u32>,
}

#[derive(Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase")]
struct NumberedPage {
    #[rpc(total_items)]
    total_count: Option<u64>,
    #[rpc(page_number)]
    page_number: Option<u32>,
    #[rpc(next_page)]
    next_page: Option<bool>,
    #[rpc(items)]
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    things: Vec<Thing>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Thing {
    id: u32,
}

/// A listing chained by tokens.
#[derive(Clone, Rpc)]
#[rpc(action = "ListThings", version = "2020-01-01", endpoint = "example.aliyuncs.com", response = TokenPage)]
struct ListThings {
    #[rpc(next_token)]
    next_token: Option<String>,
    max_results: Option<u32>,
}

#[derive(Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase")]
struct TokenPage {
    #[rpc(next_token)]
    next_token: Option<String>,
    #[rpc(items)]
    things: Option<Vec<Thing>>,
}

/// The workspace's loopback server answering each request with `script(parameters)`, from the
/// query and the form body; it records every request and stops when dropped.
fn serve_pages(
    script: impl Fn(&HashMap<String, String>) -> String + Send + Sync + 'static,
) -> Server {
    Server::start(move |request| Reply::ok(script(&request.params().into_iter().collect())))
}

/// The workspace's loopback server answering each request with `script(PageNumber asked)`.
fn serve_numbered_pages(script: impl Fn(u32) -> String + Send + Sync + 'static) -> Server {
    serve_pages(move |parameters| script(page_asked(parameters)))
}

/// A numbered listing from `page_number`, `page_size` items a page.
fn describe(page_number: Option<u32>, page_size: Option<u32>) -> DescribeThings {
    DescribeThings {
        page_number,
        page_size,
    }
}

/// A token listing from its first page, at most `max_results` items a page.
fn list(max_results: Option<u32>) -> ListThings {
    ListThings {
        next_token: None,
        max_results,
    }
}

fn client(url: &str) -> Client {
    Client::builder()
        .endpoint(url)
        .credentials(Credentials::new("id", "secret"))
        .build()
        .unwrap()
}

fn things(ids: std::ops::Range<u32>) -> String {
    let items: Vec<String> = ids.map(|id| format!(r#"{{"Id":{id}}}"#)).collect();
    format!(r#"{{"Thing":[{}]}}"#, items.join(","))
}

/// The same items as a bare list, as token listings send theirs.
fn bare(ids: std::ops::Range<u32>) -> String {
    let items: Vec<String> = ids.map(|id| format!(r#"{{"Id":{id}}}"#)).collect();
    format!("[{}]", items.join(","))
}

fn page_asked(parameters: &HashMap<String, String>) -> u32 {
    parameters
        .get("PageNumber")
        .map_or(1, |n| n.parse().unwrap())
}

#[tokio::test]
async fn numbered_pages_stream_every_item_until_the_count_is_reached() {
    let server = serve_numbered_pages(|page| {
        let first = (page - 1) * 2;
        format!(
            r#"{{"RequestId":"R","TotalCount":5,"PageNumber":{page},"Things":{}}}"#,
            things(first..(first + 2).min(5))
        )
    });
    let client = client(&server.url);
    let first = describe(None, Some(2));
    let items: Vec<Thing> = client.items(first).try_collect().await.unwrap();
    assert_eq!(items, (0..5).map(|id| Thing { id }).collect::<Vec<_>>());
    let asked: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|request| request.param("PageNumber"))
        .collect();
    assert_eq!(asked, [None, Some("2".into()), Some("3".into())]);
}

#[tokio::test]
async fn next_page_false_ends_the_stream() {
    let server = serve_numbered_pages(|page| {
        format!(
            r#"{{"RequestId":"R","NextPage":{},"Things":{}}}"#,
            page < 2,
            things(page * 10..page * 10 + 1)
        )
    });
    let items: Vec<Thing> = client(&server.url)
        .items(describe(Some(1), None))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, [Thing { id: 10 }, Thing { id: 20 }]);
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn tokens_chain_the_pages_until_none_is_given() {
    let server = serve_pages(
        |parameters| match parameters.get("NextToken").map(String::as_str) {
            None => format!(
                r#"{{"RequestId":"R","NextToken":"t1","Things":{}}}"#,
                bare(0..2)
            ),
            Some("t1") => format!(
                r#"{{"RequestId":"R","NextToken":"t2","Things":{}}}"#,
                bare(2..3)
            ),
            _ => r#"{"RequestId":"R","NextToken":""}"#.to_owned(),
        },
    );
    let items: Vec<Thing> = client(&server.url)
        .items(list(Some(2)))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(server.count(), 3);
}

/// Reads the stream to its end; returns the items and the error that ended it.
async fn drain<S, T>(stream: S) -> (Vec<T>, Option<Error>)
where
    S: futures_util::Stream<Item = Result<T, Error>>,
{
    let mut stream = std::pin::pin!(stream);
    let mut items = Vec::new();
    while let Some(next) = stream.next().await {
        match next {
            Ok(item) => items.push(item),
            Err(error) => return (items, Some(error)),
        }
    }
    (items, None)
}

fn pagination_reason(error: Option<Error>) -> String {
    match error {
        Some(Error::Pagination { reason, .. }) => reason,
        other => panic!("expected a pagination error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_page_answered_again_ends_the_stream_with_an_error() {
    // The service ignores the page asked for and always answers page 1 with "more to come".
    let server = serve_pages(|_| {
        format!(
            r#"{{"RequestId":"R","PageNumber":1,"NextPage":true,"Things":{}}}"#,
            things(0..3)
        )
    });
    let client = client(&server.url);
    let (items, error) = drain(client.items(describe(None, None))).await;
    assert_eq!(items.len(), 3, "the first page is yielded");
    assert!(pagination_reason(error).contains("page 2 repeats page 1 item for item"));
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn endless_next_pages_stop_at_the_page_limit() {
    // Fresh items on every page, no echo and no counts: only the limit can end this.
    let server = serve_numbered_pages(|page| {
        format!(
            r#"{{"RequestId":"R","NextPage":true,"Things":{}}}"#,
            things(page * 2..page * 2 + 2)
        )
    });
    let client = client(&server.url);
    let limits = PageLimits::new().max_pages(5);
    let (items, error) = drain(client.items_with(describe(None, None), limits)).await;
    assert!(pagination_reason(error).contains("goes on past 5 pages"));
    assert_eq!(server.count(), 5);
    assert_eq!(items.len(), 8, "the pages within the limit are yielded");
}

#[tokio::test]
async fn more_items_than_counted_or_than_the_item_limit_end_the_stream() {
    let server = serve_numbered_pages(|page| {
        format!(
            r#"{{"RequestId":"R","TotalCount":3,"PageNumber":{page},"Things":{}}}"#,
            things(0..2)
        )
    });
    let client = client(&server.url);
    let first = describe(None, None);
    let (_, error) = drain(client.items(first.clone())).await;
    assert!(pagination_reason(error).contains("at least 4 items, more than the 3"));
    let limits = PageLimits::new().max_items(1);
    let (items, error) = drain(client.items_with(first, limits)).await;
    assert!(pagination_reason(error).contains("goes on past 1 items"));
    assert!(items.is_empty(), "a page past the limit is not yielded");
}

#[tokio::test]
async fn a_token_answered_twice_ends_the_stream_with_an_error() {
    // Fresh items, but the same token every time.
    let server = serve_pages(|parameters| {
        let id = u32::from(parameters.contains_key("NextToken"));
        format!(
            r#"{{"RequestId":"R","NextToken":"same","Things":{}}}"#,
            bare(id..id + 1)
        )
    });
    let client = client(&server.url);
    let (items, error) = drain(client.items(list(None))).await;
    assert!(pagination_reason(error).contains("the token `same` a second time"));
    assert_eq!(
        items.len(),
        1,
        "the page that repeats the token is not yielded"
    );
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn pages_stream_whole_responses() {
    let server = serve_numbered_pages(|page| {
        format!(
            r#"{{"RequestId":"R","TotalCount":4,"PageNumber":{page},"Things":{}}}"#,
            things((page - 1) * 2..page * 2)
        )
    });
    let pages: Vec<NumberedPage> = client(&server.url)
        .pages(describe(None, Some(2)))
        .try_collect()
        .await
        .unwrap();
    let numbers: Vec<Option<u32>> = pages.iter().map(|p| p.page_number).collect();
    assert_eq!(numbers, [Some(1), Some(2)]);
}
