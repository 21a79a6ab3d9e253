//! `DefaultCredentialsChain`: the official order, the remembered source, and the combined error,
//! over an injected environment, a temporary home directory and loopback endpoints.

mod credentials_support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use aliyun_rpc::credentials::{
    ACCESS_KEY_ID_VAR, ACCESS_KEY_SECRET_VAR, CREDENTIALS_URI_VAR, ChainConfig, CredentialsError,
    DefaultCredentialsChain, ECS_METADATA_DISABLED_VAR, Env, OIDC_PROVIDER_ARN_VAR,
    OIDC_TOKEN_FILE_VAR, ROLE_ARN_VAR,
};
use credentials_support::{
    Reply, SECRET_SENTINEL, Server, TOKEN_SENTINEL, TempDir, assert_concurrent_calls_give,
    closed_url, credentials_document, env, home_with, id_of, metadata, sts_success,
};

const CLI: &str = r#"{"current":"default","profiles":[{"name":"default","mode":"AK",
  "access_key_id":"LTAI-cli","access_key_secret":"cli-secret"}]}"#;
const INI: &str =
    "[default]\ntype = access_key\naccess_key_id = LTAI-ini\naccess_key_secret = ini-secret\n";

/// A config whose metadata endpoint refuses connections, so the ECS link fails fast.
fn config(home: &TempDir, env: Env) -> ChainConfig {
    ChainConfig::new(env)
        .home(home.path())
        .metadata_base_url(closed_url())
}

/// Asserts that `chain` answers with the key `id`, from `source`.
async fn assert_answers(chain: &DefaultCredentialsChain, id: &str, source: &str) {
    assert_eq!(id_of(chain).await, id);
    assert_eq!(chain.selected(), Some(source));
}

fn providers(error: &CredentialsError) -> Vec<&'static str> {
    match error {
        CredentialsError::Exhausted(failures) => failures.iter().map(|f| f.provider).collect(),
        other => panic!("expected Exhausted, got {other:?}"),
    }
}

#[tokio::test]
async fn the_environment_beats_every_file() {
    let home = home_with(".aliyun/config.json", CLI);
    home.write(".alibabacloud/credentials", INI);
    let chain = DefaultCredentialsChain::with_config(config(
        &home,
        env(&[
            (ACCESS_KEY_ID_VAR, "LTAI-env"),
            (ACCESS_KEY_SECRET_VAR, "s"),
        ]),
    ));
    assert_answers(&chain, "LTAI-env", "environment").await;
}

#[tokio::test]
async fn oidc_comes_second_when_all_three_variables_are_set() {
    let home = home_with(".aliyun/config.json", CLI);
    let token = home.write("token", "jwt");
    let sts =
        Server::start(|_: &credentials_support::Request| Reply::ok(sts_success("STS.oidc", 3600)));
    let vars = [
        (ROLE_ARN_VAR, "acs:ram::1:role/r"),
        (OIDC_PROVIDER_ARN_VAR, "acs:ram::1:oidc-provider/p"),
        (OIDC_TOKEN_FILE_VAR, token.to_str().unwrap()),
    ];
    let chain =
        DefaultCredentialsChain::with_config(config(&home, env(&vars)).sts_endpoint(sts.origin()));
    assert_answers(&chain, "STS.oidc", "oidc").await;

    // `ALIBABA_CLOUD_ROLE_ARN` alone is not OIDC (other tools read it): the CLI profile answers.
    let chain = DefaultCredentialsChain::with_config(
        config(&home, env(&vars[..1])).sts_endpoint(sts.origin()),
    );
    assert_eq!(id_of(&chain).await, "LTAI-cli");
    // Two of the three: OIDC was asked for but is incomplete, and the chain stops there.
    let chain = DefaultCredentialsChain::with_config(
        config(&home, env(&vars[..2])).sts_endpoint(sts.origin()),
    );
    let error = chain.credentials().await.unwrap_err();
    assert!(
        matches!(&error, CredentialsError::Unusable(failure) if failure.provider == "oidc"),
        "{error:?}"
    );
    assert!(error.to_string().contains(OIDC_TOKEN_FILE_VAR), "{error}");
    assert_eq!(sts.count(), 1);
}

#[tokio::test]
async fn the_cli_profile_comes_before_the_ini_file() {
    let home = home_with(".aliyun/config.json", CLI);
    home.write(".alibabacloud/credentials", INI);
    let chain = DefaultCredentialsChain::with_config(config(&home, env(&[])));
    assert_answers(&chain, "LTAI-cli", "cli_profile").await;
}

