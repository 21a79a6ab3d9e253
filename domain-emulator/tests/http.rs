//! Real HTTP against a started emulator on 127.0.0.1, signed by a small test-only signer.

mod support;

use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::time::{Duration, SystemTime};

use domain_emulator::{Credential, Emulator, EmulatorConfig, Faults};
use hmac::{Hmac, KeyInit as _, Mac as _};
use serde_json::Value;
use sha2::Digest as _;
use support::{
    canonical_query, enc, one_renewal, temp_dir, unique, v1_common_params, v1_signature,
};

// ---------------------------------------------------------------------------------------------
// Test-only V1 and V3 signers, written from the protocol description, not shared with the server
// (the V1 pieces are the shared test support's).

fn timestamp_at(offset_secs: i64) -> String {
    let now = SystemTime::now();
    let at = if offset_secs >= 0 {
        now + Duration::from_secs(offset_secs as u64)
    } else {
        now - Duration::from_secs(offset_secs.unsigned_abs())
    };
    humantime::format_rfc3339_seconds(at).to_string()
}

/// A V1-signed request under construction.
struct V1Request {
    method: &'static str,
    params: BTreeMap<String, String>,
}

impl V1Request {
    fn new(emulator: &Emulator, action: &str) -> Self {
        Self {
            method: "POST",
            params: v1_common_params(emulator, action),
        }
    }

    fn param(mut self, name: &str, value: impl ToString) -> Self {
        self.params.insert(name.to_owned(), value.to_string());
        self
    }

    fn without(mut self, name: &str) -> Self {
        self.params.remove(name);
        self
    }

    fn signed(mut self, secret: &str) -> Self {
        let signature = v1_signature(self.method, &self.params, secret);
        self.params.insert("Signature".to_owned(), signature);
        self
    }

    fn query(&self) -> String {
        canonical_query(&self.params)
    }

    /// Sends everything in the query, as the official SDKs do.
    async fn send(&self, emulator: &Emulator) -> Reply {
        let client = reqwest::Client::new();
        let url = format!("{}?{}", emulator.url(), self.query());
        let builder = match self.method {
            "GET" => client.get(url),
            _ => client.post(url),
        };
        Reply::from(builder.send().await.expect("request reaches the emulator")).await
    }
}

struct Reply {
    status: u16,
    content_type: String,
    text: String,
}

impl Reply {
    async fn from(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let text = response.text().await.unwrap();
        Self {
            status,
            content_type,
            text,
        }
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("{e}: {}", self.text))
    }

    fn code(&self) -> String {
        self.json()["Code"].as_str().unwrap_or("").to_owned()
    }
}

async fn start(config: EmulatorConfig) -> Emulator {
    Emulator::start(config.task_step(Duration::from_millis(15)))
        .await
        .unwrap()
}

/// An emulator with the demo account and these faults.
async fn start_with(faults: Faults) -> Emulator {
    start(EmulatorConfig::new().faults(faults)).await
}

async fn call(emulator: &Emulator, action: &str, params: &[(&str, String)]) -> Reply {
    let mut request = V1Request::new(emulator, action);
    for (name, value) in params {
        request = request.param(name, value);
    }
    request
        .signed(emulator.access_key_secret())
        .send(emulator)
        .await
}

