//! What the `aliyun-domain` process prints when a server on 127.0.0.1 answers every request with
//! a `SignatureDoesNotMatch` that echoes everything it received (the string-to-sign, the URL,
//! the headers, the signature, the security token) in JSON or XML: no run of a credential's
//! characters reaches stdout or stderr, in any encoding.

mod support;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;
use support::Cli;

const SECRET: &str = "SENTINEL-SECRET-cli-9d2e/+=";
const TOKEN: &str = "SENTINEL-TOKEN-cli-5b7a/+=CAIS8gF1q6Ft5B2yfSjIr5bkJdzHoJl3";
/// The shortest run of a credential's characters that must never be shown.
const RUN: usize = 12;

/// One request as the server read it.
#[derive(Debug, Clone, Default)]
struct Received {
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[at] == b'%'
            && let (Some(high), Some(low)) = (
                bytes.get(at + 1).copied().and_then(hex),
                bytes.get(at + 2).copied().and_then(hex),
            )
        {
            out.push((high * 16 + low) as u8);
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Received {
    fn params(&self) -> Vec<(String, String)> {
        let query = self.target.split_once('?').map_or("", |(_, q)| q);
        [query, self.body.as_str()]
            .into_iter()
            .flat_map(|text| text.split('&'))
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(name), percent_decode(value))
            })
            .collect()
    }

    fn header(&self, name: &str) -> String {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn signature(&self) -> String {
        match self.params().into_iter().find(|(n, _)| n == "Signature") {
            Some((_, signature)) => signature,
            None => self
                .header("authorization")
                .rsplit_once("Signature=")
                .map(|(_, s)| s.to_owned())
                .unwrap_or_default(),
        }
    }

    /// V1's string-to-sign from the parameters received, or (V3) the signed headers, security
    /// token included, as a server that quotes its canonical request would.
    fn string_to_sign(&self) -> String {
        let params = self.params();
        if params.iter().any(|(n, _)| n == "Signature") {
            aliyun_rpc::sign::sign_v1(
                "POST",
                params.iter().map(|(n, v)| (n.as_str(), v.as_str())),
                SECRET,
            )
            .string_to_sign
        } else {
            self.headers
                .iter()
                .filter(|(n, _)| n.starts_with("x-acs-"))
                .map(|(n, v)| format!("{n}:{v}\n"))
                .collect()
        }
    }

    fn dump(&self) -> String {
        let headers: String = self
            .headers
            .iter()
            .map(|(n, v)| format!("{n}: {v}\n"))
            .collect();
        format!("POST {}\n{headers}\n{}", self.target, self.body)
    }
}

fn xml_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('+', "&#43;")
}

/// The answer to every request: the error envelope in the format asked for, echoing it all.
fn answer(request: &Received) -> (&'static str, String) {
    let quoted = format!(
        "Specified signature is not matched with our calculation. server string to sign is:{}",
        request.string_to_sign()
    );
    let echo = format!(
        "{quoted} / received {}",
        aliyun_rpc::percent_encode(&request.dump())
    );
    let xml = request
        .params()
        .iter()
        .any(|(n, v)| n == "Format" && v == "XML");
    if xml {
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>{}</RequestId><HostId>{}</HostId><Code>SignatureDoesNotMatch</Code><Message>{}</Message></Error>",
            xml_escaped(&request.signature()),
            xml_escaped(TOKEN),
            xml_escaped(&echo)
        );
        ("text/xml", body)
    } else {
        let body = serde_json::json!({
            "RequestId": request.signature(),
            "HostId": TOKEN,
            "Code": "SignatureDoesNotMatch",
            "Message": echo,
        })
        .to_string()
        .replace('/', "\\/");
        ("application/json", body)
    }
}

/// The echoing server: a thread per connection, all stopped and joined on drop.
struct EchoServer {
    port: u16,
    stop: Arc<AtomicBool>,
    received: Arc<Mutex<Vec<Received>>>,
    acceptor: Option<JoinHandle<()>>,
}

impl EchoServer {
    fn start() -> EchoServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().unwrap().port();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let received = Arc::new(Mutex::new(Vec::new()));
        let (stopped, seen) = (stop.clone(), received.clone());
        let acceptor = thread::spawn(move || {
            let mut connections = Vec::new();
            while !stopped.load(Ordering::SeqCst) && connections.len() < 64 {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (stopped, seen) = (stopped.clone(), seen.clone());
                        connections.push(thread::spawn(move || serve(stream, &stopped, &seen)));
                    }
                    Err(_) => thread::sleep(Duration::from_millis(10)),
                }
            }
            for connection in connections {
                let _ = connection.join();
            }
        });
        EchoServer {
            port,
            stop,
            received,
            acceptor: Some(acceptor),
        }
    }
}

impl Drop for EchoServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

