//! A loopback HTTP server for renewal-workflow tests: it answers each request with what the test
//! says for its action and parameters, counts the calls by action, and stops when dropped.

// Each test file uses the part it needs.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aliyun_rpc::{Client, Credentials, RetryPolicy};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The expiration every loopback domain starts with.
pub(crate) const EXPIRATION: i64 = 1_800_000_000_000;

/// What the loopback server answers: `(status, body)` for an action and its parameters; every
/// request is also counted by action.
pub(crate) type Answer = dyn Fn(&str, &HashMap<String, String>) -> (u16, Value) + Send + Sync;

pub(crate) struct Loopback {
    pub(crate) url: String,
    pub(crate) calls: Arc<Mutex<HashMap<String, usize>>>,
    pub(crate) task: tokio::task::JoinHandle<()>,
}

impl Loopback {
    pub(crate) fn calls(&self, action: &str) -> usize {
        self.calls.lock().unwrap().get(action).copied().unwrap_or(0)
    }
}

impl Drop for Loopback {
    fn drop(&mut self) {
        self.task.abort();
    }
}

pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(crate) fn pairs(text: &str, into: &mut HashMap<String, String>) {
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        into.insert(percent_decode(name), percent_decode(value));
    }
}

/// A one-request-per-connection HTTP/1.1 server on 127.0.0.1 that answers with `answer`.
pub(crate) async fn loopback(answer: Arc<Answer>) -> Loopback {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let calls = Arc::new(Mutex::new(HashMap::new()));
    let counted = calls.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let answer = answer.clone();
            let counted = counted.clone();
            tokio::spawn(async move {
                let mut buffer = Vec::new();
                let mut chunk = [0u8; 8192];
                let (head_end, length) = loop {
                    let Ok(read) = stream.read(&mut chunk).await else {
                        return;
                    };
                    if read == 0 {
                        return;
                    }
                    buffer.extend_from_slice(&chunk[..read]);
                    if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
                        let length = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(0);
                        break (end + 4, length);
                    }
                };
                while buffer.len() < head_end + length {
                    let Ok(read) = stream.read(&mut chunk).await else {
                        return;
                    };
                    if read == 0 {
                        break;
                    }
                    buffer.extend_from_slice(&chunk[..read]);
                }
                let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
                let mut params = HashMap::new();
                let target = head.split_whitespace().nth(1).unwrap_or("/");
                if let Some((_, query)) = target.split_once('?') {
                    pairs(query, &mut params);
                }
                pairs(&String::from_utf8_lossy(&buffer[head_end..]), &mut params);
                let action = head
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .starts_with("x-acs-action:")
                            .then(|| l[13..].trim().to_owned())
                    })
                    .or_else(|| params.get("Action").cloned())
                    .unwrap_or_default();
                *counted.lock().unwrap().entry(action.clone()).or_insert(0) += 1;
                let (status, body) = answer(&action, &params);
                let body = body.to_string();
                let response = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    Loopback { url, calls, task }
}

pub(crate) fn client(url: &str) -> Client {
    Client::builder()
        .endpoint(url)
        .credentials(Credentials::new("id", "secret"))
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(2)
                .with_backoff(Duration::from_millis(5), Duration::from_millis(20)),
        )
        .build()
        .unwrap()
}

pub(crate) fn page(kind: &str, items: Vec<Value>) -> Value {
    json!({
        "RequestId": "R",
        "CurrentPageNum": 1,
        "PageSize": 500,
        "TotalItemNum": items.len(),
        "TotalPageNum": 1,
        "NextPage": false,
        "Data": { kind: items },
    })
}
