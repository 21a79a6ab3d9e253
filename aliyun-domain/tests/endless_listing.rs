//! The `aliyun-domain` binary against servers whose listings never end: every command that
//! walks pages (`list`, `renew --expiring-within`, `task`) stops after a few requests with a
//! clear error and exit status 3, instead of requesting pages until memory runs out.
//!
//! The server is a small HTTP/1.1 responder on 127.0.0.1 that computes each page from the
//! requested `PageNum`, counts the requests, and stops when the test ends.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

mod support;

use serde_json::{Value, json};
use support::{Cli, Run};

/// The longest any one run may take; before the fix, such a run never ended.
const RUN_LIMIT: Duration = Duration::from_secs(10);
/// The most requests a server answers.
const SERVED_AT_MOST: u32 = 1_000;

/// What a server answers: the action (from the `x-acs-action` header) and the page number.
type Pages = dyn Fn(&str, u32) -> Value + Send + Sync;

struct PageServer {
    address: String,
    requests: Arc<AtomicU32>,
    orders: Arc<AtomicU32>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl PageServer {
    fn start(pages: impl Fn(&str, u32) -> Value + Send + Sync + 'static) -> PageServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let address = listener.local_addr().unwrap().to_string();
        let pages: Box<Pages> = Box::new(pages);
        let requests = Arc::new(AtomicU32::new(0));
        let orders = Arc::new(AtomicU32::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (counter, ordered, stopping) = (requests.clone(), orders.clone(), stop.clone());
        let thread = thread::spawn(move || {
            while counter.load(Ordering::SeqCst) < SERVED_AT_MOST {
                let Ok((stream, _)) = listener.accept() else {
                    return;
                };
                if stopping.load(Ordering::SeqCst) {
                    return;
                }
                counter.fetch_add(1, Ordering::SeqCst);
                answer(stream, &pages, &ordered);
            }
        });
        PageServer {
            address,
            requests,
            orders,
            stop,
            thread: Some(thread),
        }
    }

    fn requests(&self) -> u32 {
        self.requests.load(Ordering::SeqCst)
    }
}

impl Drop for PageServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(&self.address);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn answer(mut stream: TcpStream, pages: &Pages, orders: &AtomicU32) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut request = Vec::new();
    let mut buffer = [0u8; 8192];
    let head_end = loop {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return,
            Ok(read) => request.extend_from_slice(&buffer[..read]),
        }
        if let Some(at) = request.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        if request.len() > 1 << 20 {
            return;
        }
    };
    let head = String::from_utf8_lossy(&request[..head_end]).into_owned();
    let length: usize = header(&head, "content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    while request.len() < head_end + length.min(1 << 20) {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(read) => request.extend_from_slice(&buffer[..read]),
        }
    }
    let text = String::from_utf8_lossy(&request);
    let action = header(&head, "x-acs-action").unwrap_or_default();
    if action.starts_with("SaveBatchTask") || action.starts_with("SaveSingleTask") {
        orders.fetch_add(1, Ordering::SeqCst);
    }
    let page_num = text
        .split(['?', '&', '\n', ' '])
        .find_map(|pair| pair.trim().strip_prefix("PageNum="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let body = pages(&action, page_num).to_string();
    let response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes());
}

fn header(head: &str, name: &str) -> Option<String> {
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim().to_owned())
    })
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
fn run(server: &PageServer, args: &[&str]) -> Run {
    let endpoint = format!("http://{}/", server.address);
    let mut all = vec!["--endpoint", endpoint.as_str()];
    all.extend_from_slice(args);
    let run = Cli::new(&all)
        .credentials("test-id", "test-secret")
        .limit(RUN_LIMIT)
        .run();
    assert!(
        run.status.is_some(),
        "aliyun-domain {args:?} ran longer than {RUN_LIMIT:?} ({} requests)",
        server.requests()
    );
    run
}

/// The one error line a run ended with.
fn error_line(run: &Run) -> &str {
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("aliyun-domain: error: "))
        .collect();
    assert_eq!(errors.len(), 1, "one error line: {:?}", run.stderr);
    errors[0]
}

#[test]
fn listing_the_same_page_forever_stops_at_the_second_page() {
    let names = vec!["a.com".to_owned(), "b.com".to_owned()];
    let server = PageServer::start(move |_, _| endless_page(1, "Domain", domains(&names)));
    for output in ["table", "json"] {
        let before = server.requests();
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
        assert_eq!(server.requests() - before, 2);
    }
}

#[test]
fn listing_fresh_items_under_a_page_number_that_never_moves_stops_too() {
    let server =
        PageServer::start(|_, n| endless_page(1, "Domain", domains(&[format!("d{n}.com")])));
    let run = run(&server, &["list"]);
    assert_eq!(run.code(), 3);
    assert!(
        error_line(&run).contains("page 2 says it is page 1, not a page after"),
        "{}",
        run.stderr
    );
    assert_eq!(server.requests(), 2);
}

#[test]
fn listing_empty_pages_that_claim_more_stops_at_the_first() {
    let server = PageServer::start(|_, n| endless_page(n, "Domain", Vec::new()));
    let run = run(&server, &["list"]);
    assert_eq!(run.code(), 3);
    assert!(
        error_line(&run).contains("page 1 is empty yet claims a next page"),
        "{}",
        run.stderr
    );
    assert_eq!(server.requests(), 1);
}

#[test]
fn planning_a_renewal_over_an_endless_listing_orders_nothing() {
    let names = vec!["a.com".to_owned()];
    let server = PageServer::start(move |_, n| endless_page(n, "Domain", domains(&names)));
    let run = run(&server, &["renew", "--expiring-within", "30", "--yes"]);
    assert_eq!(run.code(), 3);
    assert!(
        error_line(&run)
            .starts_with("aliyun-domain: error: cannot plan the renewal: listing QueryDomainList ")
            && run.stderr.contains("page 2 repeats page 1"),
        "{}",
        run.stderr
    );
    assert_eq!(
        server.orders.load(Ordering::SeqCst),
        0,
        "no order was placed"
    );
    assert_eq!(server.requests(), 2);
}

#[test]
fn reading_a_task_whose_details_never_end_stops_too() {
    let server = PageServer::start(|_, _| {
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
    assert_eq!(server.requests(), 2);
}
