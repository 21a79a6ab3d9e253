//! The side-by-side suite: signing against the hand-written floor, decoding against plain serde,
//! end-to-end calls against raw reqwest on one loopback server, and the emulator's throughput.
//!
//! `cargo bench -p aliyun-rpc-benches --bench suite [-- --smoke]`; rows of the ratio table go to
//! standard output.

use aliyun_rpc::{Client, Credentials, RpcAction, SignatureVersion, decode_response};
use aliyun_rpc_benches::fixtures::{self, ACCESS_KEY_ID, ACCESS_KEY_SECRET, ready};
use aliyun_rpc_benches::floor::{self, Signer};
use aliyun_rpc_benches::floor_page;
use aliyun_rpc_benches::harness::{Estimate, Settings, compare, format_ns, median};
use aliyun_rpc_benches::loopback::{
    self, client_runtime, rate, server_runtime, start_fixed_server,
};
use aliyun_rpc_benches::table::{Target, row};
use domain_api::{
    QueryDomainByDomainName, QueryDomainList, QueryTaskDetailList, QueryTaskDetailListResponse,
    SaveBatchTaskForCreatingOrderRenew, SaveBatchTaskForCreatingOrderRenewResponse,
};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn main() {
    let settings = Settings::from_args();
    signing(&settings);
    page_signing(&settings);
    if settings.wants("b. decode") {
        decoding(&settings);
    }
    let server = start_fixed_server();
    if settings.wants("c. loopback") {
        end_to_end(&settings, &server);
    }
    if settings.wants("d. emulator") {
        emulator_throughput(&settings, &server);
    }
}

/// The value of the query parameter `name` in `url`, still encoded.
fn query_value<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

/// The `&`-separated pairs of a query or body, sorted, for comparing regardless of order.
fn pairs(text: Option<&str>) -> Vec<String> {
    let mut pairs: Vec<String> = text
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("Signature="))
        .map(str::to_owned)
        .collect();
    pairs.sort();
    pairs
}

fn signing(settings: &Settings) {
    for (version, label) in [(SignatureVersion::V1, "V1"), (SignatureVersion::V3, "V3")] {
        let client = fixtures::signing_client(version);
        for count in [1, 100, 1000] {
            let name = format!(
                "a. build + flatten + sign {label}, {count} entries (vs hand-written floor)"
            );
            if !settings.wants(&name) {
                continue;
            }
            let entries = fixtures::entries(count);
            let action = fixtures::action(&entries);
            let signer = fixtures::floor_signer();
            let floor_sign = match version {
                SignatureVersion::V1 => floor::sign_v1,
                _ => floor::sign_v3,
            };

            // Same request, same signature: checked before anything is timed.
            let ours = ready(client.prepare(&action)).expect("a valid batch");
            let theirs = floor_sign(&signer, &entries);
            match version {
                SignatureVersion::V1 => assert_eq!(
                    query_value(ours.url(), "Signature"),
                    query_value(&theirs.url, "Signature"),
                    "V1 signatures differ at {count} entries"
                ),
                _ => {
                    let authorization = ours
                        .headers()
                        .iter()
                        .find(|(name, _)| *name == "authorization")
                        .map(|(_, value)| value.as_ref());
                    assert_eq!(
                        authorization,
                        Some(theirs.signature.as_str()),
                        "V3 signatures differ at {count} entries"
                    );
                }
            }
            assert_eq!(pairs(ours.body()), pairs(theirs.body.as_deref()));
            assert_eq!(
                pairs(ours.url().split_once('?').map(|(_, query)| query)),
                pairs(theirs.url.split_once('?').map(|(_, query)| query))
            );

            eprintln!("signing {label}, {count} entries");
            let (ours, floor) = compare(
                settings,
                || ready(client.prepare(&action)).expect("a valid batch"),
                || floor_sign(&signer, &entries),
            );
            let target = if count >= 100 {
                Target::AtMost(1.3)
            } else {
                Target::None
            };
            row(
                &name,
                &format_ns(ours.median_ns),
                &format_ns(floor.median_ns),
                ours.median_ns / floor.median_ns,
                target,
            );
        }
    }
}

