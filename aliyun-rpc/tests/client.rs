//! The client against a real HTTP server on 127.0.0.1: where parameters go, what is signed, and
//! how every kind of failure comes back.

mod support;

use std::time::{Duration, UNIX_EPOCH};

use aliyun_rpc::sign::{FixedClock, FixedNonce, sign_v1};
use aliyun_rpc::{Client, Credentials, Error, Rpc, RpcParams, TimeoutKind};
use serde::Deserialize;
use support::{Reply, Request, Server};

/// ECS `DescribeRegions`: a brand-new action of another product, declared in a few lines.
#[derive(Debug, Rpc)]
#[rpc(action = "DescribeRegions", idempotent)]
#[rpc(version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct DescribeRegions {
    accept_language: Option<String>,
}

#[derive(Debug, Clone, RpcParams)]
struct Entry {
    domain_name: String,
    #[rpc(min = 1, max = 10)]
    subscription_duration: u32,
    current_expiration_date: i64,
}

#[derive(Debug, Rpc)]
#[rpc(action = "SaveBatchTaskForCreatingOrderRenew", version = "2018-01-29", endpoint = "domain.aliyuncs.com", response = Renewal)]
struct Renew {
    order_renew_param: Vec<Entry>,
    coupon_no: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Renewal {
    request_id: String,
    task_no: String,
}

const OK: &str = r#"{"RequestId":"R-1","TaskNo":"T-1"}"#;

fn renew(count: usize) -> Renew {
    Renew {
        order_renew_param: (0..count)
            .map(|i| Entry {
                domain_name: format!("domain-{i}.example.com"),
                subscription_duration: 1,
                current_expiration_date: 1_767_225_600_000,
            })
            .collect(),
        coupon_no: None,
    }
}

/// A V1 client: most tests here look at V1's parameters; the V3 tests ask for V3 explicitly.
/// The failure behind an `OutcomeUnknown`, or the error itself.
fn cause(error: &Error) -> &Error {
    match error {
        Error::OutcomeUnknown { cause, .. } => cause,
        other => other,
    }
}

/// The renewal `builder`'s client sends: its answer, panicking on an error.
async fn renewal(builder: aliyun_rpc::ClientBuilder) -> Renewal {
    builder.build().unwrap().call(&renew(1)).await.unwrap()
}

/// The error the renewal `builder`'s client sends ends with, panicking on success.
async fn renewal_error(builder: aliyun_rpc::ClientBuilder) -> Error {
    builder.build().unwrap().call(&renew(1)).await.unwrap_err()
}

/// A `DescribeRegions` without options.
fn regions() -> DescribeRegions {
    DescribeRegions {
        accept_language: None,
    }
}

/// Whether `error` is a timeout of `kind`.
fn is_timeout(error: &Error, kind: TimeoutKind) -> bool {
    matches!(error, Error::Timeout { kind: expired, .. } if *expired == kind)
}

fn client(url: &str) -> aliyun_rpc::ClientBuilder {
    Client::builder()
        .endpoint(url)
        .credentials(Credentials::new("test-id", "test-secret"))
        .signature_version(aliyun_rpc::SignatureVersion::V1)
}

/// Recomputes the signature of a recorded request over its query and body together.
fn signature_verifies(request: &Request, secret: &str) -> bool {
    let params = request.params();
    let signature = request.param("Signature").expect("a Signature parameter");
    let signed = sign_v1(
        &request.method,
        params.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        secret,
    );
    signed.signature == signature
}

#[tokio::test]
async fn a_new_action_of_another_product_is_sent_and_decoded() {
    let server = Server::start(|_| {
        Reply::status(
            200,
            r#"{"RequestId":"R","Regions":{"Region":[{"RegionId":"cn-hangzhou"}]}}"#,
        )
    });
    let response = client(&server.url)
        .build()
        .unwrap()
        .call(&DescribeRegions {
            accept_language: Some("en-US".into()),
        })
        .await
        .unwrap();
    assert_eq!(response.request_id.as_deref(), Some("R"));
    let sent = &server.requests()[0];
    assert_eq!(sent.param("Action").as_deref(), Some("DescribeRegions"));
    assert_eq!(sent.param("Version").as_deref(), Some("2014-05-26"));
    assert_eq!(sent.param("AcceptLanguage").as_deref(), Some("en-US"));
    assert!(signature_verifies(sent, "test-secret"));
}

#[tokio::test]
async fn small_requests_go_as_post_with_every_parameter_in_the_query() {
    let server = Server::start(|_| Reply::status(200, OK));
    let task = client(&server.url)
        .build()
        .unwrap()
        .call(&renew(2))
        .await
        .unwrap();
    assert_eq!(
        (task.request_id.as_str(), task.task_no.as_str()),
        ("R-1", "T-1")
    );
    let sent = &server.requests()[0];
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.body, "");
    assert_eq!(
        sent.param("OrderRenewParam.2.DomainName").as_deref(),
        Some("domain-1.example.com")
    );
    assert_eq!(sent.param("Format").as_deref(), Some("JSON"));
    assert_eq!(sent.param("SignatureMethod").as_deref(), Some("HMAC-SHA1"));
    assert_eq!(sent.param("SignatureNonce").map(|n| n.len()), Some(32));
    assert_eq!(
        sent.header("x-acs-action"),
        Some("SaveBatchTaskForCreatingOrderRenew")
    );
    assert!(signature_verifies(sent, "test-secret"));
}

