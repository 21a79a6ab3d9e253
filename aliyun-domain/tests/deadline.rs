//! `--timeout` bounds the whole command, run as a process against a server on 127.0.0.1 that
//! answers too slowly: one byte of the body at a time, one byte of the headers at a time, not at
//! all, or with a chunked body that never ends. Each byte comes well within the read timeout of
//! the HTTP stack, which starts again with every byte, so only a deadline stops the command.

mod support;

use std::time::Duration;
use support::{Cli, Run};
use test_support::{Delivery, Reply, Server};

/// The `--timeout` of every run here.
const TIMEOUT_SECONDS: u64 = 2;
/// The slack allowed past `--timeout`: starting the process and scheduling on a loaded machine.
const MARGIN: Duration = Duration::from_millis(2500);
/// A run still going after this is killed, and the test fails.
const KILL_AFTER: Duration = Duration::from_secs(9);
/// One step of the slow server: a byte every half second, far inside the 10 s read timeout.
const DRIP: Duration = Duration::from_millis(500);

/// A task detail page, complete: one domain, still executing.
const RUNNING_TASK: &str = r#"{"RequestId":"R-1","CurrentPageNum":1,"PageSize":1000,"TotalItemNum":1,"TotalPageNum":1,"NextPage":false,"Data":{"TaskDetail":[{"DomainName":"slow.example","TaskStatus":"EXECUTING"}]}}"#;

/// How the server answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slowness {
    /// The headers at once, then the body one byte per [`DRIP`].
    Body,
    /// The status line and headers one byte per [`DRIP`].
    Headers,
    /// Reads the request, never answers.
    Stall,
    /// A chunked body of white space, a chunk per [`DRIP`], never ending.
    EndlessChunks,
    /// The first request answered at once with [`RUNNING_TASK`], every later one a byte at a
    /// time: a task that was read once, then no more.
    FastThenBody,
}

/// The workspace's loopback server, answering every request with [`RUNNING_TASK`] as
/// `slowness` says.
fn slow_server(slowness: Slowness) -> Server {
    Server::start_numbered(move |number, _| {
        let first = number == 0;
        let delivery = match slowness {
            Slowness::FastThenBody if first => Delivery::Whole,
            Slowness::Body | Slowness::FastThenBody => Delivery::BodyByteByByte(DRIP),
            Slowness::Headers => Delivery::HeadByteByByte(DRIP),
            Slowness::Stall => Delivery::Stall,
            Slowness::EndlessChunks => Delivery::EndlessChunks(DRIP),
        };
        Reply::ok(RUNNING_TASK)
            .with_content_type("application/json")
            .delivered(delivery)
    })
}

/// Runs the binary against `server` with `args` and `--timeout 2`, credentials in the
/// environment and an empty home; kills it after [`KILL_AFTER`].
fn run(server: &Server, args: &[&str]) -> Run {
    let endpoint = server.url.clone();
    let timeout = TIMEOUT_SECONDS.to_string();
    let mut all: Vec<&str> = vec!["--endpoint", &endpoint, "--timeout", &timeout];
    all.extend_from_slice(args);
    Cli::new(&all)
        .credentials("deadline-test-id", "deadline-test-secret")
        .limit(KILL_AFTER)
        .run()
}

/// The run ended by `--timeout` plus the margin, with `status`.
fn assert_ended_in_time(run: &Run, status: i32) {
    let bound = Duration::from_secs(TIMEOUT_SECONDS) + MARGIN;
    assert!(
        run.took < bound,
        "still running after {:?} (killed: {})",
        run.took,
        run.status.is_none()
    );
    assert_eq!(run.status, Some(status), "{}", run.stderr);
}

/// A command cut off before any answer: status 3 and a message that says why.
fn assert_timed_out(slowness: Slowness, args: &[&str]) {
    let server = slow_server(slowness);
    let run = run(&server, args);
    assert_ended_in_time(&run, 3);
    assert!(
        run.stderr.contains("timed out"),
        "{slowness:?}: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--timeout"),
        "{slowness:?}: the message names the option: {}",
        run.stderr
    );
    assert!(
        run.stdout.is_empty(),
        "nothing half-done is printed: {}",
        run.stdout
    );
    assert!(server.count() >= 1, "the request reached the server");
}

/// One test per command and slowness: each runs for [`TIMEOUT_SECONDS`], so they run apart.
macro_rules! timed_out {
    ($($name:ident: $slowness:ident, $args:expr;)*) => {$(
        #[test]
        fn $name() {
            assert_timed_out(Slowness::$slowness, $args);
        }
    )*};
}

timed_out! {
    task_wait_ends_at_its_timeout_against_a_body_sent_a_byte_at_a_time: Body, &["task", "T-1", "--wait"];
    task_ends_at_its_timeout_against_headers_sent_a_byte_at_a_time: Headers, &["task", "T-1"];
    task_wait_ends_at_its_timeout_against_a_stalled_connection: Stall, &["task", "T-1", "--wait"];
    list_ends_at_its_timeout_against_a_body_sent_a_byte_at_a_time: Body, &["list"];
    list_ends_at_its_timeout_against_headers_sent_a_byte_at_a_time: Headers, &["list", "--output", "json"];
    list_ends_at_its_timeout_against_an_endless_chunked_body: EndlessChunks, &["list"];
}

#[test]
fn task_wait_gives_up_at_its_timeout_and_prints_the_details_it_last_read() {
    let server = slow_server(Slowness::FastThenBody);
    let run = run(&server, &["task", "T-1", "--wait"]);
    assert_ended_in_time(&run, 1);
    assert!(
        run.stdout.contains("slow.example") && run.stdout.contains("EXECUTING"),
        "the details read before the server slowed down: {}",
        run.stdout
    );
    assert!(run.stderr.contains("gave up waiting"), "{}", run.stderr);
    assert!(server.count() >= 2, "it polled again");
}

#[test]
fn task_wait_with_json_output_gives_up_with_a_complete_document() {
    let server = slow_server(Slowness::FastThenBody);
    let run = run(&server, &["task", "T-1", "--wait", "--output", "json"]);
    assert_ended_in_time(&run, 1);
    let document: serde_json::Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{error}: {}", run.stdout));
    assert_eq!(document["summary"]["running"], 1, "{document}");
    assert_eq!(document["details"][0]["domain"], "slow.example");
}
