//! The requests and responses every benchmark uses, built the same way for ours and the baseline.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aliyun_rpc::sign::{FixedClock, FixedNonce, format_timestamp};
use aliyun_rpc::{Client, Credentials, SignatureVersion};
use domain_api::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew};

/// The AccessKey id the signing benchmarks use.
pub const ACCESS_KEY_ID: &str = "LTAI5tBenchmarkKeyId00001";
/// The AccessKey secret the signing benchmarks use.
pub const ACCESS_KEY_SECRET: &str = "BenchmarkSecret0123456789abcdefABCDEF";
/// The pinned `SignatureNonce`, so that ours and the floor sign the same input.
pub const NONCE: &str = "3156853299f313e23d1673dc12e1703d";
/// The pinned `Timestamp`.
pub const TIMESTAMP: &str = "2026-01-01T00:00:00Z";
/// The endpoint of the signing benchmarks (nothing is sent to it).
pub const ENDPOINT: &str = "http://127.0.0.1:9/";
/// The `host` header that endpoint gives.
pub const HOST: &str = "127.0.0.1:9";

/// One renewal entry, as the floor takes it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// `DomainName`.
    pub domain_name: String,
    /// `SubscriptionDuration`.
    pub years: u32,
    /// `CurrentExpirationDate`, ms since the epoch.
    pub expiration_ms: i64,
}

/// `count` distinct entries: realistic names, 1 to 3 years, expirations a day apart.
pub fn entries(count: usize) -> Vec<Entry> {
    (0..count)
        .map(|index| Entry {
            domain_name: format!("renewal-{index:05}.example.com"),
            years: 1 + (index % 3) as u32,
            expiration_ms: 1_767_225_600_000 + index as i64 * 86_400_000,
        })
        .collect()
}

/// The same entries as the typed action.
pub fn action(entries: &[Entry]) -> SaveBatchTaskForCreatingOrderRenew {
    SaveBatchTaskForCreatingOrderRenew::new(entries.iter().map(|entry| {
        OrderRenewParam::new(entry.domain_name.clone(), entry.years, entry.expiration_ms)
    }))
}

/// A client that signs with the pinned key, nonce and clock.
pub fn signing_client(version: SignatureVersion) -> Client {
    let timestamp = UNIX_EPOCH + Duration::from_secs(1_767_225_600);
    debug_assert_eq!(format_timestamp(timestamp), TIMESTAMP);
    Client::builder()
        .endpoint(ENDPOINT)
        .credentials(Credentials::new(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
        .signature_version(version)
        .clock(FixedClock(timestamp))
        .nonce_source(FixedNonce(NONCE.to_owned()))
        .build()
        .expect("a valid client")
}

/// The floor's signer, with the same key, nonce and time as [`signing_client`].
pub fn floor_signer() -> crate::floor::Signer<'static> {
    crate::floor::Signer {
        endpoint: ENDPOINT,
        host: HOST,
        access_key_id: ACCESS_KEY_ID,
        secret: ACCESS_KEY_SECRET,
        nonce: NONCE,
        timestamp: TIMESTAMP,
        max_query_bytes: aliyun_rpc::DEFAULT_MAX_QUERY_BYTES,
    }
}

/// Runs a future that never waits (signing with fixed credentials) to completion.
pub fn ready<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut context) {
        std::task::Poll::Ready(output) => output,
        std::task::Poll::Pending => panic!("the future waited"),
    }
}

/// A `QueryTaskDetailList` page of `count` details, as JSON.
pub fn task_detail_page_json(count: usize) -> Vec<u8> {
    let details: Vec<serde_json::Value> = (0..count)
        .map(|index| {
            serde_json::json!({
                "TaskNo": "d3babb0a-c939-4c25-8c65-c47b65f5492a",
                "TaskDetailNo": format!("{}", 1_000_000 + index),
                "DomainName": format!("renewal-{index:05}.example.com"),
                "InstanceId": format!("S2026{index:09}"),
                "TaskType": "ORDER_RENEW",
                "TaskTypeDescription": "renew",
                "TaskStatus": "EXECUTE_SUCCESS",
                "TaskStatusCode": 2,
                "TaskResult": format!("{}", 2_000_000_000 + index),
                "ErrorMsg": "",
                "TryCount": 1,
                "CreateTime": "2026-01-01 08:00:00",
                "UpdateTime": "2026-01-01 08:00:05",
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({
        "RequestId": "F51977F9-2B40-462B-BCCD-CF5BB1E9DB56",
        "CurrentPageNum": 1,
        "PageSize": count,
        "TotalItemNum": count,
        "TotalPageNum": 1,
        "PrePage": false,
        "NextPage": false,
        "Data": { "TaskDetail": details },
    }))
    .expect("serializable")
}

/// The same page as XML, with the element layout of Alibaba's XML responses.
pub fn task_detail_page_xml(count: usize) -> Vec<u8> {
    let mut xml =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<QueryTaskDetailListResponse>");
    xml.push_str("<RequestId>F51977F9-2B40-462B-BCCD-CF5BB1E9DB56</RequestId><CurrentPageNum>1</CurrentPageNum>");
    xml.push_str(&format!(
        "<PageSize>{count}</PageSize><TotalItemNum>{count}</TotalItemNum><TotalPageNum>1</TotalPageNum><PrePage>false</PrePage><NextPage>false</NextPage><Data>"
    ));
    for index in 0..count {
        xml.push_str(&format!(
            "<TaskDetail><TaskNo>d3babb0a-c939-4c25-8c65-c47b65f5492a</TaskNo><TaskDetailNo>{}</TaskDetailNo><DomainName>renewal-{index:05}.example.com</DomainName><InstanceId>S2026{index:09}</InstanceId><TaskType>ORDER_RENEW</TaskType><TaskTypeDescription>renew</TaskTypeDescription><TaskStatus>EXECUTE_SUCCESS</TaskStatus><TaskStatusCode>2</TaskStatusCode><TaskResult>{}</TaskResult><ErrorMsg></ErrorMsg><TryCount>1</TryCount><CreateTime>2026-01-01 08:00:00</CreateTime><UpdateTime>2026-01-01 08:00:05</UpdateTime></TaskDetail>",
            1_000_000 + index,
            2_000_000_000 + index
        ));
    }
    xml.push_str("</Data></QueryTaskDetailListResponse>");
    xml.into_bytes()
}

/// A `SaveBatchTaskForCreatingOrderRenew` answer, as JSON.
pub const RENEW_RESPONSE_JSON: &[u8] = br#"{"RequestId":"F51977F9-2B40-462B-BCCD-CF5BB1E9DB56","TaskNo":"d3babb0a-c939-4c25-8c65-c47b65f5492a"}"#;

/// The same answer as XML.
pub const RENEW_RESPONSE_XML: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SaveBatchTaskForCreatingOrderRenewResponse><RequestId>F51977F9-2B40-462B-BCCD-CF5BB1E9DB56</RequestId><TaskNo>d3babb0a-c939-4c25-8c65-c47b65f5492a</TaskNo></SaveBatchTaskForCreatingOrderRenewResponse>";

/// Now, for expirations relative to the present.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis() as i64)
}
