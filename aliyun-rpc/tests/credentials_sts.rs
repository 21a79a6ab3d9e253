//! `RamRoleArnProvider` (`AssumeRole`, V1-signed) and `OidcProvider` (`AssumeRoleWithOIDC`,
//! unsigned) against a loopback STS that checks signatures as the real one does.

mod credentials_support;

use aliyun_rpc::credentials::{
    ChainConfig, Credentials, CredentialsError, OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR,
    OidcProvider, ROLE_ARN_VAR, ROLE_SESSION_NAME_VAR, RamRoleArnProvider,
};
use credentials_support::{
    Reply, SECRET_SENTINEL, Server, TempDir, assert_body_params, assert_query_params,
    assert_temporary, env, id_of, signed_sts, sts_error, sts_success,
};

const ROLE: &str = "acs:ram::123456789012:role/test-role";

fn no_env() -> aliyun_rpc::credentials::Env {
    env(&[])
}

/// Assumes [`ROLE`] with `source` at the STS stand-in `server`.
fn assume_role(source: Credentials, server: &Server) -> RamRoleArnProvider {
    RamRoleArnProvider::builder(source, ROLE)
        .sts_endpoint(server.origin())
        .env(no_env())
        .build()
        .unwrap()
}

/// A temporary directory holding an OIDC token file with `token`.
fn token_in_file(token: &str) -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new("aliyun-rpc-credentials");
    let file = dir.write("token", token);
    (dir, file)
}

/// The OIDC STS stand-in, a token file holding `token`, and a provider that reads it.
fn oidc_with_token(provider_arn: &str, token: &str) -> (Server, TempDir, OidcProvider) {
    let server = Server::start(oidc_sts);
    let (dir, token_file) = token_in_file(token);
    let provider = oidc(provider_arn, &token_file, &server);
    (server, dir, provider)
}

/// Exchanges the token in `token_file` for [`ROLE`] at the STS stand-in `server`.
fn oidc(provider_arn: &str, token_file: &std::path::Path, server: &Server) -> OidcProvider {
    OidcProvider::builder(ROLE, provider_arn, token_file)
        .sts_endpoint(server.origin())
        .env(no_env())
        .build()
        .unwrap()
}

#[tokio::test]
async fn assume_role_is_v1_signed_over_query_and_body() {
    let server = Server::start(signed_sts("source-secret", "STS.assumed", 3600));
    let provider = assume_role(Credentials::new("LTAI-source", "source-secret"), &server);
    let credentials = provider.fetch().await.unwrap();
    assert_temporary(&credentials, "STS.assumed");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    for (name, value) in [
        ("Action", "AssumeRole"),
        ("Version", "2015-04-01"),
        ("Format", "JSON"),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureVersion", "1.0"),
        ("AccessKeyId", "LTAI-source"),
    ] {
        assert_eq!(request.query_param(name).as_deref(), Some(value), "{name}");
    }
    assert!(request.query_param("SecurityToken").is_none());
    assert_body_params(request, &[("RoleArn", ROLE), ("DurationSeconds", "3600")]);
    let session = request.body_param("RoleSessionName").unwrap();
    let millis = session
        .strip_prefix("aliyun-rpc-")
        .expect("default session name");
    assert!(millis.parse::<u64>().is_ok(), "{session}");
    assert!(request.param("Policy").is_none());
    assert!(request.param("ExternalId").is_none());
}

