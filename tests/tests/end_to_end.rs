//! `domain-api` through the `aliyun-rpc` client against `domain-emulator` on 127.0.0.1: real
//! HTTP, signatures checked by the emulator's own code, success and error bodies in JSON and XML.

mod support;

use support::emulator_client;

use std::time::{Duration, SystemTime};

use aliyun_rpc::sign::{FixedClock, FixedNonce};
use aliyun_rpc::{Client, ClientBuilder, Credentials, Error, Format, SignatureVersion};
use domain_api::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew};
use domain_emulator::{Emulator, EmulatorConfig, Faults};

/// An emulator with one fault on every request, set by `fault`.
async fn always(fault: impl FnOnce(&mut Faults)) -> Emulator {
    let mut faults = Faults::default();
    fault(&mut faults);
    Emulator::start(EmulatorConfig::new().faults(faults))
        .await
        .unwrap()
}

async fn emulator() -> Emulator {
    Emulator::start(EmulatorConfig::new().task_step(Duration::from_millis(20)))
        .await
        .expect("the emulator starts on a free loopback port")
}

fn client_for(emulator: &Emulator) -> ClientBuilder {
    emulator_client(emulator)
}

/// A renewal of `count` made-up domains (the emulator accepts the task; unknown domains fail
/// when the task runs, which is not what these tests look at).
fn batch(count: usize) -> SaveBatchTaskForCreatingOrderRenew {
    SaveBatchTaskForCreatingOrderRenew::new(
        (0..count).map(|i| OrderRenewParam::new(format!("d{i}.example.com"), 1, 1_767_225_600_000)),
    )
}

fn service_code(error: &Error) -> &str {
    error
        .as_service()
        .map(|s| s.code())
        .unwrap_or_else(|| panic!("not a service error: {error:?}"))
}

#[tokio::test]
async fn a_renewal_is_accepted_in_every_format_and_signature_version() {
    let emulator = emulator().await;
    for (format, version) in [
        (Format::Json, SignatureVersion::V1),
        (Format::Xml, SignatureVersion::V1),
        (Format::Json, SignatureVersion::V3),
    ] {
        let client = client_for(&emulator)
            .format(format)
            .signature_version(version)
            .build()
            .unwrap();
        let task = client
            .call(&batch(2))
            .await
            .unwrap_or_else(|e| panic!("{format:?} {version:?}: {e}"));
        assert!(!task.task_no.is_empty() && !task.request_id.is_empty());
    }
    assert_eq!(emulator.orders_for("d0.example.com"), 3);
}

#[tokio::test]
async fn a_thousand_entry_batch_is_accepted_under_both_signature_versions() {
    let emulator = emulator().await;
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let client = client_for(&emulator)
            .signature_version(version)
            .build()
            .unwrap();
        client
            .call(&batch(1000))
            .await
            .unwrap_or_else(|e| panic!("{version:?}: {e}"));
    }
    assert_eq!(emulator.orders_for("d999.example.com"), 2);
}

#[tokio::test]
async fn reserved_and_non_ascii_characters_survive_signing() {
    let emulator = emulator().await;
    let client = client_for(&emulator).build().unwrap();
    let request = batch(2)
        .with_coupon("CPN-券/+&=*~ 测试 !'()")
        .with_promotion("P 1%2B");
    client.call(&request).await.unwrap();
    let v3 = client_for(&emulator)
        .signature_version(SignatureVersion::V3)
        .build()
        .unwrap();
    v3.call(&request).await.unwrap();
}

#[tokio::test]
async fn temporary_credentials_send_their_token() {
    let emulator = Emulator::start(EmulatorConfig::new().add_credential(
        domain_emulator::Credential {
            access_key_id: "STS.test".into(),
            access_key_secret: "sts-secret".into(),
            security_token: Some("token/with+chars=".into()),
        },
    ))
    .await
    .unwrap();
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let sts = |token: &str| {
            Client::builder()
                .endpoint(emulator.url())
                .credentials(Credentials::new("STS.test", "sts-secret").with_security_token(token))
                .signature_version(version)
                .build()
                .unwrap()
        };
        sts("token/with+chars=")
            .call(&batch(1))
            .await
            .unwrap_or_else(|e| panic!("{version:?}: {e}"));
        let error = sts("other").call(&batch(1)).await.unwrap_err();
        assert!(
            service_code(&error).starts_with("InvalidSecurityToken"),
            "{error}"
        );
    }
}

