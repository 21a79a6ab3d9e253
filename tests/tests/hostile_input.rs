//! Hostile response bodies: whatever a server, proxy or attacker sends back, decoding gives the
//! typed response, a `Error::Response` or a `Error::Service`, never a panic, an entity expansion
//! or an unbounded allocation. First through `decode_response` directly, then a handful over real
//! HTTP from a loopback server through `Client::call`.

use std::time::Duration;

use aliyun_rpc::{Client, Credentials, Error, RetryPolicy, RpcAction, decode_response};
use domain_api::{
    OrderRenewParam, QueryDomainByDomainName, QueryDomainList, QueryTaskDetailList,
    QueryTaskDetailListResponse, SaveBatchTaskForCreatingOrderRenew,
};
use test_support::{Delivery, Reply, Server};

/// What decoding must give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The typed success response.
    Ok,
    /// `Error::Response`: not an API answer, or one that does not fit the type.
    Response,
    /// `Error::Service` with this code.
    Service(&'static str),
}

use Expect::{Ok as Decoded, Response, Service};

/// One hostile body: a name, the HTTP status, the body, and the expected outcome for the renewal
/// (`SaveBatchTaskForCreatingOrderRenew`) and for a task-detail page (`QueryTaskDetailList`).
struct Case {
    name: &'static str,
    status: u16,
    body: Vec<u8>,
    renewal: Expect,
    details: Expect,
}

fn case(
    name: &'static str,
    status: u16,
    body: impl Into<Vec<u8>>,
    renewal: Expect,
    details: Expect,
) -> Case {
    Case {
        name,
        status,
        body: body.into(),
        renewal,
        details,
    }
}