/// A small query call, the most common kind: one `QueryDomainList` page.
fn page_signing(settings: &Settings) {
    let page = floor_page::Page {
        page_num: 1,
        page_size: 100,
        start_expiration_ms: 1_767_225_600_000,
        end_expiration_ms: 1_772_323_200_000,
    };
    let mut action = QueryDomainList::new(page.page_size);
    action.start_expiration_date = Some(page.start_expiration_ms);
    action.end_expiration_date = Some(page.end_expiration_ms);
    for (version, label) in [(SignatureVersion::V1, "V1"), (SignatureVersion::V3, "V3")] {
        let name = format!("a. prepare a QueryDomainList page, {label} (vs hand-written floor)");
        if !settings.wants(&name) {
            continue;
        }
        let client = fixtures::signing_client(version);
        let signer = fixtures::floor_signer();
        let floor_sign = match version {
            SignatureVersion::V1 => floor_page::sign_v1,
            _ => floor_page::sign_v3,
        };
        let (ours, theirs) = (
            ready(client.prepare(&action)).expect("a valid page"),
            floor_sign(&signer, &page),
        );
        let signature = match version {
            SignatureVersion::V1 => query_value(ours.url(), "Signature").map(str::to_owned),
            _ => ours
                .headers()
                .iter()
                .find(|(name, _)| *name == "authorization")
                .map(|(_, value)| value.to_string()),
        };
        let expected = match version {
            SignatureVersion::V1 => query_value(&theirs.url, "Signature").map(str::to_owned),
            _ => Some(theirs.signature.clone()),
        };
        assert_eq!(signature, expected, "{label} page signatures differ");
        assert_eq!(
            pairs(ours.url().split_once('?').map(|(_, query)| query)),
            pairs(theirs.url.split_once('?').map(|(_, query)| query))
        );
        eprintln!("signing a page, {label}");
        let (ours, floor) = compare(
            settings,
            || ready(client.prepare(&action)).expect("a valid page"),
            || floor_sign(&signer, &page),
        );
        row(
            &name,
            &format_ns(ours.median_ns),
            &format_ns(floor.median_ns),
            ours.median_ns / floor.median_ns,
            Target::AtMost(1.5),
        );
    }
}

/// One decoding comparison: medians of ours and the baseline, in nanoseconds.
type Measure<'a> = dyn Fn() -> (f64, f64) + 'a;

