//! Test support for the credential sources: a scripted HTTP/1.1 server on 127.0.0.1 standing in
//! for the metadata service, STS and a credentials URI; a self-removing temporary directory; and
//! the STS answers, with the V1 signature checked as the real service does.

#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aliyun_rpc::credentials::Env;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// A value no Debug, Display or error may ever show.
pub const SECRET_SENTINEL: &str = "SECRET-SENTINEL-7f3a";
/// A security token no Debug, Display or error may ever show.
pub const TOKEN_SENTINEL: &str = "TOKEN-SENTINEL-91c2";

/// One request as the server read it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Request {
    /// The path without the query.
    pub fn path(&self) -> &str {
        self.target
            .split_once('?')
            .map_or(&self.target, |(path, _)| path)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn query_params(&self) -> Vec<(String, String)> {
        decode_form(self.target.split_once('?').map_or("", |(_, query)| query))
    }

    pub fn body_params(&self) -> Vec<(String, String)> {
        decode_form(&self.body)
    }

    /// Query and body parameters together, as V1 signs them.
    pub fn params(&self) -> Vec<(String, String)> {
        let mut all = self.query_params();
        all.extend(self.body_params());
        all
    }

    pub fn param(&self, name: &str) -> Option<String> {
        self.params()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query_params()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    pub fn body_param(&self, name: &str) -> Option<String> {
        self.body_params()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }
}

fn decode_form(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |raw: &str| {
                percent_encoding::percent_decode_str(&raw.replace('+', " "))
                    .decode_utf8()
                    .expect("UTF-8 form value")
                    .into_owned()
            };
            (decode(name), decode(value))
        })
        .collect()
}

/// What the server answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub body: String,
    /// Waits this long before answering (to make concurrent callers overlap).
    pub delay: Option<Duration>,
}

impl Reply {
    pub fn ok(body: impl Into<String>) -> Reply {
        Reply {
            status: 200,
            body: body.into(),
            delay: None,
        }
    }

    pub fn status(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            body: body.into(),
            delay: None,
        }
    }

    pub fn after(mut self, delay: Duration) -> Reply {
        self.delay = Some(delay);
        self
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A loopback HTTP/1.1 server: one request per connection, answered by a handler. Stops when
/// dropped.
pub struct Server {
    address: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<Request>>>,
    task: JoinHandle<()>,
}

impl Server {
    pub async fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let address = listener.local_addr().expect("local address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let recorded = requests.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let handler = handler.clone();
                let recorded = recorded.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, handler, recorded).await;
                });
            }
        });
        Server {
            address,
            requests,
            task,
        }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    /// How many requests went to `path`.
    pub fn count_path(&self, path: &str) -> usize {
        self.requests()
            .iter()
            .filter(|request| request.path() == path)
            .count()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A URL on which nothing listens (connections are refused at once).
pub async fn closed_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let address = listener.local_addr().expect("local address");
    drop(listener);
    format!("http://{address}")
}

async fn serve(
    mut stream: TcpStream,
    handler: Arc<Handler>,
    recorded: Arc<Mutex<Vec<Request>>>,
) -> std::io::Result<()> {
    let request = tokio::time::timeout(Duration::from_secs(5), read_request(&mut stream))
        .await
        .map_err(|_| std::io::Error::other("read timeout"))??;
    recorded.lock().unwrap().push(request.clone());
    let reply = handler(&request);
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    let reason = match reply.status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "Status",
    };
    let head = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: application/json;charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reply.status,
        reply.body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(reply.body.as_bytes()).await?;
    stream.shutdown().await
}