#[tokio::test]
async fn optional_parameters_and_a_chained_source_token_are_signed() {
    let server = Server::start(signed_sts("sts-secret", "STS.chained", 3600));
    let source = Credentials::new("STS.source", "sts-secret").with_security_token("source-token");
    let provider = RamRoleArnProvider::builder(source, ROLE)
        .role_session_name("my-session")
        .duration_seconds(900)
        .policy(r#"{"Version":"1","Statement":[]}"#)
        .external_id("ext-1")
        .sts_endpoint(server.origin())
        .env(no_env())
        .build()
        .unwrap();
    assert_eq!(id_of(&provider).await, "STS.chained");
    let request = &server.requests()[0];
    assert_query_params(request, &[("SecurityToken", "source-token")]);
    assert_body_params(
        request,
        &[
            ("RoleSessionName", "my-session"),
            ("DurationSeconds", "900"),
            ("Policy", r#"{"Version":"1","Statement":[]}"#),
            ("ExternalId", "ext-1"),
        ],
    );
}

#[tokio::test]
async fn the_session_name_variable_is_the_default() {
    let server = Server::start(signed_sts("s", "STS.x", 3600));
    let provider = RamRoleArnProvider::builder(Credentials::new("id", "s"), ROLE)
        .sts_endpoint(server.origin())
        .env(env(&[(ROLE_SESSION_NAME_VAR, "from-env")]))
        .build()
        .unwrap();
    provider.fetch().await.unwrap();
    assert_body_params(&server.requests()[0], &[("RoleSessionName", "from-env")]);
}

#[tokio::test]
async fn a_wrong_source_secret_fails_with_the_service_code_and_no_secret() {
    let server = Server::start(signed_sts("the-real-secret", "STS.x", 3600));
    let provider = assume_role(Credentials::new("id", SECRET_SENTINEL), &server);
    let error = provider.fetch().await.unwrap_err();
    let text = error.to_string();
    assert!(matches!(error, CredentialsError::Unavailable(_)));
    assert!(text.contains("SignatureDoesNotMatch"), "{text}");
    assert!(text.contains(ROLE), "{text}");
    assert!(!text.contains(SECRET_SENTINEL));
}

#[tokio::test]
async fn a_refusal_names_the_code() {
    let server = Server::start(|_: &credentials_support::Request| {
        sts_error(
            403,
            "NoPermission",
            "You are not authorized to do this action.",
        )
    });
    let provider = assume_role(Credentials::new("id", "s"), &server);
    let error = provider.fetch().await.unwrap_err();
    assert!(error.to_string().contains("NoPermission"), "{error}");
}

#[tokio::test]
async fn a_source_without_credentials_is_reported() {
    let provider = RamRoleArnProvider::builder(
        aliyun_rpc::credentials::EnvironmentProvider::with_env(no_env()),
        ROLE,
    )
    .sts_endpoint("http://127.0.0.1:9/")
    .env(no_env())
    .build()
    .unwrap();
    let error = provider.fetch().await.unwrap_err();
    assert!(
        error
            .to_string()
            .contains("ALIBABA_CLOUD_ACCESS_KEY_ID is not set"),
        "{error}"
    );
}

#[test]
fn durations_below_900_seconds_and_empty_roles_are_refused() {
    let short = RamRoleArnProvider::builder(Credentials::new("id", "s"), ROLE)
        .duration_seconds(600)
        .env(no_env())
        .build()
        .unwrap_err();
    assert!(matches!(short, CredentialsError::Invalid(_)));
    let empty = RamRoleArnProvider::builder(Credentials::new("id", "s"), "")
        .env(no_env())
        .build()
        .unwrap_err();
    assert!(matches!(empty, CredentialsError::Missing(_)));
}

/// An STS stand-in for `AssumeRoleWithOIDC`: refuses anything signed, answers `id`.
fn oidc_sts(request: &credentials_support::Request) -> Reply {
    if request.query_param("Signature").is_some() || request.param("AccessKeyId").is_some() {
        return sts_error(
            400,
            "UnexpectedSignature",
            "AssumeRoleWithOIDC is anonymous",
        );
    }
    let token = request.body_param("OIDCToken").unwrap_or_default();
    Reply::ok(sts_success(&format!("STS.oidc.{token}"), 3600))
}

#[tokio::test]
async fn oidc_is_sent_unsigned_with_the_token_in_the_body() {
    let (server, _dir, provider) = oidc_with_token("acs:ram::1:oidc-provider/ack", "jwt-1");
    let credentials = provider.fetch().await.unwrap();
    assert_eq!(credentials.access_key_id(), "STS.oidc.jwt-1");

    let request = &server.requests()[0];
    assert_eq!(request.method, "POST");
    assert_query_params(
        request,
        &[("Action", "AssumeRoleWithOIDC"), ("Version", "2015-04-01")],
    );
    assert!(request.query_param("Timestamp").is_some());
    assert!(
        request.query_param("OIDCToken").is_none(),
        "the token stays out of the URL"
    );
    assert_body_params(
        request,
        &[
            ("RoleArn", ROLE),
            ("OIDCProviderArn", "acs:ram::1:oidc-provider/ack"),
            ("DurationSeconds", "3600"),
        ],
    );
    assert!(
        request
            .body_param("RoleSessionName")
            .unwrap()
            .starts_with("aliyun-rpc-")
    );
}

#[tokio::test]
async fn the_oidc_token_file_is_read_again_at_each_refresh() {
    let (_server, dir, provider) = oidc_with_token("provider-arn", "first-token");
    assert_eq!(id_of(&provider).await, "STS.oidc.first-token");
    dir.write("token", "rotated-token");
    assert_eq!(id_of(&provider).await, "STS.oidc.rotated-token");
}

#[tokio::test]
async fn oidc_from_the_environment() {
    let server = Server::start(oidc_sts);
    let (_dir, token_file) = token_in_file("env-token");
    let token_path = token_file.to_str().unwrap();
    let config = ChainConfig::new(env(&[
        (ROLE_ARN_VAR, ROLE),
        (OIDC_PROVIDER_ARN_VAR, "provider-arn"),
        (OIDC_TOKEN_FILE_VAR, token_path),
        (ROLE_SESSION_NAME_VAR, "pod-session"),
    ]))
    .sts_endpoint(server.origin());
    let provider = OidcProvider::from_config(&config).unwrap();
    assert_eq!(id_of(&provider).await, "STS.oidc.env-token");
    assert_body_params(&server.requests()[0], &[("RoleSessionName", "pod-session")]);
}

#[tokio::test]
async fn an_empty_token_file_is_refused_before_sending() {
    let (server, dir, provider) = oidc_with_token("provider-arn", "");
    let error = provider.fetch().await.unwrap_err();
    assert!(error.to_string().contains("is empty"), "{error}");
    // Used as given, as the official SDKs do: a newline after the token is an error, not
    // trimmed away.
    dir.write("token", "jwt-1\n");
    let error = provider.fetch().await.unwrap_err();
    assert!(
        error.to_string().contains("ends with a line feed (U+000A)"),
        "{error}"
    );
    assert_eq!(server.count(), 0);
}
