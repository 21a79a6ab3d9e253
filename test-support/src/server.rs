//! The loopback HTTP/1.1 server: it reads each request, records it, and writes the reply the
//! test's handler gives, on keep-alive connections. Every loop is bounded.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

use crate::reply::{Delivery, Reply};
use crate::request::Request;

/// Connections one server accepts, far more than any test opens.
const MAX_CONNECTIONS: usize = 1024;
/// Requests one keep-alive connection may carry.
const MAX_REQUESTS_PER_CONNECTION: usize = 1024;
/// The largest request head or body read.
const MAX_REQUEST_BYTES: usize = 16 << 20;
/// The chunk that [`Delivery::EndlessChunks`] repeats, and how many at most.
const ENDLESS_CHUNK: usize = 1024;
const ENDLESS_CHUNKS_AT_MOST: usize = 64 * 1024;

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A loopback HTTP/1.1 server answering every request with its handler's [`Reply`]. It serves
/// from a thread and runtime of its own, and stops (closing every connection) when dropped.
pub struct Server {
    /// `http://127.0.0.1:<port>/`.
    pub url: String,
    address: SocketAddr,
    requests: Arc<Mutex<Vec<Request>>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Starts serving on a free port of 127.0.0.1.
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener
            .set_nonblocking(true)
            .expect("a non-blocking listener");
        let address = listener.local_addr().expect("local address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let (stop, stopped) = oneshot::channel();
        let recorded = requests.clone();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the server");
            runtime.block_on(async move {
                let listener = TcpListener::from_std(listener).expect("a tokio listener");
                tokio::select! {
                    _ = stopped => {}
                    () = accept(listener, handler, recorded) => {}
                }
            });
            // Dropping the runtime drops every connection's task, and with it the connection.
        });
        Server {
            url: format!("http://{address}/"),
            address,
            requests,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// Starts serving, the handler also told each request's number in arrival order (0 for the
    /// first): for servers that answer the first requests one way and the rest another.
    pub fn start_numbered(
        handler: impl Fn(usize, &Request) -> Reply + Send + Sync + 'static,
    ) -> Server {
        let next = AtomicUsize::new(0);
        Server::start(move |request| handler(next.fetch_add(1, Ordering::SeqCst), request))
    }

    /// Starts serving `replies` in turn, then the last one to every later request.
    pub fn scripted(replies: Vec<Reply>) -> Server {
        assert!(!replies.is_empty(), "a script of at least one reply");
        Server::start_numbered(move |number, _| replies[number.min(replies.len() - 1)].clone())
    }

    /// `http://127.0.0.1:<port>`, without the final `/`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.address)
    }

    /// `127.0.0.1:<port>`.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Every request read so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }

    /// How many requests were read so far.
    pub fn count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    /// How many requests went to `path`.
    pub fn count_path(&self, path: &str) -> usize {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|request| request.path() == path)
            .count()
    }

    /// How many requests called `action`.
    pub fn count_action(&self, action: &str) -> usize {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|request| request.action() == action)
            .count()
    }

    /// The last request read (an empty one before any).
    pub fn last(&self) -> Request {
        self.requests
            .lock()
            .unwrap()
            .last()
            .cloned()
            .unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A URL on which nothing listens (connections are refused at once).
pub fn closed_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("local address");
    drop(listener);
    format!("http://{address}")
}

