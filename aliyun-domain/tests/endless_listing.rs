//! The `aliyun-domain` binary against servers whose listings never end: every command that
//! walks pages (`list`, `renew --expiring-within`, `task`) stops after a few requests with a
//! clear error and exit status 3, instead of requesting pages until memory runs out.
//!
//! The server is a small HTTP/1.1 responder on 127.0.0.1 that computes each page from the
//! requested `PageNum`, counts the requests, and stops when the test ends.

use std::time::Duration;

mod support;

use serde_json::{Value, json};
use support::{Run, run_against};
use test_support::{Reply, Server};

/// The longest any one run may take; before the fix, such a run never ended.
const RUN_LIMIT: Duration = Duration::from_secs(10);

/// The workspace's loopback server, answering each request with `pages(action, PageNum)`.
fn page_server(pages: impl Fn(&str, u32) -> Value + Send + Sync + 'static) -> Server {
    Server::start(move |request| {
        let page_num = request
            .param("PageNum")
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        Reply::ok(pages(&request.action(), page_num).to_string())
            .with_content_type("application/json")
    })
}

/// How many renewal orders reached `server`.
fn orders(server: &Server) -> usize {
    server
        .requests()
        .iter()
        .filter(|request| {
            let action = request.action();
            action.starts_with("SaveBatchTask") || action.starts_with("SaveSingleTask")
        })
        .count()
}

/// A page of `items` under `key` (`Domain` or `TaskDetail`) that always claims a next page.
fn endless_page(current: u32, key: &str, items: Vec<Value>) -> Value {
    json!({
        "RequestId": "R",
        "CurrentPageNum": current,
        "PageSize": 500,
        "NextPage": true,
        "Data": {key: items},
    })
}

fn domains(names: &[String]) -> Vec<Value> {
    names
        .iter()
        .map(|n| json!({"DomainName": n, "ExpirationDateLong": 1_900_000_000_000_i64}))
        .collect()
}

/// Runs the binary against `server` with test credentials, killed after [`RUN_LIMIT`].
fn run(server: &Server, args: &[&str]) -> Run {
    run_against(&server.url, args, RUN_LIMIT)
}

/// Runs the binary with `args` against `server` and asserts that it stopped with status 3 and
/// an error saying `why`, after `requests` requests.
fn assert_stops(server: &Server, args: &[&str], why: &str, requests: usize) {
    let run = run(server, args);
    assert_eq!(run.code(), 3);
    assert!(error_line(&run).contains(why), "{}", run.stderr);
    assert_eq!(server.count(), requests);
}

/// The one error line a run ended with.
fn error_line(run: &Run) -> &str {
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "one error line: {:?}", run.stderr);
    errors[0]
}

#[test]
fn listing_the_same_page_forever_stops_at_the_second_page() {
    let names = vec!["a.com".to_owned(), "b.com".to_owned()];
    let server = page_server(move |_, _| endless_page(1, "Domain", domains(&names)));
    for output in ["table", "json"] {
        let before = server.count();
        let run = run(&server, &["--output", output, "list"]);
        assert_eq!(run.code(), 3);
        assert_eq!(
            error_line(&run),
            "aliyun-domain: error: cannot list domains: listing QueryDomainList stopped after 2 \
             page(s): page 2 repeats page 1 item for item, so the listing would never end"
        );
        assert!(
            run.stdout.is_empty(),
            "no partial listing: {:?}",
            run.stdout
        );
        assert_eq!(server.count() - before, 2);
    }
}

#[test]
fn listing_fresh_items_under_a_page_number_that_never_moves_stops_too() {
    let server = page_server(|_, n| endless_page(1, "Domain", domains(&[format!("d{n}.com")])));
    assert_stops(
        &server,
        &["list"],
        "page 2 says it is page 1, not a page after",
        2,
    );
}

#[test]
fn listing_empty_pages_that_claim_more_stops_at_the_first() {
    let server = page_server(|_, n| endless_page(n, "Domain", Vec::new()));
    assert_stops(
        &server,
        &["list"],
        "page 1 is empty yet claims a next page",
        1,
    );
}

#[test]
fn planning_a_renewal_over_an_endless_listing_orders_nothing() {
    let names = vec!["a.com".to_owned()];
    let server = page_server(move |_, n| endless_page(n, "Domain", domains(&names)));
    let run = run(&server, &["renew", "--expiring-within", "30", "--yes"]);
    assert_eq!(run.code(), 3);
    assert!(
        error_line(&run)
            .starts_with("aliyun-domain: error: cannot plan the renewal: listing QueryDomainList ")
            && run.stderr.contains("page 2 repeats page 1"),
        "{}",
        run.stderr
    );
    assert_eq!(orders(&server), 0, "no order was placed");
    assert_eq!(server.count(), 2);
}

#[test]
fn reading_a_task_whose_details_never_end_stops_too() {
    let server = page_server(|_, _| {
        endless_page(
            1,
            "TaskDetail",
            vec![json!({"DomainName": "a.com", "TaskStatus": "EXECUTE_SUCCESS"})],
        )
    });
    let run = run(&server, &["task", "T1"]);
    assert_eq!(run.code(), 3);
    assert!(
        error_line(&run).starts_with("aliyun-domain: error: cannot read task T1: ")
            && run.stderr.contains("page 2 repeats page 1"),
        "{}",
        run.stderr
    );
    assert_eq!(server.count(), 2);
}