#[tokio::test]
async fn a_thousand_entries_move_into_a_signed_form_body() {
    let server = Server::start(|_| Reply::status(200, OK));
    client(&server.url)
        .build()
        .unwrap()
        .call(&renew(1000))
        .await
        .unwrap();
    let sent = &server.requests()[0];
    assert_eq!(
        sent.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert!(
        sent.body.len() > 90_000,
        "body of {} bytes",
        sent.body.len()
    );
    assert!(
        sent.target.len() < 1024,
        "the query keeps only the common parameters"
    );
    assert!(
        sent.query_params()
            .iter()
            .all(|(n, _)| !n.starts_with("OrderRenewParam"))
    );
    assert_eq!(
        sent.params()
            .iter()
            .filter(|(n, _)| n.starts_with("OrderRenewParam"))
            .count(),
        3000
    );
    assert!(signature_verifies(sent, "test-secret"));
}

#[tokio::test]
async fn every_attempt_gets_a_fresh_nonce() {
    let server = Server::start(|_| Reply::status(200, OK));
    let client = client(&server.url).build().unwrap();
    client.call(&renew(1)).await.unwrap();
    client.call(&renew(1)).await.unwrap();
    let requests = server.requests();
    assert_ne!(
        requests[0].param("SignatureNonce"),
        requests[1].param("SignatureNonce")
    );
}

#[tokio::test]
async fn pinned_clock_and_nonce_reproduce_the_documented_domain_signature() {
    // alibaba-rpc-facts.md 1.8: the 1.7 parameters with the Domain action, Format=JSON, POST.
    let client = Client::builder()
        .credentials(Credentials::new("testid", "testsecret"))
        .signature_version(aliyun_rpc::SignatureVersion::V1)
        .clock(FixedClock(UNIX_EPOCH + Duration::from_secs(1_456_231_584)))
        .nonce_source(FixedNonce("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf".into()))
        .build()
        .unwrap();
    let mut request = renew(1);
    request.order_renew_param[0].domain_name = "example.com".into();
    request.order_renew_param[0].current_expiration_date = 1_522_080_000_000;
    let signed = client.prepare(&request).await.unwrap();
    assert!(signed.url().starts_with("https://domain.aliyuncs.com/?"));
    assert!(
        signed
            .url()
            .contains("&Signature=OPy3P9qjctFt6157DtY9BNAL6zY%3D"),
        "{}",
        signed.url()
    );
}

#[tokio::test]
async fn invalid_input_is_refused_with_every_problem_and_nothing_is_sent() {
    let server = Server::start(|_| Reply::status(200, OK));
    let mut request = renew(3);
    request.order_renew_param[0].subscription_duration = 0;
    request.order_renew_param[2].subscription_duration = 11;
    let error = client(&server.url)
        .build()
        .unwrap()
        .call(&request)
        .await
        .unwrap_err();
    let Error::InvalidRequest { action, problems } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(*action, "SaveBatchTaskForCreatingOrderRenew");
    assert_eq!(problems.len(), 2);
    assert!(
        error
            .to_string()
            .contains("`OrderRenewParam.3.SubscriptionDuration` is 11, allowed 1..=10")
    );
    assert!(error.request_not_sent());
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn the_security_token_is_sent_and_signed_but_never_shown() {
    const TOKEN: &str = "TOKEN/SENTINEL+42=";
    // The server echoes the signed query in its message, as SignatureDoesNotMatch does.
    let server = Server::start(|request| {
        let echo = request.target.replace('"', "");
        Reply::status(
            400,
            format!(
                r#"{{"RequestId":"R","Code":"SignatureDoesNotMatch","Message":"server string to sign is:{echo}"}}"#
            ),
        )
    });
    let client = Client::builder()
        .endpoint(&server.url)
        .credentials(Credentials::new("id", "SECRET-SENTINEL").with_security_token(TOKEN))
        .signature_version(aliyun_rpc::SignatureVersion::V1)
        .build()
        .unwrap();
    let signed = client.prepare(&renew(1)).await.unwrap();
    for shown in [
        format!("{signed}"),
        format!("{signed:?}"),
        format!("{client:?}"),
    ] {
        assert!(!shown.contains("SENTINEL"), "leaked in {shown}");
    }
    let error = client.call(&renew(1)).await.unwrap_err();
    assert_eq!(
        server.requests()[0].param("SecurityToken").as_deref(),
        Some(TOKEN)
    );
    assert!(signature_verifies(&server.requests()[0], "SECRET-SENTINEL"));
    for shown in [error.to_string(), format!("{error:?}")] {
        assert!(!shown.contains("SENTINEL"), "leaked in {shown}");
    }
}

#[tokio::test]
async fn a_signature_mismatch_says_where_the_strings_to_sign_differ() {
    let server = Server::start(|_| {
        Reply::status(
            400,
            r#"{"RequestId":"R","Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Dsomeone-else"}"#,
        )
    });
    let error = renewal_error(client(&server.url)).await;
    let service = error.as_service().expect("a service error");
    let mismatch = service.signature_mismatch().expect("a diagnosis");
    assert_eq!(
        mismatch.first_difference,
        Some("POST&%2F&AccessKeyId%3D".len())
    );
    assert!(error.to_string().contains("differ at byte"));
}

#[tokio::test]
async fn an_html_page_is_a_response_error_that_keeps_status_and_body() {
    let page = "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>";
    let server = Server::start(move |_| Reply::status(502, page).with_content_type("text/html"));
    let error = renewal_error(client(&server.url)).await;
    assert!(
        matches!(error, Error::OutcomeUnknown { attempts: 1, .. }),
        "a paid order is not resent: {error:?}"
    );
    let Error::Response(response) = cause(&error) else {
        panic!("{error:?}")
    };
    assert_eq!(response.status(), 502);
    assert_eq!(response.body_excerpt(), page);
    assert!(!error.request_not_sent());
}

#[tokio::test]
async fn an_oversized_body_is_refused_not_buffered() {
    let server = Server::start(|_| Reply::status(200, "x".repeat(1 << 20)));
    let error = renewal_error(client(&server.url).max_response_bytes(64 * 1024)).await;
    assert!(
        matches!(error, Error::OutcomeUnknown { attempts: 1, .. }),
        "a paid order is not resent: {error:?}"
    );
    let Error::Response(response) = cause(&error) else {
        panic!("{error:?}")
    };
    assert!(
        response.reason().contains("larger than"),
        "{}",
        response.reason()
    );
}

#[tokio::test]
async fn a_silent_server_is_a_read_timeout_that_may_have_processed_the_request() {
    let server = Server::start(|_| Reply::status(200, OK).after(Duration::from_secs(3)));
    let error = renewal_error(client(&server.url).read_timeout(Duration::from_millis(200))).await;
    assert!(is_timeout(cause(&error), TimeoutKind::Read), "{error:?}");
    assert!(!error.request_not_sent());
}

#[tokio::test]
async fn the_attempt_timeout_bounds_the_whole_exchange() {
    let server = Server::start(|_| Reply::status(200, OK).after(Duration::from_secs(3)));
    let error =
        renewal_error(client(&server.url).attempt_timeout(Duration::from_millis(200))).await;
    assert!(is_timeout(cause(&error), TimeoutKind::Attempt), "{error:?}");
}

#[tokio::test]
async fn a_refused_connection_is_known_not_to_have_sent_the_request() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let error = renewal_error(client(&format!("http://127.0.0.1:{port}/"))).await;
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(error.request_not_sent());
}

#[tokio::test]
async fn xml_format_is_asked_for_and_decoded() {
    let server = Server::start(|_| {
        Reply::status(200, "<SaveBatchTaskForCreatingOrderRenewResponse><RequestId>R-X</RequestId><TaskNo>T-X</TaskNo></SaveBatchTaskForCreatingOrderRenewResponse>")
            .with_content_type("text/xml;charset=utf-8")
    });
    let task = renewal(client(&server.url).format(aliyun_rpc::Format::Xml)).await;
    assert_eq!(task.task_no, "T-X");
    assert_eq!(server.requests()[0].param("Format").as_deref(), Some("XML"));
}

#[tokio::test]
async fn a_bad_endpoint_is_a_configuration_error() {
    for endpoint in ["ftp://example.com/", "http://", "https://example.com/?a=b"] {
        let error = Client::builder().endpoint(endpoint).build().unwrap_err();
        assert!(matches!(error, Error::Config(_)), "{endpoint}: {error:?}");
    }
}

/// Recomputes a V3 signature from a recorded request, following its `SignedHeaders`.
fn v3_signature_verifies(request: &Request, secret: &str) -> bool {
    let authorization = request
        .header("authorization")
        .expect("an Authorization header");
    let rest = authorization
        .strip_prefix("ACS3-HMAC-SHA256 ")
        .expect("the V3 algorithm");
    let part = |key: &str| {
        rest.split(',')
            .find_map(|p| p.strip_prefix(key))
            .expect("an Authorization part")
            .to_owned()
    };
    let signed_headers = part("SignedHeaders=");
    let headers: Vec<(String, String)> = signed_headers
        .split(';')
        .map(|name| {
            (
                name.to_owned(),
                request.header(name).unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let query = request.query_params();
    let signed = aliyun_rpc::sign::sign_v3(
        &request.method,
        "/",
        query.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        headers.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        request.body.as_bytes(),
        &part("Credential="),
        secret,
    );
    signed.signature == part("Signature=")
}

#[tokio::test]
async fn v3_requests_sign_their_headers_and_keep_parameters_in_the_query() {
    let server = Server::start(|_| Reply::status(200, OK));
    let client = client(&server.url)
        .signature_version(aliyun_rpc::SignatureVersion::V3)
        .build()
        .unwrap();
    client.call(&renew(2)).await.unwrap();
    let sent = &server.requests()[0];
    assert!(sent.param("Signature").is_none() && sent.param("Action").is_none());
    assert_eq!(
        sent.header("x-acs-action"),
        Some("SaveBatchTaskForCreatingOrderRenew")
    );
    assert_eq!(sent.header("x-acs-version"), Some("2018-01-29"));
    assert_eq!(sent.query_params().len(), 6);
    assert!(v3_signature_verifies(sent, "test-secret"));
    assert!(!v3_signature_verifies(sent, "wrong-secret"));
}

#[tokio::test]
async fn v3_long_batches_go_in_a_hashed_form_body_and_tokens_in_a_signed_header() {
    let server = Server::start(|_| Reply::status(200, OK));
    let client = Client::builder()
        .endpoint(&server.url)
        .credentials(Credentials::new("sts-id", "sts-secret").with_security_token("TOKEN-SENTINEL"))
        .signature_version(aliyun_rpc::SignatureVersion::V3)
        .build()
        .unwrap();
    client.call(&renew(1000)).await.unwrap();
    let sent = &server.requests()[0];
    assert!(sent.query_params().is_empty());
    assert_eq!(sent.header("x-acs-security-token"), Some("TOKEN-SENTINEL"));
    assert_eq!(
        sent.header("x-acs-content-sha256"),
        Some(aliyun_rpc::sign::sha256_hex(sent.body.as_bytes()).as_str())
    );
    assert!(v3_signature_verifies(sent, "sts-secret"));
    let shown = format!("{}", client.prepare(&renew(1)).await.unwrap());
    assert!(!shown.contains("TOKEN-SENTINEL"), "{shown}");
}

#[tokio::test]
async fn v3_with_xml_is_refused_at_build() {
    let error = Client::builder()
        .signature_version(aliyun_rpc::SignatureVersion::V3)
        .format(aliyun_rpc::Format::Xml)
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)));
}

#[tokio::test]
async fn v3_is_the_default_and_xml_without_a_version_falls_back_to_v1() {
    let server = Server::start(|request| {
        if request.header("authorization").is_some() {
            Reply::status(200, OK)
        } else {
            Reply::status(200, "<R><RequestId>R</RequestId><TaskNo>T</TaskNo></R>")
                .with_content_type("text/xml")
        }
    });
    let builder = || {
        Client::builder()
            .endpoint(&server.url)
            .credentials(Credentials::new("id", "s"))
    };
    builder().build().unwrap().call(&renew(1)).await.unwrap();
    builder()
        .format(aliyun_rpc::Format::Xml)
        .build()
        .unwrap()
        .call(&renew(1))
        .await
        .unwrap();
    let requests = server.requests();
    assert!(
        requests[0]
            .header("authorization")
            .unwrap()
            .starts_with("ACS3-HMAC-SHA256 ")
    );
    assert_eq!(
        requests[1].param("SignatureMethod").as_deref(),
        Some("HMAC-SHA1")
    );
    assert_eq!(requests[1].param("Format").as_deref(), Some("XML"));
}

const THROTTLED: &str = r#"{"RequestId":"R","Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#;
const UNAVAILABLE: &str = r#"{"RequestId":"R","Code":"ServiceUnavailable","Message":"The request has failed due to a temporary failure of the server."}"#;

fn quick_retries() -> aliyun_rpc::RetryPolicy {
    aliyun_rpc::RetryPolicy {
        throttling_backoff: Duration::from_millis(5),
        ..aliyun_rpc::RetryPolicy::default()
            .with_backoff(Duration::from_millis(5), Duration::from_millis(50))
    }
}

#[tokio::test]
async fn a_throttled_order_is_resent_with_a_fresh_nonce_because_it_was_not_processed() {
    let server = Server::scripted(vec![
        Reply::status(400, THROTTLED),
        Reply::status(400, THROTTLED),
        Reply::status(200, OK),
    ]);
    let task = renewal(client(&server.url).retry_policy(quick_retries())).await;
    assert_eq!(task.task_no, "T-1");
    let nonces: std::collections::HashSet<_> = server
        .requests()
        .iter()
        .map(|r| r.param("SignatureNonce"))
        .collect();
    assert_eq!(nonces.len(), 3, "three attempts, three nonces");
}

#[tokio::test]
async fn an_order_answered_with_a_5xx_is_not_resent_and_its_outcome_is_unknown() {
    let server = Server::scripted(vec![
        Reply::status(503, UNAVAILABLE),
        Reply::status(200, OK),
    ]);
    let error = renewal_error(client(&server.url).retry_policy(quick_retries())).await;
    assert!(
        matches!(error, Error::OutcomeUnknown { attempts: 1, .. }),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .contains("not resent because it is not idempotent")
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn an_idempotent_query_is_resent_after_a_5xx_and_a_stall() {
    let server = Server::scripted(vec![
        Reply::status(503, UNAVAILABLE),
        Reply::status(200, OK).after(Duration::from_secs(2)),
        Reply::status(200, r#"{"RequestId":"R"}"#),
    ]);
    let response = client(&server.url)
        .retry_policy(quick_retries())
        .read_timeout(Duration::from_millis(300))
        .build()
        .unwrap()
        .call(&regions())
        .await
        .unwrap();
    assert_eq!(response.request_id.as_deref(), Some("R"));
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_definite_error_is_never_resent() {
    let server = Server::start(|_| {
        Reply::status(
            400,
            r#"{"RequestId":"R","Code":"InvalidParameter","Message":"bad"}"#,
        )
    });
    let error = client(&server.url)
        .retry_policy(quick_retries())
        .build()
        .unwrap()
        .call(&regions())
        .await
        .unwrap_err();
    assert_eq!(error.as_service().unwrap().code(), "InvalidParameter");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn the_retry_after_header_sets_the_pause() {
    let server = Server::scripted(vec![
        Reply::status(400, THROTTLED).with_header("x-acs-retry-after", "400"),
        Reply::status(200, OK),
    ]);
    let started = std::time::Instant::now();
    renewal(client(&server.url).retry_policy(
        quick_retries().with_backoff(Duration::from_millis(5), Duration::from_secs(2)),
    ))
    .await;
    // The pause is observed through the requests' arrival, not asserted as a timing target.
    assert!(
        started.elapsed() >= Duration::from_millis(400),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn the_total_timeout_bounds_every_attempt_and_pause() {
    let server = Server::start(|_| Reply::status(400, THROTTLED));
    let policy = quick_retries()
        .with_max_attempts(1000)
        .with_total_timeout(Duration::from_millis(300));
    let error = client(&server.url)
        .build()
        .unwrap()
        .call_with(&regions(), &policy)
        .await
        .unwrap_err();
    let attempts = server.requests().len();
    assert!((2..1000).contains(&attempts), "{attempts} attempts");
    assert!(
        is_timeout(&error, TimeoutKind::Total)
            || error.as_service().is_some_and(|s| s.is_throttling()),
        "{error:?}"
    );
}

#[tokio::test]
async fn retries_can_be_disabled() {
    let server = Server::start(|_| Reply::status(400, THROTTLED));
    let error =
        renewal_error(client(&server.url).retry_policy(aliyun_rpc::RetryPolicy::disabled())).await;
    assert!(error.as_service().unwrap().is_throttling());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_connection_that_never_completes_is_a_connect_timeout_and_nothing_was_sent() {
    // A listener that never accepts, its accept queue filled: the kernel drops further SYNs, so
    // the next connection hangs in its handshake.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(1).unwrap();
    let address = listener.local_addr().unwrap();
    let mut held = Vec::new();
    for _ in 0..16 {
        match tokio::time::timeout(
            Duration::from_millis(100),
            tokio::net::TcpStream::connect(address),
        )
        .await
        {
            Ok(Ok(stream)) => held.push(stream),
            _ => break,
        }
    }
    let error = renewal_error(
        client(&format!("http://{address}/"))
            .connect_timeout(Duration::from_millis(300))
            .retry_policy(aliyun_rpc::RetryPolicy::disabled()),
    )
    .await;
    assert!(is_timeout(&error, TimeoutKind::Connect), "{error:?}");
    assert!(
        error.request_not_sent(),
        "a connect timeout proves the order was not sent"
    );
    drop((held, listener));
}
