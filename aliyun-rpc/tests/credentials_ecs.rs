//! `EcsRamRoleProvider` against a loopback stand-in for the instance metadata service.

mod credentials_support;

use std::time::Duration;

use aliyun_rpc::credentials::{
    ChainConfig, CredentialsError, ECS_METADATA_DISABLED_VAR, ECS_METADATA_VAR, EcsRamRoleProvider,
    IMDSV1_DISABLED_VAR,
};
use credentials_support::{
    METADATA_TOKEN, ROLES_PATH, Reply, SECRET_SENTINEL, Server, TOKEN_PATH, assert_temporary, env,
    metadata,
};

fn provider(server: &Server, vars: &[(&str, &str)]) -> EcsRamRoleProvider {
    EcsRamRoleProvider::from_config(&ChainConfig::new(env(vars)).metadata_base_url(server.origin()))
}

/// What the provider fetches from `server` with exactly the variables `vars`.
async fn fetch(server: &Server, vars: &[(&str, &str)]) -> aliyun_rpc::Credentials {
    provider(server, vars).fetch().await.expect("credentials")
}

/// Why the provider fetches nothing from `server` with exactly the variables `vars`.
async fn fetch_error(server: &Server, vars: &[(&str, &str)]) -> CredentialsError {
    provider(server, vars).fetch().await.unwrap_err()
}

/// A metadata service that hands out a token, then answers every other request with `reply`.
fn token_then(reply: Reply) -> Server {
    Server::start(move |request| {
        if request.path() == TOKEN_PATH {
            Reply::ok("t")
        } else {
            reply.clone()
        }
    })
}

#[tokio::test]
async fn imdsv2_token_then_discovered_role_then_credentials() {
    let server = Server::start(metadata("web-role", "STS.ecs", 3600, true));
    let credentials = fetch(&server, &[]).await;
    assert_temporary(&credentials, "STS.ecs");

    let requests = server.requests();
    let steps: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| (r.method.as_str(), r.path()))
        .collect();
    assert_eq!(
        steps,
        [
            ("PUT", TOKEN_PATH),
            ("GET", ROLES_PATH),
            ("GET", "/latest/meta-data/ram/security-credentials/web-role"),
        ]
    );
    assert_eq!(
        requests[0].header("X-aliyun-ecs-metadata-token-ttl-seconds"),
        Some("21600")
    );
    for get in &requests[1..] {
        assert_eq!(
            get.header("X-aliyun-ecs-metadata-token"),
            Some(METADATA_TOKEN)
        );
    }
}

#[tokio::test]
async fn a_configured_role_skips_discovery() {
    let server = Server::start(metadata("named-role", "STS.named", 3600, true));
    let credentials = fetch(&server, &[(ECS_METADATA_VAR, "named-role")]).await;
    assert_eq!(credentials.access_key_id(), "STS.named");
    assert_eq!(server.count_path(ROLES_PATH), 0);
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn falls_back_to_imdsv1_when_no_token_is_given() {
    let server = Server::start(metadata("v1-role", "STS.v1", 3600, false));
    let credentials = fetch(&server, &[]).await;
    assert_eq!(credentials.access_key_id(), "STS.v1");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert!(
        requests[1..]
            .iter()
            .all(|r| r.header("X-aliyun-ecs-metadata-token").is_none())
    );
}

#[tokio::test]
async fn imdsv1_disabled_makes_a_token_failure_final() {
    let server = Server::start(metadata("v1-role", "STS.v1", 3600, false));
    let error = fetch_error(&server, &[(IMDSV1_DISABLED_VAR, "true")]).await;
    // No role configured and no answer: no metadata service here, so a chain may go on.
    assert!(matches!(error, CredentialsError::NotConfigured(_)));
    assert!(error.to_string().contains(IMDSV1_DISABLED_VAR), "{error}");
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn a_code_other_than_success_is_an_error_naming_it() {
    let server = token_then(Reply::ok(format!(
        r#"{{"Code":"Failed","AccessKeySecret":"{SECRET_SENTINEL}"}}"#
    )));
    let error = fetch_error(&server, &[(ECS_METADATA_VAR, "r")]).await;
    let text = error.to_string();
    assert!(text.contains("Code `Failed`"), "{text}");
    assert!(!text.contains(SECRET_SENTINEL));
}

#[tokio::test]
async fn an_instance_without_a_role_says_so() {
    let server = token_then(Reply::ok(""));
    let error = fetch_error(&server, &[]).await;
    assert!(error.to_string().contains("no RAM role"), "{error}");
}

#[tokio::test]
async fn a_missing_role_is_reported_with_its_name() {
    let server = Server::start(metadata("real-role", "STS.x", 3600, true));
    let error = fetch_error(&server, &[(ECS_METADATA_VAR, "other-role")]).await;
    let text = error.to_string();
    assert!(
        text.contains("other-role") && text.contains("HTTP 404"),
        "{text}"
    );
}

#[tokio::test]
async fn a_silent_service_times_out() {
    let server = Server::start(|_: &credentials_support::Request| {
        Reply::ok("late").after(Duration::from_secs(3))
    });
    let error = provider(&server, &[(IMDSV1_DISABLED_VAR, "true")])
        .timeout(Duration::from_millis(200))
        .fetch()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("timed out"), "{error}");
}

#[tokio::test]
async fn disabled_sends_nothing() {
    let server = Server::start(metadata("r", "STS.x", 3600, true));
    let error = fetch_error(&server, &[(ECS_METADATA_DISABLED_VAR, "true")]).await;
    assert!(matches!(error, CredentialsError::Disabled(_)));
    assert_eq!(server.count(), 0);
}
