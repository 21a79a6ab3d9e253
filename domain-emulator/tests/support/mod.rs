//! What the emulator's tests share: a small V1 signer of their own (written from the protocol
//! description, not shared with the server), the calls they make, emulators holding chosen
//! domains, and scratch directories.

#![allow(dead_code, unreachable_pub)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use domain_emulator::{DomainRecord, Emulator};
use hmac::{Hmac, KeyInit as _, Mac as _};
use serde_json::Value;

/// Percent-encodes as V1 signing does: everything but `A-Z a-z 0-9 - _ . ~`, one `%XY` a byte.
pub fn enc(input: &str) -> String {
    let mut out = String::new();
    for byte in input.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A string no other call returns, in this process or another (a nonce, a directory name).
pub fn unique() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!(
        "{nanos:x}-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// The common parameters of a V1 request for `action`, signed by the emulator's demo key, with
/// a fresh nonce and the current time.
pub fn v1_common_params(emulator: &Emulator, action: &str) -> BTreeMap<String, String> {
    [
        ("Action", action.to_owned()),
        ("Version", "2018-01-29".to_owned()),
        ("Format", "JSON".to_owned()),
        ("AccessKeyId", emulator.access_key_id().to_owned()),
        ("SignatureMethod", "HMAC-SHA1".to_owned()),
        ("SignatureVersion", "1.0".to_owned()),
        ("SignatureNonce", unique()),
        (
            "Timestamp",
            humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
        ),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value))
    .collect()
}

/// `params` as a query string, in their (sorted) order, each name and value percent-encoded.
pub fn canonical_query(params: &BTreeMap<String, String>) -> String {
    params
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The V1 signature (HMAC-SHA1, base64) of a `method` request to `/` carrying `params`.
pub fn v1_signature(method: &str, params: &BTreeMap<String, String>, secret: &str) -> String {
    let string_to_sign = format!("{method}&{}&{}", enc("/"), enc(&canonical_query(params)));
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(format!("{secret}&").as_bytes()).unwrap();
    mac.update(string_to_sign.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// The signed GET query of `action` with `params`.
pub fn signed_query(emulator: &Emulator, action: &str, params: &[(&str, String)]) -> String {
    let mut all = v1_common_params(emulator, action);
    for (name, value) in params {
        all.insert((*name).to_owned(), value.clone());
    }
    let signature = v1_signature("GET", &all, emulator.access_key_secret());
    format!("{}&Signature={}", canonical_query(&all), enc(&signature))
}

/// A request's parameters, by name.
pub type Params = Vec<(&'static str, String)>;

/// Calls `action` and returns the status and the JSON body.
pub async fn call(emulator: &Emulator, action: &str, params: &[(&str, String)]) -> (u16, Value) {
    let url = format!(
        "{}?{}",
        emulator.url(),
        signed_query(emulator, action, params)
    );
    let response = reqwest::get(url).await.expect("the emulator answers");
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    (status, body)
}

/// Calls `action` asking for XML and returns the status and the body's text.
pub async fn call_xml(
    emulator: &Emulator,
    action: &str,
    params: &[(&str, String)],
) -> (u16, String) {
    let mut params = params.to_vec();
    params.push(("Format", "XML".to_owned()));
    let url = format!(
        "{}?{}",
        emulator.url(),
        signed_query(emulator, action, &params)
    );
    let response = reqwest::get(url).await.expect("the emulator answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// Calls `action`, which must succeed, and returns the JSON body.
pub async fn answer(emulator: &Emulator, action: &str, params: &[(&str, String)]) -> Value {
    let (status, body) = call(emulator, action, params).await;
    assert_eq!(status, 200, "{action}: {body}");
    body
}

/// Submits a task with `action`, which must be accepted, and returns its number.
pub async fn submit(emulator: &Emulator, action: &str, params: &[(&str, String)]) -> String {
    answer(emulator, action, params).await["TaskNo"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// An emulator holding just `domains`, whose tasks wait (an hour a stage) until the test moves
/// them on with `finish_tasks`.
pub async fn emulator_holding(domains: impl IntoIterator<Item = DomainRecord>) -> Emulator {
    Emulator::builder()
        .domains(domains)
        .task_step(Duration::from_secs(3600))
        .start()
        .await
        .unwrap()
}

/// An emulator holding `a.com` and the update-locked `locked`, tasks waiting as with
/// [`emulator_holding`]: for the changes the update lock must refuse.
pub async fn emulator_with_update_locked(locked: &str) -> Emulator {
    emulator_holding([
        DomainRecord::expiring_in_days("a.com", 100),
        DomainRecord::expiring_in_days(locked, 100).update_locked(),
    ])
    .await
}

/// QueryDomainByDomainName's answer for `domain`, which must succeed.
pub async fn domain_info(emulator: &Emulator, domain: &str) -> Value {
    let params = [("DomainName", domain.to_owned())];
    answer(emulator, "QueryDomainByDomainName", &params).await
}

/// The current expiration of `domain`, in ms.
pub async fn expiration_of(emulator: &Emulator, domain: &str) -> i64 {
    domain_info(emulator, domain).await["ExpirationDateLong"]
        .as_i64()
        .unwrap()
}

/// The first page (100) of a task's details, which must be answered.
pub async fn task_details(emulator: &Emulator, task_no: &str) -> Vec<Value> {
    let page = [
        ("TaskNo", task_no.to_owned()),
        ("PageNum", "1".to_owned()),
        ("PageSize", "100".to_owned()),
    ];
    let body = answer(emulator, "QueryTaskDetailList", &page).await;
    body["Data"]["TaskDetail"].as_array().unwrap().clone()
}

/// Calls `action` and checks that it is refused with this HTTP status and error code.
pub async fn assert_refused(
    emulator: &Emulator,
    action: &str,
    params: &[(&str, String)],
    expected: (u16, &str),
) {
    let (status, body) = call(emulator, action, params).await;
    let got = (status, body["Code"].as_str());
    assert_eq!(
        got,
        (expected.0, Some(expected.1)),
        "{action} {params:?}: {body}"
    );
}

/// Checks that `action` naming a domain the emulator does not hold (with the other parameters
/// `extra`) is refused with `DomainNotExist`.
pub async fn assert_unknown_domain_refused(emulator: &Emulator, action: &str, extra: (&str, &str)) {
    let params = [
        ("DomainName", "nope.com".to_owned()),
        (extra.0, extra.1.to_owned()),
    ];
    assert_refused(emulator, action, &params, (400, "DomainNotExist")).await;
}

/// Orders a one-year renewal of `domain` and returns its task number.
pub async fn renew(emulator: &Emulator, domain: &str) -> String {
    let current = expiration_of(emulator, domain).await;
    let params = one_renewal(domain, 1, current);
    submit(emulator, "SaveBatchTaskForCreatingOrderRenew", &params).await
}

/// The parameters of a batch renewal of `domain` alone, by `years` from `current`.
pub fn one_renewal(domain: &str, years: u32, current: i64) -> [(&'static str, String); 3] {
    [
        ("OrderRenewParam.1.DomainName", domain.to_owned()),
        ("OrderRenewParam.1.SubscriptionDuration", years.to_string()),
        (
            "OrderRenewParam.1.CurrentExpirationDate",
            current.to_string(),
        ),
    ]
}

/// A new, empty directory under the system's temporary directory.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("domain-emulator-{name}-{}", unique()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
