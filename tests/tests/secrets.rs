//! A full renewal run with sentinel credentials, traced at the most verbose level: the secret and
//! the security token must appear in no log line, no `Debug` or `Display` output, no error and no
//! panic message.
//!
//! Then the error diagnostics: a server on 127.0.0.1 that echoes what it received (the
//! string-to-sign, the URL, the headers, the signature, the token, the secret) in every place an
//! error shows (`Message`, `Code`, `RequestId`, `HostId`, `Recommend`, a body excerpt) and in
//! every encoding (JSON, XML, percent-encoded once more, cut short): no run of a credential's
//! characters may be shown.

mod support;

use support::subscriber_writing_to;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aliyun_rpc::{Client, Credentials, SignatureVersion};
use domain_api::workflow::Renewal;
use domain_api::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew};
use domain_emulator::{Credential, Emulator, EmulatorConfig, Faults};
use test_support::leaks::{
    assert_shows_none_of, dump, json_escaped, lower_hex, signature_sent, string_to_sign,
    xml_escaped,
};
use test_support::{Reply, Request, Server};

const SECRET: &str = "SENTINEL-SECRET-7f3a/+=";
const TOKEN: &str = "SENTINEL-TOKEN-c41d/+=";

/// Every byte the tracing subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn assert_clean(what: &str, text: &str) {
    assert_shows_none_of(what, text, &[SECRET, TOKEN]);
}

#[tokio::test]
async fn no_secret_reaches_logs_output_errors_or_panics() {
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = subscriber_writing_to(tracing::Level::TRACE, move || sink.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    let panics = Arc::new(Mutex::new(Vec::<String>::new()));
    let seen = panics.clone();
    // The hook is global: only this test's thread (its runtime runs on it) is recorded, so that
    // a failing assertion of another test is reported there, not here.
    let this_test = std::thread::current().id();
    let report_elsewhere = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == this_test {
            seen.lock().unwrap().push(info.to_string())
        } else {
            report_elsewhere(info)
        }
    }));

    let emulator = Emulator::start(
        EmulatorConfig::new()
            .task_step(Duration::from_millis(10))
            .add_credential(Credential {
                access_key_id: "STS.sentinel".into(),
                access_key_secret: SECRET.into(),
                security_token: Some(TOKEN.into()),
            })
            .faults(Faults {
                throttle_rate: 0.2,
                seed: 7,
                ..Faults::default()
            }),
    )
    .await
    .unwrap();
    let credentials = Credentials::new("STS.sentinel", SECRET).with_security_token(TOKEN);
    let mut shown = vec![format!("{credentials:?}"), format!("{emulator:?}")];
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let client = Client::builder()
            .endpoint(emulator.url())
            .credentials(credentials.clone())
            .signature_version(version)
            .build()
            .unwrap();
        shown.push(format!("{client:?}"));
        let renewal = Renewal::expiring_within(400)
            .permit_premium(true)
            .poll_interval(Duration::from_millis(10), Duration::from_millis(50));
        let plan = renewal.plan(&client).await.unwrap();
        for batch in plan.batches() {
            let signed = client.prepare(batch).await.unwrap();
            shown.push(format!("{signed}"));
            shown.push(format!("{signed:?}"));
        }
        shown.push(format!("{plan:?}"));
        let report = plan.execute(&client, &|p| shown_progress(&p)).await;
        assert!(report.all_renewed(), "{report:?}");
        shown.push(format!("{report:?}"));

        // Errors: a wrong token, a wrong secret, an invalid request, a transport failure.
        let wrong_token = Client::builder()
            .endpoint(emulator.url())
            .credentials(
                Credentials::new("STS.sentinel", SECRET).with_security_token("other-token"),
            )
            .signature_version(version)
            .build()
            .unwrap();
        let wrong_secret = Client::builder()
            .endpoint(emulator.url())
            .credentials(Credentials::new("STS.sentinel", "wrong").with_security_token(TOKEN))
            .signature_version(version)
            .build()
            .unwrap();
        let unreachable = Client::builder()
            .endpoint("http://127.0.0.1:9/")
            .credentials(credentials.clone())
            .signature_version(version)
            .build()
            .unwrap();
        let request =
            SaveBatchTaskForCreatingOrderRenew::new([OrderRenewParam::new("x.example", 1, 1)]);
        let invalid =
            SaveBatchTaskForCreatingOrderRenew::new([OrderRenewParam::new("x.example", 0, 1)]);
        for error in [
            wrong_token.call(&request).await.unwrap_err(),
            wrong_secret.call(&request).await.unwrap_err(),
            unreachable.call(&request).await.unwrap_err(),
            client.call(&invalid).await.unwrap_err(),
        ] {
            shown.push(format!("{error}"));
            shown.push(format!("{error:?}"));
        }
    }
    emulator.shutdown().await.unwrap();
    let _ = std::panic::take_hook();

    for (index, text) in shown.iter().enumerate() {
        assert_clean(&format!("output #{index}"), text);
    }
    let logs = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(
        logs.contains("TRACE") || logs.contains("DEBUG"),
        "the subscriber captured the run"
    );
    assert_clean("the trace log", &logs);
    let panics = panics.lock().unwrap();
    assert!(panics.is_empty(), "panicked: {panics:?}");
}