async fn read_request(stream: &mut TcpStream) -> std::io::Result<Request> {
    const MAX_BYTES: usize = 1 << 20;
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let header_end = loop {
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break end;
        }
        let read = stream.read(&mut chunk).await?;
        if read == 0 || buffer.len() > MAX_BYTES {
            return Err(std::io::Error::other("incomplete request head"));
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..header_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut start = lines.next().unwrap_or_default().split(' ');
    let method = start.next().unwrap_or_default().to_owned();
    let target = start.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .unwrap_or(0)
        .min(MAX_BYTES);
    let mut body = buffer[header_end + 4..].to_vec();
    while body.len() < length {
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..read]);
    }
    Ok(Request {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// A directory under the system's temporary directory, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos());
        let path = std::env::temp_dir().join(format!(
            "aliyun-rpc-credentials-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&path).expect("create temporary directory");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `contents` to `relative` (creating folders) and returns the full path.
    pub fn write(&self, relative: &str, contents: &str) -> PathBuf {
        let path = self.0.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Exactly these environment variables.
pub fn env(pairs: &[(&str, &str)]) -> Env {
    Env::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

/// `YYYY-MM-DDThh:mm:ssZ`, `seconds` from now.
pub fn expiration_in(seconds: u64) -> String {
    aliyun_rpc::sign::format_timestamp(SystemTime::now() + Duration::from_secs(seconds))
}

/// A metadata or credentials-URI success document.
pub fn credentials_document(id: &str, expires_in: u64) -> String {
    serde_json::json!({
        "Code": "Success",
        "AccessKeyId": id,
        "AccessKeySecret": SECRET_SENTINEL,
        "SecurityToken": TOKEN_SENTINEL,
        "Expiration": expiration_in(expires_in),
        "LastUpdated": expiration_in(0),
    })
    .to_string()
}

/// An STS success body, as STS answers `AssumeRole` and `AssumeRoleWithOIDC`.
pub fn sts_success(id: &str, expires_in: u64) -> String {
    serde_json::json!({
        "RequestId": "6894B13B-6D71-4EF5-88FA-F32781734A7F",
        "AssumedRoleUser": {
            "Arn": "acs:ram::123456789012****:role/test-role/session",
            "AssumedRoleId": "34458433936495****:session"
        },
        "Credentials": {
            "SecurityToken": TOKEN_SENTINEL,
            "AccessKeyId": id,
            "AccessKeySecret": SECRET_SENTINEL,
            "Expiration": expiration_in(expires_in)
        }
    })
    .to_string()
}

/// An STS error body.
pub fn sts_error(status: u16, code: &str, message: &str) -> Reply {
    Reply::status(
        status,
        serde_json::json!({
            "RequestId": "0F5E4A6B-0000-0000-0000-000000000000",
            "HostId": "sts.aliyuncs.com",
            "Code": code,
            "Message": message,
        })
        .to_string(),
    )
}

/// Checks a signed `AssumeRole` as STS does: V1 over query ∪ body with `source_secret`.
/// `None` when it is valid, else the error reply STS would give.
pub fn check_v1(request: &Request, source_secret: &str) -> Option<Reply> {
    if request.method != "POST" {
        return Some(sts_error(400, "InvalidMethod", "POST expected"));
    }
    let params = request.params();
    let Some(signature) = request.query_param("Signature") else {
        return Some(sts_error(400, "MissingSignature", "Signature is mandatory"));
    };
    let expected = aliyun_rpc::sign::sign_v1(
        "POST",
        params.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        source_secret,
    );
    if expected.signature != signature {
        return Some(sts_error(
            400,
            "SignatureDoesNotMatch",
            &format!(
                "Specified signature is not matched with our calculation. server string to sign is:{}",
                expected.string_to_sign
            ),
        ));
    }
    None
}

/// An STS stand-in that checks the V1 signature with `source_secret` and answers credentials
/// `id` lasting `expires_in` seconds.
pub fn signed_sts(
    source_secret: &'static str,
    id: &'static str,
    expires_in: u64,
) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    move |request| {
        check_v1(request, source_secret).unwrap_or_else(|| Reply::ok(sts_success(id, expires_in)))
    }
}

/// The IMDSv2 token the metadata stand-in hands out.
pub const METADATA_TOKEN: &str = "imds-session-token";
/// The metadata paths.
pub const TOKEN_PATH: &str = "/latest/api/token";
pub const ROLES_PATH: &str = "/latest/meta-data/ram/security-credentials/";

/// A metadata-service stand-in for an instance with RAM role `role`: IMDSv2 tokens (when
/// `imdsv2`), role discovery, and credentials `id` lasting `expires_in` seconds. A GET without
/// the token is refused while IMDSv2 is on.
pub fn metadata(
    role: &'static str,
    id: &'static str,
    expires_in: u64,
    imdsv2: bool,
) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    move |request| {
        let path = request.path();
        if path == TOKEN_PATH {
            if !imdsv2 {
                return Reply::status(404, "");
            }
            if request.method != "PUT"
                || request.header("X-aliyun-ecs-metadata-token-ttl-seconds") != Some("21600")
            {
                return Reply::status(400, "");
            }
            return Reply::ok(METADATA_TOKEN);
        }
        if request.method != "GET" {
            return Reply::status(405, "");
        }
        if imdsv2 && request.header("X-aliyun-ecs-metadata-token") != Some(METADATA_TOKEN) {
            return Reply::status(401, "");
        }
        if path == ROLES_PATH {
            return Reply::ok(role);
        }
        if path == format!("{ROLES_PATH}{role}") {
            return Reply::ok(credentials_document(id, expires_in));
        }
        Reply::status(404, "")
    }
}