async fn accept(listener: TcpListener, handler: Arc<Handler>, recorded: Arc<Mutex<Vec<Request>>>) {
    for _ in 0..MAX_CONNECTIONS {
        let Ok((stream, _)) = listener.accept().await else {
            break;
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(serve(stream, handler.clone(), recorded.clone()));
    }
    // Keep the connections already open until the server stops.
    std::future::pending::<()>().await;
}

/// Answers the requests of one keep-alive connection until the client closes it, a reply ends
/// it, or a write fails (the client gave up).
async fn serve(mut stream: TcpStream, handler: Arc<Handler>, recorded: Arc<Mutex<Vec<Request>>>) {
    let mut buffer = Vec::new();
    for _ in 0..MAX_REQUESTS_PER_CONNECTION {
        let Some(request) = read_request(&mut stream, &mut buffer).await else {
            return;
        };
        recorded.lock().unwrap().push(request.clone());
        let reply = handler(&request);
        tokio::time::sleep(reply.delay).await;
        if write_reply(&mut stream, &reply).await.is_err() {
            return;
        }
        match reply.delivery {
            Delivery::Whole
            | Delivery::Chunked
            | Delivery::HeadByteByByte(_)
            | Delivery::BodyByteByByte(_) => {}
            Delivery::Stall => {
                // Hold the connection, silent, until the client closes it.
                let mut sink = [0u8; 1024];
                while matches!(stream.read(&mut sink).await, Ok(read) if read > 0) {}
                return;
            }
            Delivery::ShortBody | Delivery::EndlessChunks(_) => {
                let _ = stream.shutdown().await;
                return;
            }
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// The status line and headers, up to the blank line, framed as `delivery` needs.
fn head(reply: &Reply) -> String {
    let framing = match reply.delivery {
        Delivery::Chunked | Delivery::EndlessChunks(_) => "transfer-encoding: chunked".to_owned(),
        Delivery::ShortBody => format!("content-length: {}", reply.body.len() * 2),
        _ => format!("content-length: {}", reply.body.len()),
    };
    let extra: String = reply
        .headers
        .iter()
        .map(|(name, value)| format!("{name}: {value}\r\n"))
        .collect();
    format!(
        "HTTP/1.1 {} {}\r\ncontent-type: {}\r\n{framing}\r\n{extra}\r\n",
        reply.status,
        reason(reply.status),
        reply.content_type
    )
}

async fn write_reply(stream: &mut TcpStream, reply: &Reply) -> std::io::Result<()> {
    let head = head(reply);
    match reply.delivery {
        Delivery::Whole | Delivery::ShortBody => {
            stream.write_all(head.as_bytes()).await?;
            stream.write_all(&reply.body).await
        }
        Delivery::Chunked => {
            stream.write_all(head.as_bytes()).await?;
            for chunk in reply.body.chunks(64 * 1024) {
                stream
                    .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                    .await?;
                stream.write_all(chunk).await?;
                stream.write_all(b"\r\n").await?;
            }
            stream.write_all(b"0\r\n\r\n").await
        }
        Delivery::HeadByteByByte(interval) => {
            let all = [head.as_bytes(), &reply.body].concat();
            drip(stream, &all, interval).await
        }
        Delivery::BodyByteByByte(interval) => {
            stream.write_all(head.as_bytes()).await?;
            drip(stream, &reply.body, interval).await
        }
        Delivery::Stall => Ok(()),
        Delivery::EndlessChunks(interval) => {
            stream.write_all(head.as_bytes()).await?;
            let chunk = format!("{ENDLESS_CHUNK:x}\r\n{}\r\n", " ".repeat(ENDLESS_CHUNK));
            for _ in 0..ENDLESS_CHUNKS_AT_MOST {
                stream.write_all(chunk.as_bytes()).await?;
                if !interval.is_zero() {
                    tokio::time::sleep(interval).await;
                }
            }
            Ok(())
        }
    }
}

/// Writes `bytes` one at a time, a pause before each.
async fn drip(stream: &mut TcpStream, bytes: &[u8], interval: Duration) -> std::io::Result<()> {
    for byte in bytes {
        tokio::time::sleep(interval).await;
        stream.write_all(&[*byte]).await?;
    }
    Ok(())
}

/// Reads one request's head and `content-length` body from `stream`, keeping what follows it
/// in `buffer` for the next request; `None` when the client went away or sent too much.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Request> {
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break at;
        }
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 || buffer.len() > MAX_REQUEST_BYTES {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_owned();
    let target = request_line.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .unwrap_or(0);
    if length > MAX_REQUEST_BYTES {
        return None;
    }
    buffer.drain(..head_end + 4);
    while buffer.len() < length {
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
    let body: Vec<u8> = buffer.drain(..length).collect();
    Some(Request {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}