fn shown_progress(progress: &domain_api::workflow::Progress) {
    assert_clean("a progress event", &format!("{progress:?}"));
}

/// What the server quotes as its string-to-sign, V1's computed with [`SECRET`].
fn quoted_string_to_sign(request: &Request) -> String {
    string_to_sign(request, |params| {
        aliyun_rpc::sign::sign_v1("POST", params.iter().copied(), SECRET).string_to_sign
    })
}

/// How the echoing server answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Echo {
    /// `SignatureDoesNotMatch` in JSON, the string-to-sign in `Message`, the token in `HostId`,
    /// the signature in `RequestId`, token and secret percent-encoded in `Recommend`.
    Json,
    /// The same with `\/` and `\u002B` escapes.
    JsonEscaped,
    /// The same as an XML error document, with entities and character references.
    Xml,
    /// The string-to-sign with the token's `+` read as a space (a form decoder's mistake), so
    /// that the strings differ inside the token and the diagnosis shows that neighbourhood.
    MangledToken,
    /// A 400 whose `Code` is the token and whose `Message` is the whole request (URL, headers,
    /// body), percent-encoded once more with lowercase hex.
    WholeRequest,
    /// Cut and re-encoded pieces: a middle part of the token, the end of the secret, the
    /// secret in base64, the signature in uppercase.
    Pieces,
    /// A proxy's HTML page echoing the whole request: a response error with a body excerpt.
    Html,
    /// A success body that does not fit, long enough that the token straddles the end of the
    /// excerpt an error keeps.
    LongUndecodable,
}

const ECHOES: [Echo; 8] = [
    Echo::Json,
    Echo::JsonEscaped,
    Echo::Xml,
    Echo::MangledToken,
    Echo::WholeRequest,
    Echo::Pieces,
    Echo::Html,
    Echo::LongUndecodable,
];