#[tokio::test]
async fn a_wrong_secret_is_diagnosed_as_the_secret_not_the_request() {
    let emulator = emulator().await;
    let client = Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new(emulator.access_key_id(), "not-the-secret"))
        .build()
        .unwrap();
    let error = client.call(&batch(1)).await.unwrap_err();
    let service = error.as_service().unwrap();
    assert_eq!(service.code(), "SignatureDoesNotMatch");
    assert_eq!(service.http_status(), 400);
    assert!(service.request_id().is_some());
    let mismatch = service
        .signature_mismatch()
        .expect("the emulator quotes its string to sign");
    assert_eq!(
        mismatch.first_difference, None,
        "same string to sign: only the secret differs"
    );
    assert!(!error.to_string().contains("not-the-secret"));
}

#[tokio::test]
async fn an_unknown_access_key_is_not_found() {
    let emulator = emulator().await;
    let client = Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new("nobody", "x"))
        .build()
        .unwrap();
    let error = client.call(&batch(1)).await.unwrap_err();
    assert_eq!(service_code(&error), "InvalidAccessKeyId.NotFound");
    assert_eq!(error.as_service().unwrap().http_status(), 404);
}

#[tokio::test]
async fn a_clock_off_by_an_hour_is_refused_as_expired() {
    let emulator = emulator().await;
    let client = client_for(&emulator)
        .clock(FixedClock(SystemTime::now() - Duration::from_secs(3600)))
        .build()
        .unwrap();
    let error = client.call(&batch(1)).await.unwrap_err();
    assert_eq!(service_code(&error), "InvalidTimeStamp.Expired");
    assert_eq!(emulator.orders_for("d0.example.com"), 0);
}

#[tokio::test]
async fn a_replayed_nonce_is_refused_and_creates_no_second_order() {
    let emulator = emulator().await;
    let client = client_for(&emulator)
        .nonce_source(FixedNonce("0123456789abcdef0123456789abcdef".into()))
        .build()
        .unwrap();
    client.call(&batch(1)).await.unwrap();
    let error = client.call(&batch(1)).await.unwrap_err();
    assert_eq!(service_code(&error), "SignatureNonceUsed");
    assert_eq!(emulator.orders_for("d0.example.com"), 1);
}

#[tokio::test]
async fn throttling_comes_back_as_a_throttling_service_error_in_xml_too() {
    let emulator = always(|faults| faults.throttle_rate = 1.0).await;
    for format in [Format::Json, Format::Xml] {
        let client = client_for(&emulator)
            .format(format)
            .retry_policy(aliyun_rpc::RetryPolicy::disabled())
            .build()
            .unwrap();
        let error = client.call(&batch(1)).await.unwrap_err();
        let service = error.as_service().unwrap();
        assert_eq!(service.code(), "Throttling.User");
        assert!(service.is_throttling());
        assert!(service.request_id().is_some() && service.host_id().is_some());
    }
    assert_eq!(emulator.orders_for("d0.example.com"), 0);
}

#[tokio::test]
async fn a_dropped_connection_leaves_an_order_unknown_and_unsent_again() {
    let emulator = always(|faults| faults.drop_after_processing_rate = 1.0).await;
    let client = client_for(&emulator).build().unwrap();
    let error = client.call(&batch(1)).await.unwrap_err();
    let Error::OutcomeUnknown {
        cause, attempts: 1, ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert!(matches!(**cause, Error::Transport(_)), "{cause:?}");
    assert!(!error.request_not_sent(), "the emulator did process it");
    assert_eq!(
        emulator.orders_for("d0.example.com"),
        1,
        "sent once, never resent"
    );
}