/// `{"a":{"a":…1…}}` nested `depth` times.
fn nested_json_objects(depth: usize) -> Vec<u8> {
    let mut body = br#"{"RequestId":"R","TaskNo":"T","Deep":"#.to_vec();
    body.extend(br#"{"a":"#.repeat(depth));
    body.push(b'1');
    body.extend(b"}".repeat(depth));
    body.push(b'}');
    body
}

fn nested_xml(depth: usize) -> Vec<u8> {
    let mut body =
        b"<SaveBatchTaskForCreatingOrderRenewResponse><RequestId>R</RequestId><TaskNo>T</TaskNo>"
            .to_vec();
    body.extend(b"<a>".repeat(depth));
    body.push(b'x');
    body.extend(b"</a>".repeat(depth));
    body.extend(b"</SaveBatchTaskForCreatingOrderRenewResponse>");
    body
}

/// The classic billion-laughs document: ten levels of ten references.
fn billion_laughs() -> Vec<u8> {
    let mut doctype = String::from("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for level in 1..=9 {
        let previous = if level == 1 {
            "lol".to_owned()
        } else {
            format!("lol{}", level - 1)
        };
        doctype.push_str(&format!(
            "<!ENTITY lol{level} \"{}\">",
            format!("&{previous};").repeat(10)
        ));
    }
    doctype.push_str("]><R><RequestId>&lol9;</RequestId><TaskNo>T</TaskNo></R>");
    doctype.into_bytes()
}

const RENEWED: &str = r#"{"RequestId":"R","TaskNo":"T"}"#;
const TEN_MIB: usize = 10 * 1024 * 1024;

#[rustfmt::skip]
fn cases() -> Vec<Case> {
    let ten_mib_json = format!(
        r#"{{"RequestId":"R","TaskNo":"T","Padding":"{}"}}"#,
        "x".repeat(TEN_MIB)
    );
    let ten_mib_garbage: Vec<u8> = (0..TEN_MIB).map(|i| (i % 251) as u8).collect();
    vec![
        // Not an API answer at all.
        case("html-502-gateway-page", 502, "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>", Response, Response),
        case("html-200-captive-portal", 200, "<html><head><title>Login</title></head><body>Sign in</body></html>", Response, Response),
        case("html-uppercase-doctype-200", 200, "\n  <!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><HTML></HTML>", Response, Response),
        case("empty-200", 200, "", Response, Response),
        case("empty-503", 503, "", Response, Response),
        case("whitespace-only", 200, " \r\n\t  \n", Response, Response),
        case("plain-text-ok", 200, "OK", Response, Response),
        case("json-null", 200, "null", Response, Response),
        case("json-string", 200, "\"RequestId\"", Response, Response),
        case("nul-bytes", 200, vec![0u8; 64], Response, Response),
        case("binary-garbage", 200, (0u8..=255).rev().collect::<Vec<u8>>(), Response, Response),
        case("invalid-utf8-in-json-string", 200, b"{\"RequestId\":\"\xff\xfe\",\"TaskNo\":\"T\"}".to_vec(), Response, Response),
        case("lone-surrogate-escape", 200, r#"{"RequestId":"\ud800","TaskNo":"T"}"#, Response, Response),
        case("truncated-json", 200, r#"{"RequestId":"R","TaskNo""#, Response, Response),
        case("truncated-json-in-string", 200, r#"{"RequestId":"R","TaskNo":"T"#, Response, Response),
        case("json-trailing-garbage", 200, format!("{RENEWED} trailing"), Response, Response),
        case("truncated-xml", 200, "<SaveBatchTaskForCreatingOrderRenewResponse><RequestId>R</RequestId><TaskNo>T", Response, Response),
        case("xml-mismatched-end-tag", 200, "<R><RequestId>R</TaskNo></R>", Response, Response),
        // Wrong content.
        case("json-array-of-numbers", 200, "[1,2,3]", Response, Response),
        case("json-object-of-another-api", 200, r#"{"Regions":{"Region":[]}}"#, Response, Response),
        case("renewal-body-missing-task-no", 200, r#"{"RequestId":"R"}"#, Response, Decoded),
        // Encodings and sizes.
        case("utf8-bom-json", 200, format!("\u{feff}{RENEWED}"), Decoded, Decoded),
        case("utf8-bom-xml", 200, "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?><R><RequestId>R</RequestId><TaskNo>T</TaskNo></R>", Decoded, Decoded),
        case("ten-mib-json-with-padding", 200, ten_mib_json, Decoded, Decoded),
        case("ten-mib-binary-garbage", 200, ten_mib_garbage, Response, Response),
        case("json-nested-1e5-arrays", 200, format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)), Response, Response),
        case("json-nested-1e5-objects", 200, nested_json_objects(100_000), Response, Response),
        case("json-nested-within-limit", 200, nested_json_objects(100), Decoded, Decoded),
        case("xml-nested-1e5-elements", 200, nested_xml(100_000), Response, Response),
        case("xml-unclosed-1e5-elements", 200, "<a>".repeat(100_000), Response, Response),
        // Numbers and strings in each other's place.
        case("numbers-where-strings-expected", 200, r#"{"RequestId":12345,"TaskNo":678}"#, Decoded, Decoded),
        case("strings-where-numbers-expected", 200, r#"{"RequestId":"R","TaskNo":"T","PageSize":"20","TotalItemNum":"7","NextPage":"true"}"#, Decoded, Decoded),
        case("object-where-string-expected", 200, r#"{"RequestId":{"Id":"R"},"TaskNo":"T"}"#, Response, Response),
        case("array-where-string-expected", 200, r#"{"RequestId":["R"],"TaskNo":"T"}"#, Response, Response),
        case("huge-integer-overflows-u64", 200, r#"{"RequestId":"R","TaskNo":"T","TotalItemNum":123456789012345678901234567890}"#, Decoded, Response),
        case("exponent-out-of-f64-range", 200, r#"{"RequestId":"R","TaskNo":1e400}"#, Response, Response),
        case("ten-thousand-digit-number", 200, format!(r#"{{"RequestId":"R","TaskNo":{}}}"#, "9".repeat(10_000)), Response, Response),
        case("negative-page-size", 200, r#"{"RequestId":"R","TaskNo":"T","PageSize":-1}"#, Decoded, Response),
        case("fractional-page-size", 200, r#"{"RequestId":"R","TaskNo":"T","PageSize":20.5}"#, Decoded, Response),
        case("nan-string-for-number", 200, r#"{"RequestId":"R","TaskNo":"NaN","PageSize":"NaN"}"#, Decoded, Response),
        case("infinity-string-for-number", 200, r#"{"RequestId":"R","TaskNo":"Infinity","TotalItemNum":"Infinity"}"#, Decoded, Response),
        case("word-for-boolean", 200, r#"{"RequestId":"R","TaskNo":"T","NextPage":"maybe"}"#, Decoded, Response),
        case("detail-without-domain-name", 200, r#"{"RequestId":"R","TaskNo":"T","Data":{"TaskDetail":[{"TaskStatus":"EXECUTING"}]}}"#, Decoded, Response),
        case("data-wrapper-is-a-number", 200, r#"{"RequestId":"R","TaskNo":"T","Data":5}"#, Decoded, Response),
        // XML entities: defined entities are never expanded.
        case("xml-billion-laughs", 200, billion_laughs(), Response, Response),
        case("xml-external-entity", 200, "<?xml version=\"1.0\"?><!DOCTYPE R [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><R><RequestId>&xxe;</RequestId><TaskNo>T</TaskNo></R>", Response, Response),
        case("xml-doctype-declared-but-unused", 200, "<!DOCTYPE R [<!ENTITY e \"x\">]><R><RequestId>R</RequestId><TaskNo>T</TaskNo></R>", Decoded, Decoded),
        case("xml-invalid-character-reference", 200, "<R><RequestId>&#xD800;</RequestId><TaskNo>T</TaskNo></R>", Response, Response),
        case("xml-cdata-with-markup", 200, "<R><RequestId><![CDATA[</RequestId><x>]]></RequestId><TaskNo>T</TaskNo></R>", Decoded, Decoded),
        // Duplicates.
        case("json-duplicate-keys", 200, r#"{"RequestId":"A","RequestId":"B","TaskNo":"T"}"#, Response, Response),
        case("json-duplicate-task-no", 200, r#"{"RequestId":"R","TaskNo":"T-REAL","TaskNo":"T-BOGUS"}"#, Response, Response),
        case("json-duplicate-task-no-in-another-case", 200, r#"{"RequestId":"R","TaskNo":"T-REAL","taskno":"T-BOGUS"}"#, Response, Response),
        case("json-duplicate-key-in-an-ignored-value", 200, r#"{"RequestId":"R","TaskNo":"T","Extra":{"a":1,"a":2}}"#, Response, Response),
        case("json-duplicate-list-wrapper-key", 200, r#"{"RequestId":"R","TaskNo":"T","Data":{"TaskDetail":[],"TaskDetail":[]}}"#, Response, Response),
        case("xml-duplicate-scalar-element", 200, "<R><RequestId>A</RequestId><RequestId>B</RequestId><TaskNo>T</TaskNo></R>", Response, Response),
        case("xml-duplicate-element-in-another-case", 200, "<R><RequestId>R</RequestId><TaskNo>A</TaskNo><taskNo>B</taskNo></R>", Response, Response),
        case("xml-repeated-list-element", 200, "<R><RequestId>R</RequestId><TaskNo>T</TaskNo><Data><TaskDetail><DomainName>a.com</DomainName></TaskDetail><TaskDetail><DomainName>b.com</DomainName></TaskDetail></Data></R>", Decoded, Decoded),
        // Values in another type than declared: never converted.
        case("boolean-for-integer", 200, r#"{"RequestId":"R","TaskNo":"T","PageSize":true}"#, Decoded, Response),
        case("integral-float-for-integer", 200, r#"{"RequestId":"R","TaskNo":"T","PageSize":20.0}"#, Decoded, Response),
        case("exponent-for-integer", 200, r#"{"RequestId":"R","TaskNo":"T","TotalItemNum":1e3}"#, Decoded, Response),
        case("exponent-string-for-integer", 200, r#"{"RequestId":"R","TaskNo":"T","TotalItemNum":"1e3"}"#, Decoded, Response),
        case("plus-sign-string-for-integer", 200, r#"{"RequestId":"R","TaskNo":"T","PageSize":"+20"}"#, Decoded, Response),
        case("number-for-boolean", 200, r#"{"RequestId":"R","TaskNo":"T","NextPage":1}"#, Decoded, Response),
        case("digit-string-for-boolean", 200, r#"{"RequestId":"R","TaskNo":"T","NextPage":"0"}"#, Decoded, Response),
        case("xml-fraction-for-integer", 200, "<R><RequestId>R</RequestId><TaskNo>T</TaskNo><PageSize>1.5</PageSize></R>", Decoded, Response),
        case("xml-word-for-integer", 200, "<R><RequestId>R</RequestId><TaskNo>T</TaskNo><PageSize>true</PageSize></R>", Decoded, Response),
        case("xml-integers-and-booleans-as-text", 200, "<R><RequestId>R</RequestId><TaskNo>T</TaskNo><PageSize>20</PageSize><TotalItemNum>1767225600000</TotalItemNum><NextPage>false</NextPage></R>", Decoded, Decoded),
        // Error envelopes, complete or not.
        case("error-without-message", 403, r#"{"Code":"Forbidden.RAM"}"#, Service("Forbidden.RAM"), Service("Forbidden.RAM")),
        case("error-without-code", 500, r#"{"RequestId":"R","Message":"boom"}"#, Response, Response),
        case("error-code-with-http-200", 200, r#"{"RequestId":"R","Code":"ParameterIllegal","Message":"bad"}"#, Service("ParameterIllegal"), Service("ParameterIllegal")),
        case("error-numeric-code", 404, r#"{"Code":404,"Message":"not found"}"#, Service("404"), Service("404")),
        case("error-code-is-an-object", 400, r#"{"Code":{"Value":"X"},"Message":"m"}"#, Response, Response),
        case("error-lowercase-keys", 400, r#"{"code":"Throttling.User","message":"slow down","requestId":"R"}"#, Service("Throttling.User"), Service("Throttling.User")),
        case("success-code-on-200", 200, r#"{"Code":"Success","Message":"ok","RequestId":"R","TaskNo":"T"}"#, Decoded, Decoded),
        case("code-without-message-on-200", 200, r#"{"Code":"X","RequestId":"R","TaskNo":"T"}"#, Decoded, Decoded),
        case("success-body-with-error-status", 500, RENEWED, Response, Response),
        case("xml-error-root-on-200", 200, "<Error><RequestId>R</RequestId><Code>InternalError</Code><Message>m</Message></Error>", Service("InternalError"), Service("InternalError")),
        case("xml-error-root-without-code", 200, "<Error><RequestId>R</RequestId><Message>m</Message></Error>", Response, Response),
        case("xml-error-with-entity-in-code", 400, "<Error><Code>A&amp;B</Code><Message>&lt;m&gt;</Message></Error>", Service("A&B"), Service("A&B")),
    ]
}

/// The outcome of a decode, checked against `expect`; the message names the case.
fn check<A: RpcAction>(case: &Case, expect: Expect) {
    let result = decode_response::<A>(case.status, &case.body);
    let label = format!("{} as {}", case.name, A::ACTION);
    match (expect, &result) {
        (Decoded, Ok(_)) => {}
        (Response, Err(Error::Response(error))) => {
            assert_eq!(error.status(), case.status, "{label}");
            assert!(
                error.body_excerpt().len() <= 8 * 1024,
                "{label}: the excerpt keeps {} bytes",
                error.body_excerpt().len()
            );
        }
        (Service(code), Err(Error::Service(error))) => {
            assert_eq!(error.code(), code, "{label}");
            assert_eq!(error.http_status(), case.status, "{label}");
        }
        (_, Err(error)) => panic!("{label}: expected {expect:?}, got {error:?}"),
        (_, Ok(_)) => panic!("{label}: expected {expect:?}, got a decoded response"),
    }
}

#[test]
fn hostile_bodies_decode_to_the_expected_kind_for_both_response_types() {
    let cases = cases();
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    for case in &cases {
        check::<SaveBatchTaskForCreatingOrderRenew>(case, case.renewal);
        check::<QueryTaskDetailList>(case, case.details);
    }
}

#[test]
fn lenient_decoding_keeps_what_the_hostile_bodies_carried() {
    // Numbers become strings without losing digits when they fit.
    let body = br#"{"RequestId":12345,"TaskNo":678}"#;
    let renewal = decode_response::<SaveBatchTaskForCreatingOrderRenew>(200, body).unwrap();
    assert_eq!(
        (renewal.request_id.as_str(), renewal.task_no.as_str()),
        ("12345", "678")
    );
    // Duplicate JSON keys: neither value is taken, and the error names the key.
    let body = br#"{"RequestId":"R","TaskNo":"T-REAL","TaskNo":"T-BOGUS"}"#;
    let Err(Error::Response(error)) =
        decode_response::<SaveBatchTaskForCreatingOrderRenew>(200, body)
    else {
        panic!("a repeated TaskNo decoded")
    };
    assert!(
        error.reason().contains(r#"repeats the key "TaskNo""#),
        "{}",
        error.reason()
    );
    // XML text is the only way XML writes numbers: it fills integers.
    let body = b"<R><RequestId>R</RequestId><PageSize>20</PageSize><TotalItemNum>1767225600000</TotalItemNum></R>";
    let page = decode_response::<QueryTaskDetailList>(200, body).unwrap();
    assert_eq!(
        (page.page_size, page.total_item_num),
        (20, 1_767_225_600_000)
    );
    // A CDATA section keeps markup as text.
    let body = b"<R><RequestId><![CDATA[</RequestId><x>]]></RequestId><TaskNo>T</TaskNo></R>";
    let renewal = decode_response::<SaveBatchTaskForCreatingOrderRenew>(200, body).unwrap();
    assert_eq!(renewal.request_id, "</RequestId><x>");
    // Strings where numbers are expected.
    let body = br#"{"RequestId":"R","PageSize":"20","TotalItemNum":"7","NextPage":"true"}"#;
    let page: QueryTaskDetailListResponse =
        decode_response::<QueryTaskDetailList>(200, body).unwrap();
    assert_eq!(
        (page.page_size, page.total_item_num, page.next_page),
        (20, 7, true)
    );
}

// ---------------------------------------------------------------------------------------------
// The same over HTTP: a loopback server answers each path with one canned response.

struct Canned {
    path: &'static str,
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    framing: Delivery,
}

/// The workspace's loopback server, answering each path with its canned response (any other
/// with a 404); it stops when dropped.
struct CannedServer(Server);

impl CannedServer {
    async fn start(responses: Vec<Canned>) -> CannedServer {
        CannedServer(Server::start(move |request| {
            match responses
                .iter()
                .find(|canned| canned.path.eq_ignore_ascii_case(request.path()))
            {
                Some(canned) => Reply::status(canned.status, &canned.body)
                    .with_content_type(canned.content_type)
                    .delivered(canned.framing),
                None => Reply::status(404, ""),
            }
        }))
    }

    fn endpoint(&self, path: &str) -> String {
        format!("{}{path}", self.0.origin())
    }
}

fn renewal() -> SaveBatchTaskForCreatingOrderRenew {
    SaveBatchTaskForCreatingOrderRenew::new([OrderRenewParam::new(
        "example.com",
        1,
        1_767_225_600_000,
    )])
}

/// A client without retries, so that each call is one exchange and shows the decoding outcome.
fn client(endpoint: String, max_response_bytes: usize) -> Client {
    Client::builder()
        .endpoint(endpoint)
        .credentials(Credentials::new("hostile-test-id", "hostile-test-secret"))
        .retry_policy(RetryPolicy::disabled())
        .read_timeout(Duration::from_secs(10))
        .attempt_timeout(Duration::from_secs(30))
        .max_response_bytes(max_response_bytes)
        .build()
        .unwrap()
}

#[tokio::test]
async fn hostile_bodies_over_http_give_typed_errors_through_client_call() {
    const LIMIT: usize = 256 * 1024;
    let json = "application/json";
    let canned = |path, status, content_type, body: Vec<u8>, framing| Canned {
        path,
        status,
        content_type,
        body,
        framing,
    };
    let server = CannedServer::start(vec![
        canned(
            "/html",
            502,
            "text/html",
            b"<!DOCTYPE html><html><body>Bad Gateway</body></html>".to_vec(),
            Delivery::Whole,
        ),
        canned("/empty", 200, json, Vec::new(), Delivery::Whole),
        canned(
            "/truncated",
            200,
            json,
            br#"{"RequestId":"R","TaskNo""#.to_vec(),
            Delivery::Whole,
        ),
        canned(
            "/deep",
            200,
            json,
            "[".repeat(100_000).into_bytes(),
            Delivery::Chunked,
        ),
        canned("/bomb", 200, "text/xml", billion_laughs(), Delivery::Whole),
        canned(
            "/error-200",
            200,
            json,
            br#"{"RequestId":"R","Code":"ParameterIllegal","Message":"bad"}"#.to_vec(),
            Delivery::Whole,
        ),
        canned(
            "/ok",
            200,
            json,
            RENEWED.as_bytes().to_vec(),
            Delivery::Chunked,
        ),
        canned(
            "/too-large-declared",
            200,
            json,
            vec![b' '; 4 * LIMIT],
            Delivery::Whole,
        ),
        canned(
            "/too-large-chunked",
            200,
            json,
            vec![b' '; 4 * LIMIT],
            Delivery::Chunked,
        ),
        canned(
            "/short-body",
            200,
            json,
            RENEWED.as_bytes().to_vec(),
            Delivery::ShortBody,
        ),
    ])
    .await;
    let details = |path: &'static str| {
        let client = client(server.endpoint(path), LIMIT);
        async move { client.call(&QueryTaskDetailList::new("T", 20)).await }
    };

    for (path, status) in [
        ("/html", 502),
        ("/empty", 200),
        ("/truncated", 200),
        ("/deep", 200),
        ("/bomb", 200),
    ] {
        match details(path).await {
            Err(Error::Response(error)) => assert_eq!(error.status(), status, "{path}"),
            other => panic!("{path}: expected a response error, got {other:?}"),
        }
    }
    match details("/error-200").await {
        Err(Error::Service(error)) => {
            assert_eq!(
                (error.code(), error.http_status()),
                ("ParameterIllegal", 200)
            );
        }
        other => panic!("/error-200: expected a service error, got {other:?}"),
    }
    let page = details("/ok")
        .await
        .expect("a chunked success body decodes");
    assert_eq!(page.request_id, "R");
    for path in ["/too-large-declared", "/too-large-chunked"] {
        match details(path).await {
            Err(Error::Response(error)) => {
                assert!(
                    error.reason().contains("limit"),
                    "{path}: {}",
                    error.reason()
                );
                assert!(
                    error.body_excerpt().len() < 16,
                    "{path}: the oversized body is not kept"
                );
            }
            other => panic!("{path}: expected a response error, got {other:?}"),
        }
    }
    // A connection closed before the declared length: a transport failure, after sending.
    match details("/short-body").await {
        Err(Error::Transport(error)) => assert!(error.request_may_have_been_sent()),
        other => panic!("/short-body: expected a transport error, got {other:?}"),
    }

    // A renewal is not idempotent: a gateway page leaves its outcome unknown, and the decoding
    // error is kept as the cause; an error envelope is the service's answer.
    let renewal_client = client(server.endpoint("/html"), LIMIT);
    match renewal_client.call(&renewal()).await {
        Err(Error::OutcomeUnknown { cause, .. }) => {
            assert!(
                matches!(*cause, Error::Response(ref e) if e.status() == 502),
                "{cause:?}"
            );
        }
        other => panic!("/html renewal: expected an unknown outcome, got {other:?}"),
    }
    let renewal_client = client(server.endpoint("/error-200"), LIMIT);
    let renewed = renewal_client.call(&renewal()).await;
    assert!(
        matches!(&renewed, Err(Error::Service(e)) if e.code() == "ParameterIllegal"),
        "{renewed:?}"
    );
    drop(server);
}

/// The reason of a decoding failure, whether it came back as is or as the cause of an unknown
/// outcome (a renewal's answer that cannot be read leaves the order's fate unknown).
fn decoding_reason(result: Result<impl std::fmt::Debug, Error>) -> String {
    match result {
        Err(Error::Response(error)) => error.reason().to_owned(),
        Err(Error::OutcomeUnknown { cause, .. }) => match *cause {
            Error::Response(error) => error.reason().to_owned(),
            other => panic!("expected a response error as the cause, got {other:?}"),
        },
        other => panic!("expected a response error, got {other:?}"),
    }
}

#[tokio::test]
async fn wrong_types_and_repeated_keys_over_http_are_refused_through_client_call() {
    const LIMIT: usize = 256 * 1024;
    let page_of = |domain: &str| {
        format!(
            r#"{{"RequestId":"R","TotalItemNum":1,"CurrentPageNum":1,"PageSize":20,"TotalPageNum":1,"PrePage":false,"NextPage":false,"Data":{{"Domain":[{domain}]}}}}"#
        )
        .into_bytes()
    };
    let canned = |path, content_type, body: Vec<u8>| Canned {
        path,
        status: 200,
        content_type,
        body,
        framing: Delivery::Whole,
    };
    let json = "application/json";
    let server = CannedServer::start(vec![
        canned("/expiration-true", json, page_of(r#"{"DomainName":"example.com","ExpirationDateLong":true}"#)),
        canned("/expiration-fraction", json, page_of(r#"{"DomainName":"example.com","ExpirationDateLong":1767225600000.5}"#)),
        canned("/expiration-exponent", json, page_of(r#"{"DomainName":"example.com","ExpirationDateLong":1.7672256e12}"#)),
        canned("/expiration-text", json, page_of(r#"{"DomainName":"example.com","ExpirationDateLong":"1767225600000","Premium":"false"}"#)),
        canned("/premium-number", json, br#"{"RequestId":"R","DomainName":"example.com","Premium":1}"#.to_vec()),
        canned("/expiration-twice", json, br#"{"RequestId":"R","DomainName":"example.com","ExpirationDateLong":1767225600000,"ExpirationDateLong":1}"#.to_vec()),
        canned("/xml-expiration-word", "text/xml", b"<QueryDomainByDomainNameResponse><RequestId>R</RequestId><DomainName>example.com</DomainName><ExpirationDateLong>true</ExpirationDateLong></QueryDomainByDomainNameResponse>".to_vec()),
        canned("/xml-expiration-text", "text/xml", b"<QueryDomainByDomainNameResponse><RequestId>R</RequestId><DomainName>example.com</DomainName><ExpirationDateLong>1767225600000</ExpirationDateLong></QueryDomainByDomainNameResponse>".to_vec()),
        canned("/task-no-twice", json, br#"{"RequestId":"R","TaskNo":"T-REAL","TaskNo":"T-BOGUS"}"#.to_vec()),
        canned("/task-no-twice-in-another-case", json, br#"{"RequestId":"R","taskNo":"T-REAL","TaskNo":"T-BOGUS"}"#.to_vec()),
        canned("/xml-task-no-twice", "text/xml", b"<SaveBatchTaskForCreatingOrderRenewResponse><RequestId>R</RequestId><TaskNo>T-REAL</TaskNo><TaskNo>T-BOGUS</TaskNo></SaveBatchTaskForCreatingOrderRenewResponse>".to_vec()),
    ])
    .await;
    let list = |path: &'static str| {
        let client = client(server.endpoint(path), LIMIT);
        async move { client.call(&QueryDomainList::new(20)).await }
    };
    let one = |path: &'static str| {
        let client = client(server.endpoint(path), LIMIT);
        async move {
            client
                .call(&QueryDomainByDomainName::new("example.com"))
                .await
        }
    };

    for path in [
        "/expiration-true",
        "/expiration-fraction",
        "/expiration-exponent",
    ] {
        let reason = decoding_reason(list(path).await);
        assert!(
            reason.contains("at `Data.Domain[0].ExpirationDateLong`: expected an integer"),
            "{path}: {reason}"
        );
    }
    let page = list("/expiration-text")
        .await
        .expect("an integer in quotes");
    assert_eq!(page.items[0].expiration_date_long, Some(1_767_225_600_000));
    assert_eq!(page.items[0].premium, Some(false));

    for (path, expected) in [
        (
            "/premium-number",
            "at `Premium`: expected a boolean, found number 1",
        ),
        (
            "/expiration-twice",
            r#"repeats the key "ExpirationDateLong""#,
        ),
        (
            "/xml-expiration-word",
            "at `ExpirationDateLong`: expected an integer, found string \"true\"",
        ),
    ] {
        let reason = decoding_reason(one(path).await);
        assert!(reason.contains(expected), "{path}: {reason}");
    }
    let domain = one("/xml-expiration-text")
        .await
        .expect("XML text is an integer");
    assert_eq!(domain.expiration_date_long, Some(1_767_225_600_000));

    for path in ["/task-no-twice", "/task-no-twice-in-another-case"] {
        let reason = decoding_reason(client(server.endpoint(path), LIMIT).call(&renewal()).await);
        assert!(
            reason.contains(r#"repeats the key "TaskNo""#),
            "{path}: {reason}"
        );
    }
    let reason = decoding_reason(
        client(server.endpoint("/xml-task-no-twice"), LIMIT)
            .call(&renewal())
            .await,
    );
    assert!(
        reason.contains("at `TaskNo`: expected a string, found a list of 2"),
        "{reason}"
    );
    drop(server);
}