/// Standard, padded base64 (the test crate has no base64 dependency of its own).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for group in bytes.chunks(3) {
        let n = group
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= group.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn answer(echo: Echo, request: &Request) -> (u16, &'static str, String) {
    let string_to_sign = quoted_string_to_sign(request);
    let signature = signature_sent(request);
    let quoted = format!(
        "Specified signature is not matched with our calculation. server string to sign is:{string_to_sign}"
    );
    let recommend = format!(
        "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&token={}&secret={}",
        aliyun_rpc::percent_encode(TOKEN),
        aliyun_rpc::percent_encode(SECRET)
    );
    let envelope = |code: &str, message: &str| {
        serde_json::json!({
            "RequestId": signature,
            "HostId": TOKEN,
            "Code": code,
            "Message": message,
            "Recommend": recommend,
        })
        .to_string()
    };
    const JSON: &str = "application/json";
    match echo {
        Echo::Json => (400, JSON, envelope("SignatureDoesNotMatch", &quoted)),
        Echo::JsonEscaped => (
            400,
            JSON,
            json_escaped(&envelope("SignatureDoesNotMatch", &quoted)),
        ),
        Echo::Xml => (
            400,
            "text/xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>{}</RequestId><HostId>{}</HostId><Code>SignatureDoesNotMatch</Code><Message>{}</Message><Recommend>{}</Recommend></Error>",
                xml_escaped(&signature),
                xml_escaped(TOKEN),
                xml_escaped(&quoted),
                xml_escaped(&recommend)
            ),
        ),
        Echo::MangledToken => {
            let mangled = quoted.replace("%252B", "%2520");
            (400, JSON, envelope("SignatureDoesNotMatch", &mangled))
        }
        Echo::WholeRequest => {
            let message = lower_hex(&aliyun_rpc::percent_encode(&dump(request)));
            (400, JSON, envelope(TOKEN, &message))
        }
        Echo::Pieces => {
            let message = format!(
                "token part {} / secret end {} / secret as base64 {} / signature {}",
                &TOKEN[3..19],
                &SECRET[SECRET.len() - 13..],
                base64(SECRET.as_bytes()),
                signature.to_uppercase()
            );
            (400, JSON, envelope("InvalidParameter", &message))
        }
        Echo::Html => (
            502,
            "text/html",
            format!(
                "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><pre>{}</pre></body></html>",
                dump(request)
            ),
        ),
        Echo::LongUndecodable => {
            // The excerpt keeps 2048 bytes: the token starts a few bytes before that.
            let head = r#"{"RequestId":"R","Pad":""#;
            let pad = "p".repeat(2048 - 5 - head.len());
            (200, JSON, format!(r#"{head}{pad}","Echo":"{TOKEN}"}}"#))
        }
    }
}

/// The workspace's loopback server answering every request as `echo` says; it stops when
/// dropped.
struct EchoServer {
    url: String,
    echo: Arc<Mutex<Echo>>,
    server: Server,
}

impl EchoServer {
    fn start() -> EchoServer {
        let echo = Arc::new(Mutex::new(Echo::Json));
        let mode = echo.clone();
        let server = Server::start(move |request| {
            let (status, content_type, body) = answer(*mode.lock().unwrap(), request);
            Reply::status(status, body).with_content_type(content_type)
        });
        EchoServer {
            url: server.url.clone(),
            echo,
            server,
        }
    }

    fn answer_with(&self, echo: Echo) {
        *self.echo.lock().unwrap() = echo;
    }
}

#[tokio::test]
async fn no_credential_reaches_an_error_diagnosis_in_any_encoding() {
    let server = EchoServer::start();
    let credentials = Credentials::new("STS.sentinel", SECRET).with_security_token(TOKEN);
    let request =
        SaveBatchTaskForCreatingOrderRenew::new([OrderRenewParam::new("x.example", 1, 1)]);
    let mut diagnosed = 0;
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let client = Client::builder()
            .endpoint(&server.url)
            .credentials(credentials.clone())
            .signature_version(version)
            .retry_policy(aliyun_rpc::RetryPolicy::disabled())
            .build()
            .unwrap();
        for echo in ECHOES {
            server.answer_with(echo);
            let error = client.call(&request).await.unwrap_err();
            let received = server.server.last();
            let signature = signature_sent(&received);
            assert!(
                signature.len() >= 28,
                "{version:?}/{echo:?}: a signature was sent"
            );
            // The server did echo the credentials: otherwise this test would prove nothing.
            let (_, _, answer) = answer(echo, &received);
            assert!(
                answer.contains(&TOKEN[3..19])
                    || answer.contains(&json_escaped(&TOKEN[3..19]))
                    || answer.contains(&xml_escaped(&TOKEN[3..19]))
                    || answer.contains(&lower_hex(&aliyun_rpc::percent_encode(&TOKEN[3..19]))),
                "{echo:?} echoes the token"
            );
            let mut shown = vec![format!("{error}"), format!("{error:?}")];
            let cause = match &error {
                aliyun_rpc::Error::OutcomeUnknown { cause, .. } => cause,
                other => other,
            };
            match cause {
                aliyun_rpc::Error::Service(service) => {
                    shown.extend(
                        [
                            Some(service.code()),
                            Some(service.message()),
                            service.request_id(),
                            service.host_id(),
                            service.recommend(),
                        ]
                        .into_iter()
                        .flatten()
                        .map(str::to_owned),
                    );
                    if let Some(mismatch) = service.signature_mismatch() {
                        diagnosed += 1;
                        shown.push(mismatch.client_excerpt.clone());
                        shown.push(mismatch.server_excerpt.clone());
                        if echo == Echo::MangledToken {
                            assert!(
                                mismatch.first_difference.is_some(),
                                "{version:?}: the strings differ inside the token"
                            );
                        }
                    }
                }
                aliyun_rpc::Error::Response(response) => {
                    shown.push(response.reason().to_owned());
                    shown.push(response.body_excerpt().to_owned());
                    assert!(
                        !response.body_excerpt().is_empty(),
                        "{echo:?}: an excerpt is kept"
                    );
                }
                other => panic!("{version:?}/{echo:?}: {other:?}"),
            }
            for (index, text) in shown.iter().enumerate() {
                assert_shows_none_of(
                    &format!("{version:?}/{echo:?} output #{index}"),
                    text,
                    &[SECRET, TOKEN, &signature],
                );
            }
        }
    }
    // V1's string-to-sign is diagnosed for the four echoes that quote it.
    assert!(diagnosed >= 4, "{diagnosed} diagnoses");
}