fn decoding(settings: &Settings) {
    let page_json = fixtures::task_detail_page_json(1000);
    let page_xml = fixtures::task_detail_page_xml(1000);

    // Ours: error detection, then lenient typed decoding. Baseline: strict serde of the same type.
    let ours =
        decode_response::<SaveBatchTaskForCreatingOrderRenew>(200, fixtures::RENEW_RESPONSE_JSON)
            .expect("decodes");
    let strict: SaveBatchTaskForCreatingOrderRenewResponse =
        serde_json::from_slice(fixtures::RENEW_RESPONSE_JSON).expect("decodes");
    assert_eq!(ours, strict);
    let ours =
        decode_response::<SaveBatchTaskForCreatingOrderRenew>(200, fixtures::RENEW_RESPONSE_XML)
            .expect("decodes");
    let strict: SaveBatchTaskForCreatingOrderRenewResponse =
        quick_xml::de::from_reader(fixtures::RENEW_RESPONSE_XML).expect("decodes");
    assert_eq!(ours, strict);
    let ours = decode_response::<QueryTaskDetailList>(200, &page_json).expect("decodes");
    let strict: QueryTaskDetailListResponse = serde_json::from_slice(&page_json).expect("decodes");
    assert_eq!(ours, strict);
    let ours = decode_response::<QueryTaskDetailList>(200, &page_xml).expect("decodes");
    assert_eq!(ours, strict, "JSON and XML decode alike");
    let strict: StrictPage = quick_xml::de::from_reader(page_xml.as_slice()).expect("decodes");
    assert_eq!(
        aliyun_rpc::Page::into_items(ours).len(),
        strict.data.task_detail.len()
    );

    eprintln!("decoding");
    type Renew = SaveBatchTaskForCreatingOrderRenew;
    type RenewResponse = SaveBatchTaskForCreatingOrderRenewResponse;
    let medians = |(ours, baseline): (Estimate, Estimate)| (ours.median_ns, baseline.median_ns);
    let renew_json = fixtures::RENEW_RESPONSE_JSON;
    let renew_xml = fixtures::RENEW_RESPONSE_XML;
    let cases: [(&str, &Measure<'_>); 4] = [
        (
            "b. decode SaveBatchTaskForCreatingOrderRenew JSON (vs strict serde_json)",
            &|| {
                medians(compare(
                    settings,
                    || decode_response::<Renew>(200, renew_json),
                    || serde_json::from_slice::<RenewResponse>(renew_json),
                ))
            },
        ),
        (
            "b. decode SaveBatchTaskForCreatingOrderRenew XML (vs strict quick-xml serde)",
            &|| {
                medians(compare(
                    settings,
                    || decode_response::<Renew>(200, renew_xml),
                    || quick_xml::de::from_reader::<_, RenewResponse>(renew_xml),
                ))
            },
        ),
        (
            "b. decode QueryTaskDetailList page of 1,000, JSON (vs strict serde_json)",
            &|| {
                medians(compare(
                    settings,
                    || decode_response::<QueryTaskDetailList>(200, &page_json),
                    || serde_json::from_slice::<QueryTaskDetailListResponse>(&page_json),
                ))
            },
        ),
        (
            "b. decode QueryTaskDetailList page of 1,000, XML (vs strict quick-xml serde)",
            &|| {
                medians(compare(
                    settings,
                    || decode_response::<QueryTaskDetailList>(200, &page_xml),
                    || quick_xml::de::from_reader::<_, StrictPage>(page_xml.as_slice()),
                ))
            },
        ),
    ];
    for (name, measure) in cases {
        let (ours, baseline) = measure();
        row(
            name,
            &format_ns(ours),
            &format_ns(baseline),
            ours / baseline,
            Target::None,
        );
    }
}

/// What the leanest client decodes a renewal's answer into.
#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct StrictRenewal {
    request_id: String,
    task_no: String,
}

/// The XML baseline's target: the page's elements as plain serde types (strings where the domain
/// type decodes a status enum), with no leniency.
#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct StrictPage {
    request_id: String,
    current_page_num: u32,
    page_size: u32,
    total_item_num: u64,
    total_page_num: u32,
    pre_page: bool,
    next_page: bool,
    data: StrictData,
}

#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StrictData {
    task_detail: Vec<StrictDetail>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct StrictDetail {
    task_no: String,
    task_detail_no: String,
    domain_name: String,
    instance_id: String,
    task_type: String,
    task_type_description: String,
    task_status: String,
    task_status_code: u32,
    task_result: String,
    error_msg: String,
    try_count: u32,
    create_time: String,
    update_time: String,
}