#[tokio::test]
async fn the_ini_file_answers_when_there_is_no_cli_profile() {
    let home = home_with(".alibabacloud/credentials", INI);
    let chain = DefaultCredentialsChain::with_config(config(&home, env(&[])));
    assert_answers(&chain, "LTAI-ini", "ini_profile").await;
}

#[tokio::test]
async fn the_metadata_service_answers_when_there_is_no_file() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let server = Server::start(metadata("role", "STS.ecs", 3600, true));
    let chain = DefaultCredentialsChain::with_config(
        ChainConfig::new(env(&[]))
            .home(home.path())
            .metadata_base_url(server.origin()),
    );
    assert_answers(&chain, "STS.ecs", "ecs_ram_role").await;
    // Cached: a second call asks nothing.
    let before = server.count();
    chain.credentials().await.unwrap();
    assert_eq!(server.count(), before);
}

#[tokio::test]
async fn the_credentials_uri_comes_last() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let agent = Server::start(|_: &credentials_support::Request| {
        Reply::ok(credentials_document("STS.uri", 3600))
    });
    let uri = format!("{}/creds", agent.origin());
    let chain = DefaultCredentialsChain::with_config(config(
        &home,
        env(&[
            (ECS_METADATA_DISABLED_VAR, "true"),
            (CREDENTIALS_URI_VAR, &uri),
        ]),
    ));
    assert_answers(&chain, "STS.uri", "credentials_uri").await;
}

#[tokio::test]
async fn the_source_that_succeeded_is_remembered() {
    let home = home_with(".alibabacloud/credentials", INI);
    let vars: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let shared = vars.clone();
    let env = Env::from_fn(move |name| shared.lock().unwrap().get(name).cloned());
    let chain = DefaultCredentialsChain::with_config(config(&home, env));
    assert_eq!(id_of(&chain).await, "LTAI-ini");

    // Environment credentials appear later: the chain keeps the source it found.
    vars.lock().unwrap().extend(
        [
            (ACCESS_KEY_ID_VAR, "LTAI-env"),
            (ACCESS_KEY_SECRET_VAR, "s"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned())),
    );
    assert_answers(&chain, "LTAI-ini", "ini_profile").await;
}

#[tokio::test]
async fn concurrent_first_calls_probe_once() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let inner = metadata("role", "STS.ecs", 3600, true);
    let server = Server::start(move |request: &credentials_support::Request| {
        inner(request).after(std::time::Duration::from_millis(50))
    });
    let chain = Arc::new(DefaultCredentialsChain::with_config(
        ChainConfig::new(env(&[]))
            .home(home.path())
            .metadata_base_url(server.origin()),
    ));
    assert_concurrent_calls_give(chain, 20, "STS.ecs").await;
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn when_every_source_is_absent_every_reason_is_listed() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let chain = DefaultCredentialsChain::with_config(config(&home, env(&[])));
    let error = chain.credentials().await.unwrap_err();
    assert_eq!(
        providers(&error),
        [
            "environment",
            "oidc",
            "cli_profile",
            "ini_profile",
            "ecs_ram_role",
            "credentials_uri"
        ]
    );
    let text = error.to_string();
    for expected in [
        "environment: ALIBABA_CLOUD_ACCESS_KEY_ID is not set",
        "oidc: ALIBABA_CLOUD_ROLE_ARN is not set",
        "cli_profile: no CLI configuration at ",
        "ini_profile: no credentials file at ",
        "ecs_ram_role: the metadata service did not name the instance's RAM role",
        "credentials_uri: ALIBABA_CLOUD_CREDENTIALS_URI is not set",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    assert_eq!(chain.selected(), None);
}

#[tokio::test]
async fn a_broken_source_stops_the_chain_without_showing_secrets() {
    let home = TempDir::new("aliyun-rpc-credentials");
    home.write(
        ".aliyun/config.json",
        &format!(
            r#"{{"current":"default","profiles":[{{"name":"default","mode":"CloudSSO",
               "access_key_secret":"{SECRET_SENTINEL}","sts_token":"{TOKEN_SENTINEL}"}}]}}"#
        ),
    );
    home.write(".alibabacloud/credentials", INI);
    let chain = DefaultCredentialsChain::with_config(config(&home, env(&[])));
    let error = chain.credentials().await.unwrap_err();
    let text = error.to_string();
    assert!(
        text.starts_with("the cli_profile credential source is configured but unusable"),
        "{text}"
    );
    assert!(text.contains("mode `CloudSSO`"), "{text}");
    for shown in [text, format!("{error:?}"), format!("{chain:?}")] {
        assert!(!shown.contains(SECRET_SENTINEL));
        assert!(!shown.contains(TOKEN_SENTINEL));
    }
    assert_eq!(chain.selected(), None);
}