/// Answers the requests of one keep-alive connection until it closes or the server stops.
fn serve(mut stream: TcpStream, stop: &AtomicBool, seen: &Mutex<Vec<Received>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(50)));
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    while !stop.load(Ordering::SeqCst) && buffer.len() < 1 << 20 {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..at]).into_owned();
            let mut lines = head.split("\r\n");
            let target = lines
                .next()
                .and_then(|line| line.split(' ').nth(1))
                .unwrap_or_default()
                .to_owned();
            let headers: Vec<(String, String)> = lines
                .filter_map(|line| line.split_once(':'))
                .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
                .collect();
            let length: usize = headers
                .iter()
                .find(|(n, _)| n == "content-length")
                .and_then(|(_, v)| v.parse().ok())
                .unwrap_or(0);
            if buffer.len() >= at + 4 + length {
                let body = String::from_utf8_lossy(&buffer[at + 4..at + 4 + length]).into_owned();
                buffer.drain(..at + 4 + length);
                let request = Received {
                    target,
                    headers,
                    body,
                };
                seen.lock().unwrap().push(request.clone());
                let (content_type, body) = answer(&request);
                let reply = format!(
                    "HTTP/1.1 400 Bad Request\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                );
                if stream.write_all(reply.as_bytes()).is_err() {
                    return;
                }
                continue;
            }
        }
        match stream.read(&mut chunk) {
            Ok(0) => return,
            Ok(read) => buffer.extend_from_slice(&chunk[..read]),
            Err(error)
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return,
        }
    }
}

/// Runs the binary against `server` with STS credentials in the environment and an empty home.
fn run(server: &EchoServer, args: &[&str]) -> (Option<i32>, String, String) {
    let endpoint = format!("http://127.0.0.1:{}/", server.port);
    let mut all = vec!["--endpoint", endpoint.as_str(), "--timeout", "20"];
    all.extend_from_slice(args);
    let run = Cli::new(&all)
        .credentials("STS.cli-sentinel", SECRET)
        .env("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)
        .limit(Duration::from_secs(30))
        .run();
    (run.status, run.stdout, run.stderr)
}

fn lower_hex(encoded: &str) -> String {
    let mut out = String::new();
    let mut rest = encoded;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        out.push_str(&rest[at..at + 3].to_ascii_lowercase());
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    out
}

/// Panics if `text` shows SENTINEL or a run of [`RUN`] characters of a credential, raw,
/// percent-encoded once, twice or three times (either hex case), JSON- or XML-escaped.
fn assert_shows_none_of(what: &str, text: &str, credentials: &[&str]) {
    assert!(!text.contains("SENTINEL"), "{what} leaks SENTINEL:\n{text}");
    for credential in credentials {
        let chars: Vec<char> = credential.chars().collect();
        for piece in chars.windows(RUN.min(chars.len())) {
            let piece: String = piece.iter().collect();
            let once = aliyun_rpc::percent_encode(&piece);
            let twice = aliyun_rpc::percent_encode(&once);
            let thrice = aliyun_rpc::percent_encode(&twice);
            for form in [
                lower_hex(&once),
                lower_hex(&twice),
                lower_hex(&thrice),
                piece.replace('/', "\\/"),
                xml_escaped(&piece),
                piece,
                once,
                twice,
                thrice,
            ] {
                assert!(!text.contains(&form), "{what} leaks `{form}`:\n{text}");
            }
        }
    }
}

#[test]
fn no_credential_echoed_by_the_server_reaches_the_terminal() {
    let server = EchoServer::start();
    let mut cases = 0;
    for signature in [
        &["--signature", "v1"][..],
        &["--signature", "v3"],
        &["--format", "xml"],
    ] {
        for command in [
            &["list"][..],
            &["task", "T-1"],
            &["task", "T-1", "--wait"],
            &["renew", "x.example", "--yes"],
        ] {
            let args: Vec<&str> = signature.iter().chain(command).copied().collect();
            let before = server.received.lock().unwrap().len();
            let (status, stdout, stderr) = run(&server, &args);
            let received: Vec<Received> = server.received.lock().unwrap()[before..].to_vec();
            assert!(!received.is_empty(), "{args:?} sent a request");
            let last = received.last().unwrap();
            // The echo did carry the token, so a clean terminal proves the redaction.
            assert!(
                answer(last).1.contains(&xml_escaped(&TOKEN[..20]))
                    || answer(last).1.contains(&TOKEN[..20].replace('/', "\\/")),
                "the server echoes the token"
            );
            assert_ne!(status, Some(0), "{args:?}: {stderr}");
            assert!(status.is_some(), "{args:?} ran too long");
            assert!(
                stderr.contains("SignatureDoesNotMatch"),
                "{args:?}: the error is shown: {stderr}"
            );
            let signatures: Vec<String> = received.iter().map(Received::signature).collect();
            let mut credentials = vec![SECRET, TOKEN];
            credentials.extend(signatures.iter().map(String::as_str));
            assert_shows_none_of(&format!("{args:?} stderr"), &stderr, &credentials);
            assert_shows_none_of(&format!("{args:?} stdout"), &stdout, &credentials);
            cases += 1;
        }
    }
    assert_eq!(cases, 12);
}