fn format_rate(per_second: f64) -> String {
    let whole = per_second.round() as u64;
    let text = whole.to_string();
    let mut out = String::new();
    for (position, digit) in text.chars().enumerate() {
        if position > 0 && (text.len() - position).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    format!("{out} /s")
}

/// Alternating rounds of two loops; the median rate of each.
fn alternate(
    settings: &Settings,
    runtime: &tokio::runtime::Runtime,
    in_flight: usize,
    ours: impl Fn() -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>>
    + Send
    + Sync
    + Clone
    + 'static,
    baseline: impl Fn() -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>>
    + Send
    + Sync
    + Clone
    + 'static,
) -> (f64, f64) {
    let warm_up = settings.warm_up;
    runtime.block_on(rate(in_flight, warm_up, baseline.clone()));
    runtime.block_on(rate(in_flight, warm_up, ours.clone()));
    let mut ours_rates = Vec::new();
    let mut baseline_rates = Vec::new();
    for round in 0..settings.rounds {
        let time = settings.round_time;
        if round % 2 == 0 {
            baseline_rates.push(runtime.block_on(rate(in_flight, time, baseline.clone())));
            ours_rates.push(runtime.block_on(rate(in_flight, time, ours.clone())));
        } else {
            ours_rates.push(runtime.block_on(rate(in_flight, time, ours.clone())));
            baseline_rates.push(runtime.block_on(rate(in_flight, time, baseline.clone())));
        }
    }
    (median(ours_rates), median(baseline_rates))
}

/// A reqwest client configured as `aliyun_rpc::Client` configures its own.
fn raw_reqwest() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(aliyun_rpc::DEFAULT_CONNECT_TIMEOUT)
        .read_timeout(aliyun_rpc::DEFAULT_READ_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a reqwest client")
}

fn end_to_end(settings: &Settings, server: &loopback::FixedServer) {
    let runtime = client_runtime();
    let client = Client::builder()
        .endpoint(server.url.as_str())
        .credentials(Credentials::new(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
        .build()
        .expect("a client");
    let action = Arc::new(fixtures::action(&fixtures::entries(2)));
    let signed = runtime
        .block_on(client.prepare(&*action))
        .expect("a valid batch");
    let url = reqwest::Url::parse(signed.url()).expect("a URL");
    let headers = header_map(
        signed
            .headers()
            .iter()
            .map(|(name, value)| (*name, value.as_ref())),
    );
    let body = bytes_of(signed.body());
    let raw = raw_reqwest();

    let ours = {
        let (client, action) = (client.clone(), action.clone());
        move || {
            let (client, action) = (client.clone(), action.clone());
            Box::pin(async move {
                let answer = client.call(&*action).await.expect("the call succeeds");
                std::hint::black_box(answer);
            }) as std::pin::Pin<Box<dyn Future<Output = ()> + Send>>
        }
    };
    // Raw reqwest, first spending `busy` of CPU time: how far a little work per call moves the
    // rate on this machine.
    let raw_with = move |busy: Duration| {
        let (raw, url, headers) = (raw.clone(), url.clone(), headers.clone());
        move || {
            let request = raw.post(url.clone()).headers(headers.clone()).body(body);
            Box::pin(async move {
                spin_for(busy);
                let response = request.send().await.expect("the request is answered");
                assert!(response.status().is_success());
                std::hint::black_box(response.bytes().await.expect("a body"));
            }) as std::pin::Pin<Box<dyn Future<Output = ()> + Send>>
        }
    };
    let baseline = raw_with(Duration::ZERO);
    for in_flight in [1, 32] {
        eprintln!("end to end, {in_flight} in flight");
        let (ours, raw) = alternate(
            settings,
            &runtime,
            in_flight,
            ours.clone(),
            baseline.clone(),
        );
        row(
            &format!(
                "c. loopback calls, 2-entry renewal, {in_flight} in flight: `client.call()` (vs raw reqwest, pre-signed)"
            ),
            &format_rate(ours),
            &format_rate(raw),
            ours / raw,
            Target::AtLeast(0.9),
        );
    }
    // The leanest client one could write for this call: the floor signs it anew, reqwest sends
    // it, strict serde decodes the answer.
    let lean = {
        let (raw, endpoint) = (raw_reqwest(), server.url.clone());
        let host = endpoint
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let entries = Arc::new(fixtures::entries(2));
        move || {
            let signer = Signer {
                endpoint: &endpoint,
                host: &host,
                access_key_id: ACCESS_KEY_ID,
                secret: ACCESS_KEY_SECRET,
                nonce: fixtures::NONCE,
                timestamp: fixtures::TIMESTAMP,
                max_query_bytes: aliyun_rpc::DEFAULT_MAX_QUERY_BYTES,
            };
            let signed = floor::sign_v3(&signer, &entries);
            let headers = header_map([
                ("host", host.as_str()),
                ("x-acs-action", SaveBatchTaskForCreatingOrderRenew::ACTION),
                ("x-acs-content-sha256", floor::EMPTY_PAYLOAD_SHA256),
                ("x-acs-date", fixtures::TIMESTAMP),
                ("x-acs-signature-nonce", fixtures::NONCE),
                ("x-acs-version", SaveBatchTaskForCreatingOrderRenew::VERSION),
                ("authorization", signed.signature.as_str()),
            ]);
            let url = reqwest::Url::parse(&signed.url).expect("a URL");
            let request = raw
                .post(url)
                .headers(headers)
                .body(signed.body.unwrap_or_default());
            Box::pin(async move {
                let response = request.send().await.expect("the request is answered");
                assert!(response.status().is_success());
                let body = response.bytes().await.expect("a body");
                let answer: StrictRenewal = serde_json::from_slice(&body).expect("an answer");
                std::hint::black_box(answer);
            }) as std::pin::Pin<Box<dyn Future<Output = ()> + Send>>
        }
    };
    eprintln!("end to end, 32 in flight, against the leanest hand-written client");
    let (ours_rate, lean_rate) = alternate(settings, &runtime, 32, ours.clone(), lean);
    row(
        "c. loopback calls, 2-entry renewal, 32 in flight: `client.call()` (vs the leanest hand-written client: floor signing anew, reqwest, strict serde)",
        &format_rate(ours_rate),
        &format_rate(lean_rate),
        ours_rate / lean_rate,
        Target::None,
    );
    let busy = Duration::from_micros(4);
    eprintln!("end to end, 32 in flight, raw reqwest with {busy:?} of work per call");
    let (busy_rate, raw) = alternate(settings, &runtime, 32, raw_with(busy), baseline.clone());
    row(
        "c. sensitivity: raw reqwest spending 4 µs of CPU per call first, 32 in flight (vs raw reqwest)",
        &format_rate(busy_rate),
        &format_rate(raw),
        busy_rate / raw,
        Target::None,
    );
}

/// A header map of lowercase `name`s and their values.
fn header_map<'a>(
    headers: impl IntoIterator<Item = (&'static str, &'a str)>,
) -> reqwest::header::HeaderMap {
    headers
        .into_iter()
        .map(|(name, value)| {
            (
                reqwest::header::HeaderName::from_static(name),
                reqwest::header::HeaderValue::from_str(value).expect("a header value"),
            )
        })
        .collect()
}

/// Keeps the thread busy for `time`.
fn spin_for(time: Duration) {
    let started = Instant::now();
    while started.elapsed() < time {
        std::hint::spin_loop();
    }
}

/// The pre-signed body, shared by every raw request without a copy.
fn bytes_of(body: Option<&str>) -> &'static str {
    Box::leak(body.unwrap_or_default().to_owned().into_boxed_str())
}

fn emulator_throughput(settings: &Settings, server: &loopback::FixedServer) {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        server_runtime().block_on(async move {
            let emulator = domain_emulator::Emulator::start(domain_emulator::EmulatorConfig::new())
                .await
                .expect("the emulator starts");
            sender.send(emulator.url()).expect("the caller waits");
            std::future::pending::<()>().await;
            drop(emulator);
        });
    });
    let emulator_url = receiver.recv().expect("the emulator starts");
    let runtime = client_runtime();
    for (version, label) in [(SignatureVersion::V1, "V1"), (SignatureVersion::V3, "V3")] {
        let client_for = |endpoint: &str| {
            Client::builder()
                .endpoint(endpoint)
                .credentials(Credentials::new(
                    domain_emulator::DEMO_ACCESS_KEY_ID,
                    domain_emulator::DEMO_ACCESS_KEY_SECRET,
                ))
                .signature_version(version)
                .build()
                .expect("a client")
        };
        let calls = |client: Client| {
            move || {
                let client = client.clone();
                Box::pin(async move {
                    let action = QueryDomainByDomainName::new("portfolio-site.me");
                    let answer = client.call(&action).await.expect("verified and answered");
                    std::hint::black_box(answer);
                }) as std::pin::Pin<Box<dyn Future<Output = ()> + Send>>
            }
        };
        let on_emulator = calls(client_for(&emulator_url));
        let on_fixed = calls(client_for(&server.url));
        eprintln!("emulator throughput {label}");
        let (emulated, fixed) = alternate(settings, &runtime, 32, on_emulator, on_fixed);
        row(
            &format!(
                "d. emulator: verified {} calls, {label}, 32 in flight (vs the same calls to the fixed-answer server)",
                QueryDomainByDomainName::ACTION
            ),
            &format_rate(emulated),
            &format_rate(fixed),
            emulated / fixed,
            Target::None,
        );
    }
}
