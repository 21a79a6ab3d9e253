//! A raw HTTP/1.1 server on 127.0.0.1 that answers too slowly, in one of the ways a hostile or
//! broken server does: the headers a byte at a time, the body a byte at a time, not at all, or a
//! chunked body that never ends. It counts the requests it reads and stops when dropped.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// How the server is slow.
#[derive(Debug, Clone, Copy)]
pub enum Slowness {
    /// The status line and headers one byte per interval (the body never comes).
    Headers,
    /// The headers at once, with a `content-length`, then the body one byte per interval.
    Body,
    /// The request is read, and nothing is ever answered; the connection stays open.
    Stall,
    /// A `transfer-encoding: chunked` body whose chunks never end, one per interval (an
    /// interval of zero sends them as fast as the client reads).
    EndlessChunks,
}

/// A body the client would accept, were it ever complete.
pub const COMPLETE_BODY: &str = r#"{"RequestId":"R-slow","TaskNo":"T-slow"}"#;

pub struct SlowServer {
    pub url: String,
    requests: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl SlowServer {
    /// Serves up to 16 connections, each slow by `slowness` at one step per `interval`.
    pub async fn start(slowness: Slowness, interval: Duration) -> SlowServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let seen = requests.clone();
        let task = tokio::spawn(async move {
            // Dropping the set, when this task is aborted, aborts every connection's task.
            let mut connections = JoinSet::new();
            for _ in 0..16 {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let seen = seen.clone();
                connections.spawn(async move {
                    serve(stream, slowness, interval, &seen).await;
                });
            }
            while connections.join_next().await.is_some() {}
        });
        SlowServer {
            url,
            requests,
            task,
        }
    }

    /// How many requests the server has read.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

impl Drop for SlowServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads one request on `stream` and answers it slowly; any write error (the client gave up)
/// ends the connection. Every loop is bounded.
async fn serve(mut stream: TcpStream, slowness: Slowness, interval: Duration, seen: &AtomicUsize) {
    if !read_request(&mut stream).await {
        return;
    }
    seen.fetch_add(1, Ordering::SeqCst);
    let body = COMPLETE_BODY.as_bytes();
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    match slowness {
        Slowness::Headers => {
            for byte in head.as_bytes() {
                if stream.write_all(&[*byte]).await.is_err() {
                    return;
                }
                tokio::time::sleep(interval).await;
            }
        }
        Slowness::Body => {
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            for byte in body {
                tokio::time::sleep(interval).await;
                if stream.write_all(&[*byte]).await.is_err() {
                    return;
                }
            }
        }
        Slowness::Stall => {
            // Hold the connection open, silent, until the client closes it or the test ends.
            let mut sink = [0u8; 1024];
            while let Ok(read) = stream.read(&mut sink).await {
                if read == 0 {
                    return;
                }
            }
        }
        Slowness::EndlessChunks => {
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            let chunk = format!("400\r\n{}\r\n", " ".repeat(0x400));
            // At most 64 MiB, far more than any client limit, so that the loop is bounded.
            for _ in 0..64 * 1024 {
                if stream.write_all(chunk.as_bytes()).await.is_err() {
                    return;
                }
                if !interval.is_zero() {
                    tokio::time::sleep(interval).await;
                }
            }
        }
    }
    // Keep the connection until the client closes it.
    let mut sink = [0u8; 64];
    let _ = stream.read(&mut sink).await;
}

/// Reads a request's head and its `content-length` body; `false` if the client went away.
async fn read_request(stream: &mut TcpStream) -> bool {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        match stream.read(&mut chunk).await {
            Ok(read) if read > 0 && buffer.len() < 1 << 20 => {
                buffer.extend_from_slice(&chunk[..read])
            }
            _ => return false,
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(0);
    let mut received = buffer.len() - head_end - 4;
    while received < length {
        match stream.read(&mut chunk).await {
            Ok(read) if read > 0 => received += read,
            _ => return false,
        }
    }
    true
}
