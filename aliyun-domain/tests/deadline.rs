//! `--timeout` bounds the whole command, run as a process against a server on 127.0.0.1 that
//! answers too slowly: one byte of the body at a time, one byte of the headers at a time, not at
//! all, or with a chunked body that never ends. Each byte comes well within the read timeout of
//! the HTTP stack, which starts again with every byte, so only a deadline stops the command.

mod support;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
use support::{Cli, Run};

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

/// The slow server: a thread per connection, all stopped and joined on drop.
struct SlowServer {
    port: u16,
    stop: Arc<AtomicBool>,
    requests: Arc<AtomicUsize>,
    acceptor: Option<JoinHandle<()>>,
}

impl SlowServer {
    fn start(slowness: Slowness) -> SlowServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().unwrap().port();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(AtomicUsize::new(0));
        let (stopped, seen) = (stop.clone(), requests.clone());
        let acceptor = thread::spawn(move || {
            let mut connections = Vec::new();
            while !stopped.load(Ordering::SeqCst) && connections.len() < 32 {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (stopped, seen) = (stopped.clone(), seen.clone());
                        connections.push(thread::spawn(move || {
                            serve(stream, slowness, &stopped, &seen)
                        }));
                    }
                    Err(_) => thread::sleep(Duration::from_millis(10)),
                }
            }
            for connection in connections {
                let _ = connection.join();
            }
        });
        SlowServer {
            port,
            stop,
            requests,
            acceptor: Some(acceptor),
        }
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }
}

impl Drop for SlowServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

/// Sleeps `pause` unless the server stops first; `false` when it stopped.
fn pause_unless_stopped(pause: Duration, stop: &AtomicBool) -> bool {
    let until = Instant::now() + pause;
    while Instant::now() < until {
        if stop.load(Ordering::SeqCst) {
            return false;
        }
        thread::sleep(Duration::from_millis(20));
    }
    !stop.load(Ordering::SeqCst)
}

/// Answers the requests of one connection as `slowness` says, until the client goes away or the
/// server stops.
fn serve(mut stream: TcpStream, slowness: Slowness, stop: &AtomicBool, seen: &AtomicUsize) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(50)));
    let _ = stream.set_nodelay(true);
    while read_request(&mut stream, stop) {
        let first = seen.fetch_add(1, Ordering::SeqCst) == 0;
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            RUNNING_TASK.len()
        );
        let dripped = match slowness {
            Slowness::FastThenBody if first => {
                if stream
                    .write_all(format!("{head}{RUNNING_TASK}").as_bytes())
                    .is_err()
                {
                    return;
                }
                continue;
            }
            Slowness::Body | Slowness::FastThenBody => {
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                RUNNING_TASK.as_bytes().to_vec()
            }
            Slowness::Headers => format!("{head}{RUNNING_TASK}").into_bytes(),
            Slowness::Stall => Vec::new(),
            Slowness::EndlessChunks => {
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                // Bounded: at most a minute of chunks at this pace.
                b"1\r\n \r\n".repeat(120)
            }
        };
        let step = if slowness == Slowness::EndlessChunks {
            7
        } else {
            1
        };
        for piece in dripped.chunks(step) {
            if !pause_unless_stopped(DRIP, stop) || stream.write_all(piece).is_err() {
                return;
            }
        }
        if slowness == Slowness::Stall {
            // Hold the connection, silent, until the client closes it or the server stops.
            let mut sink = [0u8; 256];
            while !stop.load(Ordering::SeqCst) {
                match stream.read(&mut sink) {
                    Ok(0) => return,
                    Ok(_) => {}
                    Err(error)
                        if matches!(
                            error.kind(),
                            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                        ) => {}
                    Err(_) => return,
                }
            }
            return;
        }
    }
}

/// Reads one request's head and `content-length` body; `false` when the client went away or the
/// server stopped.
fn read_request(stream: &mut TcpStream, stop: &AtomicBool) -> bool {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    let mut wanted = None;
    loop {
        if stop.load(Ordering::SeqCst) || buffer.len() > 1 << 20 {
            return false;
        }
        if wanted.is_none()
            && let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n")
        {
            let head = String::from_utf8_lossy(&buffer[..at]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .and_then(|value| value.trim().parse().ok())
                .unwrap_or(0);
            wanted = Some(at + 4 + length);
        }
        if wanted.is_some_and(|wanted| buffer.len() >= wanted) {
            return true;
        }
        match stream.read(&mut chunk) {
            Ok(0) => return false,
            Ok(read) => buffer.extend_from_slice(&chunk[..read]),
            Err(error)
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return false,
        }
    }
}

/// Runs the binary against `server` with `args` and `--timeout 2`, credentials in the
/// environment and an empty home; kills it after [`KILL_AFTER`].
fn run(server: &SlowServer, args: &[&str]) -> Run {
    let endpoint = server.endpoint();
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
    let server = SlowServer::start(slowness);
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
    assert!(
        server.requests.load(Ordering::SeqCst) >= 1,
        "the request reached the server"
    );
}

#[test]
fn task_wait_ends_at_its_timeout_against_a_body_sent_a_byte_at_a_time() {
    assert_timed_out(Slowness::Body, &["task", "T-1", "--wait"]);
}

#[test]
fn task_ends_at_its_timeout_against_headers_sent_a_byte_at_a_time() {
    assert_timed_out(Slowness::Headers, &["task", "T-1"]);
}

#[test]
fn task_wait_ends_at_its_timeout_against_a_stalled_connection() {
    assert_timed_out(Slowness::Stall, &["task", "T-1", "--wait"]);
}

#[test]
fn list_ends_at_its_timeout_against_a_body_sent_a_byte_at_a_time() {
    assert_timed_out(Slowness::Body, &["list"]);
}

#[test]
fn list_ends_at_its_timeout_against_headers_sent_a_byte_at_a_time() {
    assert_timed_out(Slowness::Headers, &["list", "--output", "json"]);
}

#[test]
fn list_ends_at_its_timeout_against_an_endless_chunked_body() {
    assert_timed_out(Slowness::EndlessChunks, &["list"]);
}

#[test]
fn task_wait_gives_up_at_its_timeout_and_prints_the_details_it_last_read() {
    let server = SlowServer::start(Slowness::FastThenBody);
    let run = run(&server, &["task", "T-1", "--wait"]);
    assert_ended_in_time(&run, 1);
    assert!(
        run.stdout.contains("slow.example") && run.stdout.contains("EXECUTING"),
        "the details read before the server slowed down: {}",
        run.stdout
    );
    assert!(run.stderr.contains("gave up waiting"), "{}", run.stderr);
    assert!(
        server.requests.load(Ordering::SeqCst) >= 2,
        "it polled again"
    );
}

#[test]
fn task_wait_with_json_output_gives_up_with_a_complete_document() {
    let server = SlowServer::start(Slowness::FastThenBody);
    let run = run(&server, &["task", "T-1", "--wait", "--output", "json"]);
    assert_ended_in_time(&run, 1);
    let document: serde_json::Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{error}: {}", run.stdout));
    assert_eq!(document["summary"]["running"], 1, "{document}");
    assert_eq!(document["details"][0]["domain"], "slow.example");
}
