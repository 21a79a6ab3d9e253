//! A signature nonce used before a restart from the `--state` file is still refused after it.

mod support;

use domain_emulator::{DomainRecord, Emulator, EmulatorConfig};

async fn send(emulator: &Emulator, query: &str) -> (u16, serde_json::Value) {
    let response = reqwest::get(format!("{}?{query}", emulator.url()))
        .await
        .unwrap();
    let status = response.status().as_u16();
    (
        status,
        serde_json::from_str(&response.text().await.unwrap()).unwrap(),
    )
}

fn config(state: &std::path::Path) -> EmulatorConfig {
    Emulator::builder()
        .domain(DomainRecord::expiring_in_days("a.com", 10))
        .state_file(state.to_owned())
}

#[tokio::test]
async fn a_request_replayed_after_a_restart_is_still_refused() {
    let dir = support::temp_dir("nonce-restart");
    let state = dir.join("state.json");
    let first = config(&state).start().await.unwrap();
    let renewal = support::signed_query(
        &first,
        "SaveSingleTaskForCreatingOrderRenew",
        &[
            ("DomainName", "a.com".to_owned()),
            ("SubscriptionDuration", "1".to_owned()),
            (
                "CurrentExpirationDate",
                first
                    .domain("a.com")
                    .unwrap()
                    .expiration_date_long
                    .to_string(),
            ),
        ],
    );
    let read = support::signed_query(
        &first,
        "QueryDomainByDomainName",
        &[("DomainName", "a.com".to_owned())],
    );
    assert_eq!(send(&first, &renewal).await.0, 200);
    assert_eq!(send(&first, &read).await.0, 200);
    // Dropped, not shut down: every answer was already saved, as after a crash.
    drop(first);

    let second = config(&state).start().await.unwrap();
    for query in [&renewal, &read] {
        let (status, body) = send(&second, query).await;
        assert_eq!(
            (status, body["Code"].as_str()),
            (400, Some("SignatureNonceUsed")),
            "{body}"
        );
    }
    // The renewal was applied once, neither lost nor repeated.
    assert_eq!(second.orders_for("a.com"), 1);
    second.shutdown().await.unwrap();
    std::fs::remove_dir_all(dir).unwrap();
}
