//! `CachedProvider` over the STS and metadata stand-ins: one refresh for many callers, refresh
//! 180 s before expiry, and the old credentials kept when a refresh fails in time.

mod credentials_support;

use std::sync::Arc;
use std::time::Duration;

use aliyun_rpc::credentials::{
    CachedProvider, ChainConfig, Credentials, EcsRamRoleProvider, ProvideCredentials,
    RamRoleArnProvider,
};
use credentials_support::{
    ROLES_PATH, Reply, Server, TOKEN_PATH, assert_concurrent_calls_give, check_v1, env, first_then,
    id_of, metadata, sts_error, sts_success,
};

const ROLE: &str = "acs:ram::123456789012:role/test-role";

fn assume_role(server: &Server) -> CachedProvider<RamRoleArnProvider> {
    CachedProvider::new(
        RamRoleArnProvider::builder(Credentials::new("id", "source-secret"), ROLE)
            .sts_endpoint(server.origin())
            .env(env(&[]))
            .build()
            .unwrap(),
    )
}

/// The ids two successive calls of `provider` give.
async fn successive_ids(provider: &impl ProvideCredentials) -> [String; 2] {
    [id_of(provider).await, id_of(provider).await]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_callers_share_one_assume_role() {
    let server = Server::start(|request: &credentials_support::Request| {
        check_v1(request, "source-secret")
            .unwrap_or_else(|| Reply::ok(sts_success("STS.shared", 3600)))
            .after(Duration::from_millis(200))
    });
    let cached = Arc::new(assume_role(&server));
    assert_concurrent_calls_give(cached.clone(), 50, "STS.shared").await;
    assert_eq!(server.count(), 1);
    // Still fresh: no more requests.
    cached.provide_credentials().await.unwrap();
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn fifty_concurrent_callers_share_one_metadata_fetch() {
    let inner = metadata("role", "STS.ecs", 3600, true);
    let server = Server::start(move |request: &credentials_support::Request| {
        inner(request).after(Duration::from_millis(100))
    });
    let provider = EcsRamRoleProvider::from_config(
        &ChainConfig::new(env(&[])).metadata_base_url(server.origin()),
    );
    let cached = Arc::new(CachedProvider::new(provider));
    assert_concurrent_calls_give(cached, 50, "STS.ecs").await;
    assert_eq!(server.count_path(TOKEN_PATH), 1);
    assert_eq!(server.count_path(ROLES_PATH), 1);
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn a_refresh_replaces_credentials_inside_the_window_and_a_failed_one_keeps_valid_ones() {
    for (what, server, ids) in [
        (
            "credentials with 180 s or less left are refreshed (170 s: at once)",
            Server::start_numbered(|n, _| Reply::ok(sts_success(&format!("STS.{n}"), 170))),
            ["STS.0", "STS.1"],
        ),
        (
            "a failed refresh returns the credentials still valid for two minutes",
            first_then(
                Reply::ok(sts_success("STS.old", 120)),
                sts_error(503, "ServiceUnavailable", "try later"),
            ),
            ["STS.old", "STS.old"],
        ),
    ] {
        assert_eq!(successive_ids(&assume_role(&server)).await, ids, "{what}");
        assert_eq!(server.count(), 2, "{what}");
    }
}

#[tokio::test]
async fn a_failed_first_fetch_is_an_error_and_the_next_call_tries_again() {
    let server = first_then(
        sts_error(503, "ServiceUnavailable", "try later"),
        Reply::ok(sts_success("STS.second", 3600)),
    );
    let cached = assume_role(&server);
    let error = cached.provide_credentials().await.unwrap_err();
    assert!(error.to_string().contains("ServiceUnavailable"), "{error}");
    assert_eq!(id_of(&cached).await, "STS.second");
}
