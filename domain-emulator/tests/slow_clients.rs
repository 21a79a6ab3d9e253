//! Clients that send too slowly, or not at all: the emulator closes their connections within its
//! header timeout, and keeps serving everyone else meanwhile.

use std::time::{Duration, Instant};

use domain_emulator::{Emulator, EmulatorConfig};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// The header timeout the tests configure.
const TIMEOUT: Duration = Duration::from_millis(300);
/// Leeway on top of it for a loaded machine.
const MARGIN: Duration = Duration::from_millis(1500);
/// How long a test waits for a close before calling the connection held open.
const GIVE_UP: Duration = Duration::from_secs(4);

async fn start() -> Emulator {
    Emulator::start(EmulatorConfig::new().header_timeout(TIMEOUT))
        .await
        .unwrap()
}

/// Reads (and discards) whatever the emulator sends until it closes the connection, while
/// writing `trickle` one byte at a time every 50 ms; the time until the close, or `None` if the
/// connection was still open after [`GIVE_UP`].
async fn time_until_closed(mut stream: TcpStream, trickle: &[u8]) -> Option<Duration> {
    let started = Instant::now();
    let mut buffer = [0u8; 1024];
    let mut trickle = trickle.iter();
    let mut tick = tokio::time::interval(Duration::from_millis(50));
    while started.elapsed() < GIVE_UP {
        tokio::select! {
            read = stream.read(&mut buffer) => match read {
                Ok(0) | Err(_) => return Some(started.elapsed()),
                Ok(_) => {}
            },
            _ = tick.tick() => {
                if let Some(byte) = trickle.next()
                    && stream.write_all(&[*byte]).await.is_err()
                {
                    return Some(started.elapsed());
                }
            }
        }
    }
    None
}

fn assert_closed_in_time(closed: Option<Duration>, what: &str) {
    let closed = closed.unwrap_or_else(|| panic!("{what}: still open after {GIVE_UP:?}"));
    assert!(
        closed < TIMEOUT + MARGIN,
        "{what}: closed only after {closed:?}"
    );
}

#[tokio::test]
async fn a_half_sent_request_head_is_closed_within_the_header_timeout() {
    let emulator = start().await;
    let mut stream = TcpStream::connect(emulator.local_addr()).await.unwrap();
    stream
        .write_all(b"GET /?Action=QueryDomainList HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ")
        .await
        .unwrap();
    assert_closed_in_time(time_until_closed(stream, b"").await, "a half-sent head");
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_silent_connection_and_an_idle_kept_alive_one_are_closed() {
    let emulator = start().await;
    let silent = TcpStream::connect(emulator.local_addr()).await.unwrap();
    assert_closed_in_time(time_until_closed(silent, b"").await, "a silent connection");

    // One complete request, answered; then nothing more on the kept-alive connection.
    let mut idle = TcpStream::connect(emulator.local_addr()).await.unwrap();
    idle.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .unwrap();
    let mut head = [0u8; 12];
    idle.read_exact(&mut head).await.unwrap();
    assert!(head.starts_with(b"HTTP/1.1 "), "{head:?}");
    assert_closed_in_time(time_until_closed(idle, b"").await, "an idle connection");
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_body_that_stalls_is_cut_off() {
    let emulator = start().await;
    let mut stream = TcpStream::connect(emulator.local_addr()).await.unwrap();
    stream
        .write_all(
            b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nAction=Query",
        )
        .await
        .unwrap();
    assert_closed_in_time(time_until_closed(stream, b"").await, "a stalled body");
    emulator.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slowloris_neither_stops_a_normal_client_nor_keeps_its_connections() {
    const SLOW: usize = 100;
    let emulator = start().await;
    let address = emulator.local_addr();
    // Each slow client trickles a never-ending header, one byte every 50 ms.
    let trickle: &'static [u8] = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let mut slow = Vec::with_capacity(SLOW);
    for _ in 0..SLOW {
        let stream = TcpStream::connect(address).await.unwrap();
        slow.push(tokio::spawn(time_until_closed(stream, trickle)));
    }
    tokio::time::sleep(Duration::from_millis(100)).await;

    // Meanwhile a normal client is answered at once (an unsigned call: an error, but an answer).
    let started = Instant::now();
    let response = reqwest::Client::new()
        .get(format!("{}?Action=QueryDomainList", emulator.url()))
        .timeout(Duration::from_secs(2))
        .send()
        .await
        .expect("a normal client is served during the slowloris");
    assert_eq!(response.status().as_u16(), 400);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );

    for (index, task) in slow.into_iter().enumerate() {
        assert_closed_in_time(task.await.unwrap(), &format!("slow client {index}"));
    }
    emulator.shutdown().await.unwrap();
}
