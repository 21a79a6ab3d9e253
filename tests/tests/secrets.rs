//! A full renewal run with sentinel credentials, traced at the most verbose level: the secret and
//! the security token must appear in no log line, no `Debug` or `Display` output, no error and no
//! panic message.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aliyun_rpc::{Client, Credentials, SignatureVersion};
use domain_api::workflow::Renewal;
use domain_api::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew};
use domain_emulator::{Credential, Emulator, EmulatorConfig, Faults};

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

/// Every form in which a secret could leak: raw, and percent-encoded once or twice.
fn forms(secret: &str) -> Vec<String> {
    let once = aliyun_rpc::percent_encode(secret);
    let twice = aliyun_rpc::percent_encode(&once);
    vec![secret.to_owned(), once, twice, "SENTINEL".to_owned()]
}

fn assert_clean(what: &str, text: &str) {
    for form in forms(SECRET).into_iter().chain(forms(TOKEN)) {
        assert!(!text.contains(&form), "{what} leaks `{form}`:\n{text}");
    }
}

#[tokio::test]
async fn no_secret_reaches_logs_output_errors_or_panics() {
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || sink.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let panics = Arc::new(Mutex::new(Vec::<String>::new()));
    let seen = panics.clone();
    std::panic::set_hook(Box::new(move |info| {
        seen.lock().unwrap().push(info.to_string())
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