async fn expiration_of(emulator: &Emulator, domain: &str) -> i64 {
    let reply = call(
        emulator,
        "QueryDomainByDomainName",
        &[("DomainName", domain.to_owned())],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()["ExpirationDateLong"].as_i64().unwrap()
}

async fn renew(emulator: &Emulator, domain: &str, years: u32, current: i64) -> String {
    let params = one_renewal(domain, years, current);
    let reply = call(emulator, "SaveBatchTaskForCreatingOrderRenew", &params).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.json()["TaskNo"].as_str().unwrap().to_owned()
}

/// Polls QueryTaskDetailList until every detail is finished (bounded), returning the details.
async fn wait_for_task(emulator: &Emulator, task_no: &str) -> Vec<Value> {
    for _ in 0..200 {
        let reply = call(
            emulator,
            "QueryTaskDetailList",
            &[
                ("TaskNo", task_no.to_owned()),
                ("PageNum", "1".to_owned()),
                ("PageSize", "1000".to_owned()),
            ],
        )
        .await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let details = reply.json()["Data"]["TaskDetail"]
            .as_array()
            .unwrap()
            .clone();
        if details
            .iter()
            .all(|d| d["TaskStatusCode"].as_u64().unwrap() >= 2)
        {
            return details;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("task {task_no} did not finish");
}

fn add_one_year(ms: i64) -> i64 {
    // Demo dates are within the next 400 days; the year after may or may not hold a 29 February.
    let days = |d: i64| d * 86_400_000;
    let plain = ms + days(365);
    let leap = ms + days(366);
    let check = |candidate: i64| {
        let a = humantime::format_rfc3339_seconds(
            SystemTime::UNIX_EPOCH + Duration::from_millis(ms as u64),
        )
        .to_string();
        let b = humantime::format_rfc3339_seconds(
            SystemTime::UNIX_EPOCH + Duration::from_millis(candidate as u64),
        )
        .to_string();
        a[4..] == b[4..]
    };
    if check(plain) {
        plain
    } else {
        assert!(check(leap));
        leap
    }
}

// ---------------------------------------------------------------------------------------------
// Authentication.

#[tokio::test]
async fn valid_request_succeeds_and_bad_signature_shows_server_string_to_sign() {
    let emulator = start(EmulatorConfig::new()).await;
    let ok = call(
        &emulator,
        "QueryDomainByDomainName",
        &[("DomainName", "example-shop.com".into())],
    )
    .await;
    assert_eq!(ok.status, 200, "{}", ok.text);
    assert_eq!(ok.json()["DomainName"], "example-shop.com");

    let bad = V1Request::new(&emulator, "QueryDomainByDomainName")
        .param("DomainName", "example-shop.com")
        .signed("wrong-secret")
        .send(&emulator)
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.code(), "SignatureDoesNotMatch");
    let message = bad.json()["Message"].as_str().unwrap().to_owned();
    assert!(
        message.starts_with(
            "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Demulator-demo-id"
        ),
        "{message}"
    );
    let body = bad.json();
    assert_eq!(body["HostId"], "domain.aliyuncs.com");
    assert!(
        body["Recommend"]
            .as_str()
            .unwrap()
            .contains("q=SignatureDoesNotMatch&product=Domain")
    );
    assert!(!body["RequestId"].as_str().unwrap().is_empty());
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn reused_nonce_is_refused_but_a_forged_request_does_not_burn_it() {
    let emulator = start(EmulatorConfig::new()).await;
    let request =
        V1Request::new(&emulator, "QueryDomainByDomainName").param("DomainName", "my-blog.net");
    let forged = request.params.clone();
    let forged = V1Request {
        method: "POST",
        params: forged,
    }
    .signed("wrong");
    assert_eq!(forged.send(&emulator).await.code(), "SignatureDoesNotMatch");
    let signed = request.signed(emulator.access_key_secret());
    assert_eq!(signed.send(&emulator).await.status, 200);
    let replay = signed.send(&emulator).await;
    assert_eq!(replay.status, 400);
    assert_eq!(replay.code(), "SignatureNonceUsed");
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn timestamps_outside_the_window_or_malformed_are_refused() {
    let emulator = start(EmulatorConfig::new()).await;
    let secret = emulator.access_key_secret().to_owned();
    for (timestamp, code) in [
        (timestamp_at(-16 * 60), "InvalidTimeStamp.Expired"),
        (timestamp_at(16 * 60), "InvalidTimeStamp.Expired"),
        ("2024-01-01 00:00:00".to_owned(), "InvalidTimeStamp.Format"),
    ] {
        let reply = V1Request::new(&emulator, "QueryTaskList")
            .param("PageNum", 1)
            .param("PageSize", 10)
            .param("Timestamp", timestamp)
            .signed(&secret)
            .send(&emulator)
            .await;
        assert_eq!((reply.status, reply.code()), (400, code.to_owned()));
    }
    let fractional = V1Request::new(&emulator, "QueryTaskList")
        .param("PageNum", 1)
        .param("PageSize", 10)
        .param(
            "Timestamp",
            humantime::format_rfc3339_millis(SystemTime::now()),
        )
        .signed(&secret)
        .send(&emulator)
        .await;
    assert_eq!(fractional.status, 200, "{}", fractional.text);
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn missing_parameters_unknown_keys_versions_and_actions_are_refused() {
    let emulator = start(EmulatorConfig::new()).await;
    let secret = emulator.access_key_secret().to_owned();
    let cases = [
        (
            "no nonce",
            V1Request::new(&emulator, "QueryTaskList").without("SignatureNonce"),
            (400, "MissingSignatureNonce"),
            Some(
                "The input parameter \"SignatureNonce\" that is mandatory for processing this request is not supplied.",
            ),
        ),
        (
            "unknown key",
            V1Request::new(&emulator, "QueryTaskList").param("AccessKeyId", "nobody"),
            (404, "InvalidAccessKeyId.NotFound"),
            Some("Specified access key is not found."),
        ),
        (
            "old version",
            V1Request::new(&emulator, "QueryTaskList").param("Version", "2017-12-18"),
            (400, "InvalidVersion"),
            None,
        ),
        (
            "unknown action",
            V1Request::new(&emulator, "DeleteEverything"),
            (404, "InvalidAction.NotFound"),
            None,
        ),
    ];
    for (name, request, (status, code), message) in cases {
        let reply = request.signed(&secret).send(&emulator).await;
        assert_eq!(
            (reply.status, reply.code().as_str()),
            (status, code),
            "{name}"
        );
        if let Some(message) = message {
            assert_eq!(reply.json()["Message"], message, "{name}");
        }
    }
    let page = call(&emulator, "QueryTaskList", &[("PageNum", "1".into())]).await;
    assert_eq!(page.code(), "MissingPageSize");
    let domain = call(
        &emulator,
        "QueryDomainByDomainName",
        &[("DomainName", "nope.com".into())],
    )
    .await;
    assert_eq!(domain.code(), "DomainNotExist");
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn xml_is_the_default_format_and_json_is_honoured_in_any_case() {
    let emulator = start(EmulatorConfig::new()).await;
    let secret = emulator.access_key_secret().to_owned();
    let xml = V1Request::new(&emulator, "QueryDomainList")
        .without("Format")
        .param("PageNum", 1)
        .param("PageSize", 2)
        .signed(&secret)
        .send(&emulator)
        .await;
    assert_eq!(xml.status, 200);
    assert_eq!(xml.content_type, "text/xml;charset=utf-8");
    assert!(
        xml.text
            .starts_with("<?xml version='1.0' encoding='UTF-8'?><QueryDomainListResponse>"),
        "{}",
        xml.text
    );
    assert_eq!(xml.text.matches("<Domain>").count(), 2, "{}", xml.text);
    assert!(
        xml.text
            .contains("<DnsList><DnsList>dns1.hichina.com</DnsList>")
    );

    let xml_error = V1Request::new(&emulator, "QueryDomainList")
        .param("Format", "xml")
        .signed("wrong")
        .send(&emulator)
        .await;
    assert_eq!(xml_error.status, 400);
    assert!(xml_error.text.contains("<Error><RequestId>"));
    assert!(
        xml_error
            .text
            .contains("<Code>SignatureDoesNotMatch</Code>")
    );

    let json = V1Request::new(&emulator, "QueryDomainList")
        .param("Format", "json")
        .param("PageNum", 1)
        .param("PageSize", 2)
        .signed(&secret)
        .send(&emulator)
        .await;
    assert_eq!(json.content_type, "application/json;charset=utf-8");
    assert_eq!(json.json()["Data"]["Domain"].as_array().unwrap().len(), 2);
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn get_requests_form_bodies_and_plus_as_space_verify() {
    let emulator = start(EmulatorConfig::new()).await;
    let secret = emulator.access_key_secret().to_owned();
    let mut get =
        V1Request::new(&emulator, "QueryDomainByDomainName").param("DomainName", "demo-一.cn");
    get.method = "GET";
    let get = get.signed(&secret).send(&emulator).await;
    assert_eq!(get.status, 200, "{}", get.text);
    assert_eq!(get.json()["DomainName"], "demo-一.cn");

    // POST with the API parameters in a form body, a space sent as `+` but signed as `%20`.
    let request = V1Request::new(&emulator, "QueryDomainList")
        .param("PageNum", 1)
        .param("PageSize", 3)
        .param("Lang", "en")
        .param("UserClientIp", "127.0.0.1")
        .param("Remark", "a b")
        .signed(&secret);
    let (body, query): (Vec<_>, Vec<_>) = request
        .params
        .iter()
        .partition(|(k, _)| k.starts_with("Page") || k.as_str() == "Remark");
    let form = |pairs: &[(&String, &String)]| {
        pairs
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v).replace("%20", "+")))
            .collect::<Vec<_>>()
            .join("&")
    };
    let response = reqwest::Client::new()
        .post(format!("{}?{}", emulator.url(), form(&query)))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form(&body))
        .send()
        .await
        .unwrap();
    let reply = Reply::from(response).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.json()["Data"]["Domain"].as_array().unwrap().len(), 3);
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn sts_credentials_need_their_security_token() {
    let emulator = start(EmulatorConfig::new().add_credential(Credential {
        access_key_id: "STS.sts-id".into(),
        access_key_secret: "sts-secret".into(),
        security_token: Some("token-1".into()),
    }))
    .await;
    let base = || {
        V1Request::new(&emulator, "QueryTaskList")
            .param("AccessKeyId", "STS.sts-id")
            .param("PageNum", 1)
            .param("PageSize", 1)
    };
    let ok = base()
        .param("SecurityToken", "token-1")
        .signed("sts-secret")
        .send(&emulator)
        .await;
    assert_eq!(ok.status, 200, "{}", ok.text);
    let missing = base().signed("sts-secret").send(&emulator).await;
    assert_eq!(missing.code(), "MissingSecurityToken");
    let wrong = base()
        .param("SecurityToken", "token-2")
        .signed("sts-secret")
        .send(&emulator)
        .await;
    assert!(wrong.code().starts_with("InvalidSecurityToken."));
    let unexpected = V1Request::new(&emulator, "QueryTaskList")
        .param("SecurityToken", "token-1")
        .signed(emulator.access_key_secret())
        .send(&emulator)
        .await;
    assert_eq!(unexpected.code(), "InvalidSecurityToken.Malformed");
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn v3_signed_requests_verify_and_tampering_is_detected() {
    let emulator = start(EmulatorConfig::new()).await;
    let send = |nonce: String,
                query: &'static str,
                sign_query: &'static str,
                secret: &'static str| {
        let url = format!("{}?{}", emulator.url(), query);
        let host = emulator
            .url()
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let empty_hash = hex(&sha2::Sha256::digest(b""));
        let date = timestamp_at(0);
        let headers = [
            ("host", host.clone()),
            ("x-acs-action", "QueryDomainByDomainName".to_owned()),
            ("x-acs-content-sha256", empty_hash.clone()),
            ("x-acs-date", date.clone()),
            ("x-acs-signature-nonce", nonce.clone()),
            ("x-acs-version", "2018-01-29".to_owned()),
        ];
        let canonical_headers: String = headers.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
        let signed_headers = headers
            .iter()
            .map(|(k, _)| *k)
            .collect::<Vec<_>>()
            .join(";");
        let canonical =
            format!("POST\n/\n{sign_query}\n{canonical_headers}\n{signed_headers}\n{empty_hash}");
        let string_to_sign = format!(
            "ACS3-HMAC-SHA256\n{}",
            hex(&sha2::Sha256::digest(canonical.as_bytes()))
        );
        let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(string_to_sign.as_bytes());
        let signature = hex(&mac.finalize().into_bytes());
        let mut builder = reqwest::Client::new().post(url).header(
            "authorization",
            format!(
                "ACS3-HMAC-SHA256 Credential={},SignedHeaders={signed_headers},Signature={signature}",
                emulator.access_key_id()
            ),
        );
        for (name, value) in &headers[1..] {
            builder = builder.header(*name, value);
        }
        builder.send()
    };
    let ok = Reply::from(
        send(
            unique(),
            "DomainName=my-blog.net",
            "DomainName=my-blog.net",
            "emulator-demo-secret",
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(ok.status, 200, "{}", ok.text);
    assert_eq!(ok.json()["DomainName"], "my-blog.net");
    let tampered = Reply::from(
        send(
            unique(),
            "DomainName=old-company.com",
            "DomainName=my-blog.net",
            "emulator-demo-secret",
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(tampered.code(), "SignatureDoesNotMatch");
    let nonce = unique();
    let first = send(
        nonce.clone(),
        "DomainName=my-blog.net",
        "DomainName=my-blog.net",
        "emulator-demo-secret",
    )
    .await
    .unwrap();
    assert_eq!(first.status().as_u16(), 200);
    let replay = Reply::from(
        send(
            nonce,
            "DomainName=my-blog.net",
            "DomainName=my-blog.net",
            "emulator-demo-secret",
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(replay.code(), "SignatureNonceUsed");
    emulator.shutdown().await.unwrap();
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// ---------------------------------------------------------------------------------------------
// Renewals and queries.

#[tokio::test]
async fn renewal_succeeds_and_moves_the_expiration_by_one_year() {
    let emulator = start(EmulatorConfig::new()).await;
    let before = expiration_of(&emulator, "example-shop.com").await;
    let task_no = renew(&emulator, "example-shop.com", 1, before).await;
    assert_eq!(task_no, task_no.to_lowercase());
    let details = wait_for_task(&emulator, &task_no).await;
    assert_eq!(details.len(), 1);
    assert_eq!(details[0]["TaskStatus"], "EXECUTE_SUCCESS", "{details:?}");
    assert_eq!(details[0]["TaskType"], "ORDER_RENEW");
    assert_eq!(details[0]["TryCount"], 1);
    let after = expiration_of(&emulator, "example-shop.com").await;
    assert_eq!(after, add_one_year(before));
    assert_eq!(
        emulator
            .domain("example-shop.com")
            .unwrap()
            .expiration_date_long,
        after
    );
    assert_eq!(emulator.orders_for("example-shop.com"), 1);

    let list = call(
        &emulator,
        "QueryTaskList",
        &[("PageNum", "1".into()), ("PageSize", "10".into())],
    )
    .await;
    let tasks = list.json()["Data"]["TaskInfo"].as_array().unwrap().clone();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0]["TaskNo"], task_no.as_str());
    assert_eq!(tasks[0]["TaskStatus"], "COMPLETE");
    assert_eq!(tasks[0]["TaskNum"], 1);
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn renewal_with_a_stale_expiration_fails_and_leaves_the_date() {
    let emulator = start(EmulatorConfig::new()).await;
    let before = expiration_of(&emulator, "my-blog.net").await;
    let task_no = renew(&emulator, "my-blog.net", 1, before - 1000).await;
    let details = wait_for_task(&emulator, &task_no).await;
    assert_eq!(details[0]["TaskStatus"], "EXECUTE_FAILURE");
    assert_eq!(details[0]["TaskStatusCode"], 3);
    assert_eq!(
        details[0]["ErrorMsg"],
        "The current expiration date does not match."
    );
    assert_eq!(expiration_of(&emulator, "my-blog.net").await, before);
    assert_eq!(emulator.orders_for("my-blog.net"), 1);
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn premium_domains_need_permission_and_single_task_refuses_unknown_domains() {
    let emulator = start(EmulatorConfig::new()).await;
    let premium = emulator.domains().into_iter().find(|d| d.premium).unwrap();
    let refused = renew(
        &emulator,
        &premium.domain_name,
        1,
        premium.expiration_date_long,
    )
    .await;
    assert_eq!(
        wait_for_task(&emulator, &refused).await[0]["TaskStatus"],
        "EXECUTE_FAILURE"
    );
    let reply = call(
        &emulator,
        "SaveSingleTaskForCreatingOrderRenew",
        &[
            ("DomainName", premium.domain_name.clone()),
            ("SubscriptionDuration", "2".into()),
            (
                "CurrentExpirationDate",
                premium.expiration_date_long.to_string(),
            ),
            ("PermitPremiumRenew", "True".into()),
        ],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let task_no = reply.json()["TaskNo"].as_str().unwrap().to_owned();
    assert_eq!(
        wait_for_task(&emulator, &task_no).await[0]["TaskStatus"],
        "EXECUTE_SUCCESS"
    );
    let unknown = call(
        &emulator,
        "SaveSingleTaskForCreatingOrderRenew",
        &[
            ("DomainName", "unknown-domain.com".into()),
            ("SubscriptionDuration", "1".into()),
            ("CurrentExpirationDate", "1".into()),
        ],
    )
    .await;
    assert_eq!(unknown.code(), "DomainNotExist");
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn pagination_walks_domains_and_task_details_over_three_pages() {
    let emulator = start(EmulatorConfig::new()).await;
    let mut names = Vec::new();
    for page in 1..=3 {
        let reply = call(
            &emulator,
            "QueryDomainList",
            &[
                ("PageNum", page.to_string()),
                ("PageSize", "5".into()),
                ("OrderKeyType", "ExpirationDate".into()),
                ("OrderByType", "ASC".into()),
            ],
        )
        .await;
        let body = reply.json();
        assert_eq!(body["TotalItemNum"], 12);
        assert_eq!(body["TotalPageNum"], 3);
        assert_eq!(body["CurrentPageNum"], page);
        assert_eq!(body["PrePage"], page > 1);
        assert_eq!(body["NextPage"], page < 3);
        for domain in body["Data"]["Domain"].as_array().unwrap() {
            names.push(domain["DomainName"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(names.len(), 12);
    assert_eq!(names[0], "example-shop.com");
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 12);

    // Expiring within 60 days.
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let soon = call(
        &emulator,
        "QueryDomainList",
        &[
            ("PageNum", "1".into()),
            ("PageSize", "100".into()),
            ("StartExpirationDate", now.to_string()),
            ("EndExpirationDate", (now + 60 * 86_400_000).to_string()),
        ],
    )
    .await;
    assert!(soon.json()["TotalItemNum"].as_u64().unwrap() >= 3);

    // A batch of seven renewals read back three at a time.
    let domains = emulator.domains();
    let mut params = Vec::new();
    for (index, domain) in domains.iter().take(7).enumerate() {
        let n = index + 1;
        params.push((
            format!("OrderRenewParam.{n}.DomainName"),
            domain.domain_name.clone(),
        ));
        params.push((
            format!("OrderRenewParam.{n}.SubscriptionDuration"),
            "1".to_owned(),
        ));
        params.push((
            format!("OrderRenewParam.{n}.CurrentExpirationDate"),
            domain.expiration_date_long.to_string(),
        ));
    }
    let borrowed: Vec<(&str, String)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    let reply = call(&emulator, "SaveBatchTaskForCreatingOrderRenew", &borrowed).await;
    let task_no = reply.json()["TaskNo"].as_str().unwrap().to_owned();
    let mut seen = Vec::new();
    for page in 1..=3 {
        let reply = call(
            &emulator,
            "QueryTaskDetailList",
            &[
                ("TaskNo", task_no.clone()),
                ("PageNum", page.to_string()),
                ("PageSize", "3".into()),
            ],
        )
        .await;
        let body = reply.json();
        assert_eq!(body["TotalItemNum"], 7);
        assert_eq!(body["TotalPageNum"], 3);
        for detail in body["Data"]["TaskDetail"].as_array().unwrap() {
            seen.push(detail["TaskDetailNo"].as_str().unwrap().to_owned());
        }
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 7);
    emulator.shutdown().await.unwrap();
}

// ---------------------------------------------------------------------------------------------
// Persistence.

#[tokio::test]
async fn restart_from_the_state_file_loses_nothing_and_resumes_tasks() {
    let dir = temp_dir("restart");
    let state_file = dir.join("state.json");
    let config = || {
        EmulatorConfig::new()
            .state_file(state_file.clone())
            .task_step(Duration::from_millis(300))
    };
    let emulator = Emulator::start(config()).await.unwrap();
    let before = expiration_of(&emulator, "family-photos.org").await;
    let task_no = renew(&emulator, "family-photos.org", 2, before).await;
    let demo_dates: Vec<i64> = emulator
        .domains()
        .iter()
        .map(|d| d.expiration_date_long)
        .collect();
    // Stop while the task is still waiting (stages take 300 ms).
    emulator.shutdown().await.unwrap();
    assert!(state_file.exists());

    let restarted = start(config()).await;
    assert_eq!(restarted.orders_for("family-photos.org"), 1);
    let dates: Vec<i64> = restarted
        .domains()
        .iter()
        .map(|d| d.expiration_date_long)
        .collect();
    assert_eq!(
        dates, demo_dates,
        "the state file, not fresh demo data, was loaded"
    );
    let details = wait_for_task(&restarted, &task_no).await;
    assert_eq!(details[0]["TaskStatus"], "EXECUTE_SUCCESS");
    let after = expiration_of(&restarted, "family-photos.org").await;
    assert_eq!(after, add_one_year(add_one_year(before)));
    drop(restarted);
    // Dropping without shutdown: the acknowledged, finished state was already saved.
    let third = start(config()).await;
    assert_eq!(expiration_of(&third, "family-photos.org").await, after);
    assert_eq!(third.orders_for("family-photos.org"), 1);
    third.shutdown().await.unwrap();
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn seed_file_replaces_the_demo_domains() {
    let dir = temp_dir("seed");
    let seed = dir.join("seed.json");
    std::fs::write(
        &seed,
        r#"[{"DomainName": "seeded.com", "ExpirationDateLong": 1900000000000, "RegistrationDateLong": 1500000000000}]"#,
    )
    .unwrap();
    let emulator = start(EmulatorConfig::new().seed_file(seed)).await;
    assert_eq!(emulator.domains().len(), 1);
    assert_eq!(
        expiration_of(&emulator, "SEEDED.com").await,
        1_900_000_000_000
    );
    emulator.shutdown().await.unwrap();
    std::fs::remove_dir_all(dir).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Faults.

#[tokio::test]
async fn throttling_fault_answers_throttling_user_without_processing() {
    let emulator = start_with(Faults {
        throttle_rate: 1.0,
        ..Faults::default()
    })
    .await;
    let reply = call(
        &emulator,
        "SaveBatchTaskForCreatingOrderRenew",
        &one_renewal("example-shop.com", 1, 1),
    )
    .await;
    assert_eq!(reply.status, 400);
    assert_eq!(reply.code(), "Throttling.User");
    assert_eq!(
        reply.json()["Message"],
        "Request was denied due to user flow control."
    );
    assert_eq!(emulator.orders_for("example-shop.com"), 0);
    assert_eq!(emulator.request_count(), 1);
    emulator.shutdown().await.unwrap();
}

/// Sends a raw HTTP/1.1 request and returns what came back before the connection closed.
fn raw_exchange(emulator: &Emulator, path_and_query: &str) -> std::io::Result<Vec<u8>> {
    let mut stream = std::net::TcpStream::connect(emulator.local_addr())?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "POST {path_and_query} HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        emulator.local_addr()
    )?;
    let mut received = Vec::new();
    match stream.read_to_end(&mut received) {
        Ok(_) => Ok(received),
        // A reset also means "closed without a response".
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => Ok(received),
        Err(e) => Err(e),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_fault_closes_the_connection_without_any_response() {
    let emulator = start_with(Faults {
        drop_rate: 1.0,
        ..Faults::default()
    })
    .await;
    let query = V1Request::new(&emulator, "QueryTaskList")
        .param("PageNum", 1)
        .param("PageSize", 1)
        .signed(emulator.access_key_secret())
        .query();
    let received =
        tokio::task::block_in_place(|| raw_exchange(&emulator, &format!("/?{query}"))).unwrap();
    assert!(
        received.is_empty(),
        "{}",
        String::from_utf8_lossy(&received)
    );
    let error = reqwest::Client::new()
        .post(format!("{}?{}", emulator.url(), query))
        .send()
        .await
        .expect_err("no HTTP response");
    assert!(!error.is_status());
    assert_eq!(emulator.request_count(), 2);
    emulator.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_after_processing_creates_the_order_but_sends_nothing() {
    let emulator = start_with(Faults {
        drop_after_processing_rate: 1.0,
        ..Faults::default()
    })
    .await;
    let before = emulator.domain("my-blog.net").unwrap().expiration_date_long;
    let query = V1Request::new(&emulator, "SaveBatchTaskForCreatingOrderRenew")
        .param("OrderRenewParam.1.DomainName", "my-blog.net")
        .param("OrderRenewParam.1.SubscriptionDuration", 1)
        .param("OrderRenewParam.1.CurrentExpirationDate", before)
        .signed(emulator.access_key_secret())
        .query();
    let received =
        tokio::task::block_in_place(|| raw_exchange(&emulator, &format!("/?{query}"))).unwrap();
    assert!(received.is_empty());
    assert_eq!(emulator.orders_for("my-blog.net"), 1);
    // The order executes even though the client never heard of it.
    for _ in 0..200 {
        if emulator.domain("my-blog.net").unwrap().expiration_date_long != before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(
        emulator.domain("my-blog.net").unwrap().expiration_date_long,
        add_one_year(before)
    );
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn server_errors_split_into_unprocessed_500_and_processed_503() {
    let emulator = start_with(Faults {
        server_error_rate: 1.0,
        seed: 7,
        ..Faults::default()
    })
    .await;
    let (mut internal, mut unavailable) = (0, 0);
    for _ in 0..20 {
        let reply = call(
            &emulator,
            "SaveBatchTaskForCreatingOrderRenew",
            &one_renewal("coffee.shop", 1, 1),
        )
        .await;
        match (reply.status, reply.code().as_str()) {
            (500, "InternalError") => internal += 1,
            (503, "ServiceUnavailable") => unavailable += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(internal > 0 && unavailable > 0, "{internal} {unavailable}");
    assert_eq!(emulator.orders_for("coffee.shop"), unavailable);
    emulator.shutdown().await.unwrap();
}

#[tokio::test]
async fn latency_delays_answers() {
    let emulator = start_with(Faults {
        latency: Duration::from_millis(150),
        ..Faults::default()
    })
    .await;
    let started = std::time::Instant::now();
    let reply = call(
        &emulator,
        "QueryTaskList",
        &[("PageNum", "1".into()), ("PageSize", "1".into())],
    )
    .await;
    assert_eq!(reply.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(150));
    emulator.shutdown().await.unwrap();
}
