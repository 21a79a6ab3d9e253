//! Test support for the credential sources: the workspace's loopback server
//! ([`test_support::Server`]) standing in for the metadata service, STS and a credentials URI,
//! with the handlers and documents those give, and the V1 signature checked as STS does.

#![allow(dead_code, unreachable_pub, unused_imports)]

use std::time::{Duration, SystemTime};

use aliyun_rpc::credentials::{ChainConfig, CredentialsError, Env, ProvideCredentials};
pub use test_support::{Reply, Request, Server, TempDir, closed_url};

/// A value no Debug, Display or error may ever show.
pub const SECRET_SENTINEL: &str = "SECRET-SENTINEL-7f3a";
/// A security token no Debug, Display or error may ever show.
pub const TOKEN_SENTINEL: &str = "TOKEN-SENTINEL-91c2";

/// Exactly these environment variables.
pub fn env(pairs: &[(&str, &str)]) -> Env {
    Env::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

/// `YYYY-MM-DDThh:mm:ssZ`, `seconds` from now.
pub fn expiration_in(seconds: u64) -> String {
    aliyun_rpc::sign::format_timestamp(SystemTime::now() + Duration::from_secs(seconds))
}

/// A metadata or credentials-URI success document.
pub fn credentials_document(id: &str, expires_in: u64) -> String {
    serde_json::json!({
        "Code": "Success",
        "AccessKeyId": id,
        "AccessKeySecret": SECRET_SENTINEL,
        "SecurityToken": TOKEN_SENTINEL,
        "Expiration": expiration_in(expires_in),
        "LastUpdated": expiration_in(0),
    })
    .to_string()
}

/// An STS success body, as STS answers `AssumeRole` and `AssumeRoleWithOIDC`.
pub fn sts_success(id: &str, expires_in: u64) -> String {
    serde_json::json!({
        "RequestId": "6894B13B-6D71-4EF5-88FA-F32781734A7F",
        "AssumedRoleUser": {
            "Arn": "acs:ram::123456789012****:role/test-role/session",
            "AssumedRoleId": "34458433936495****:session"
        },
        "Credentials": {
            "SecurityToken": TOKEN_SENTINEL,
            "AccessKeyId": id,
            "AccessKeySecret": SECRET_SENTINEL,
            "Expiration": expiration_in(expires_in)
        }
    })
    .to_string()
}

/// An STS error body.
pub fn sts_error(status: u16, code: &str, message: &str) -> Reply {
    Reply::status(
        status,
        serde_json::json!({
            "RequestId": "0F5E4A6B-0000-0000-0000-000000000000",
            "HostId": "sts.aliyuncs.com",
            "Code": code,
            "Message": message,
        })
        .to_string(),
    )
}

/// Checks a signed `AssumeRole` as STS does: V1 over query ∪ body with `source_secret`.
/// `None` when it is valid, else the error reply STS would give.
pub fn check_v1(request: &Request, source_secret: &str) -> Option<Reply> {
    if request.method != "POST" {
        return Some(sts_error(400, "InvalidMethod", "POST expected"));
    }
    let params = request.params();
    let Some(signature) = request.query_param("Signature") else {
        return Some(sts_error(400, "MissingSignature", "Signature is mandatory"));
    };
    let expected = aliyun_rpc::sign::sign_v1(
        "POST",
        params.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        source_secret,
    );
    if expected.signature != signature {
        return Some(sts_error(
            400,
            "SignatureDoesNotMatch",
            &format!(
                "Specified signature is not matched with our calculation. server string to sign is:{}",
                expected.string_to_sign
            ),
        ));
    }
    None
}

/// An STS stand-in that checks the V1 signature with `source_secret` and answers credentials
/// `id` lasting `expires_in` seconds.
pub fn signed_sts(
    source_secret: &'static str,
    id: &'static str,
    expires_in: u64,
) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    move |request| {
        check_v1(request, source_secret).unwrap_or_else(|| Reply::ok(sts_success(id, expires_in)))
    }
}

/// The IMDSv2 token the metadata stand-in hands out.
pub const METADATA_TOKEN: &str = "imds-session-token";
/// The metadata paths.
pub const TOKEN_PATH: &str = "/latest/api/token";
pub const ROLES_PATH: &str = "/latest/meta-data/ram/security-credentials/";

/// A metadata-service stand-in for an instance with RAM role `role`: IMDSv2 tokens (when
/// `imdsv2`), role discovery, and credentials `id` lasting `expires_in` seconds. A GET without
/// the token is refused while IMDSv2 is on.
pub fn metadata(
    role: &'static str,
    id: &'static str,
    expires_in: u64,
    imdsv2: bool,
) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    move |request| {
        let path = request.path();
        if path == TOKEN_PATH {
            if !imdsv2 {
                return Reply::status(404, "");
            }
            if request.method != "PUT"
                || request.header("X-aliyun-ecs-metadata-token-ttl-seconds") != Some("21600")
            {
                return Reply::status(400, "");
            }
            return Reply::ok(METADATA_TOKEN);
        }
        if request.method != "GET" {
            return Reply::status(405, "");
        }
        if imdsv2 && request.header("X-aliyun-ecs-metadata-token") != Some(METADATA_TOKEN) {
            return Reply::status(401, "");
        }
        if path == ROLES_PATH {
            return Reply::ok(role);
        }
        if path == format!("{ROLES_PATH}{role}") {
            return Reply::ok(credentials_document(id, expires_in));
        }
        Reply::status(404, "")
    }
}

/// A temporary home holding `contents` at `relative` (`.aliyun/config.json`,
/// `.alibabacloud/credentials`).
pub fn home_with(relative: &str, contents: &str) -> TempDir {
    let home = TempDir::new("aliyun-rpc-credentials");
    home.write(relative, contents);
    home
}

/// A chain configuration with exactly the variables `vars` and `home` as the home directory.
pub fn chain_config(home: &TempDir, vars: &[(&str, &str)]) -> ChainConfig {
    ChainConfig::new(env(vars)).home(home.path())
}

/// The credentials `provider` gives; panics if it fails.
pub async fn credentials_of(provider: &impl ProvideCredentials) -> aliyun_rpc::Credentials {
    provider.provide_credentials().await.expect("credentials")
}

/// The AccessKey id `provider` gives; panics if it fails.
pub async fn id_of(provider: &impl ProvideCredentials) -> String {
    credentials_of(provider).await.access_key_id().to_owned()
}

/// The error `provider` fails with; panics if it gives credentials.
pub async fn failure(provider: impl ProvideCredentials) -> CredentialsError {
    match provider.provide_credentials().await {
        Ok(credentials) => panic!("expected an error, got {credentials:?}"),
        Err(error) => error,
    }
}

/// Asserts that `request` carries each `(name, value)` among its form-body parameters (STS takes
/// an action's own parameters there).
pub fn assert_body_params(request: &Request, expected: &[(&str, &str)]) {
    for (name, value) in expected {
        assert_eq!(request.body_param(name).as_deref(), Some(*value), "{name}");
    }
}

/// Asserts that `credentials` are the temporary ones the stand-ins hand out: `id`, the sentinel
/// secret and token, and an expiration.
pub fn assert_temporary(credentials: &aliyun_rpc::Credentials, id: &str) {
    assert_eq!(credentials.access_key_id(), id);
    assert_eq!(credentials.access_key_secret().expose(), SECRET_SENTINEL);
    let token = credentials.security_token().expect("a security token");
    assert_eq!(token.expose(), TOKEN_SENTINEL);
    assert!(credentials.expiration().is_some());
}

/// Asks `provider` `calls` times at once and asserts that every call gives `id`.
pub async fn assert_concurrent_calls_give(
    provider: std::sync::Arc<impl ProvideCredentials + 'static>,
    calls: usize,
    id: &str,
) {
    let tasks: Vec<_> = (0..calls)
        .map(|_| {
            let provider = provider.clone();
            tokio::spawn(async move { provider.provide_credentials().await })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap().unwrap().access_key_id(), id);
    }
}

/// Asserts that `request` carries each `(name, value)` among its query parameters (the common
/// parameters, the signature and the key id).
pub fn assert_query_params(request: &Request, expected: &[(&str, &str)]) {
    for (name, value) in expected {
        assert_eq!(request.query_param(name).as_deref(), Some(*value), "{name}");
    }
}

/// The default chain with exactly the variables `vars`, `home`, and the metadata and STS
/// stand-ins.
pub fn chain_against(
    vars: &[(&str, &str)],
    home: &TempDir,
    metadata: &Server,
    sts: &Server,
) -> aliyun_rpc::credentials::DefaultCredentialsChain {
    aliyun_rpc::credentials::DefaultCredentialsChain::with_config(
        chain_config(home, vars)
            .metadata_base_url(metadata.origin())
            .sts_endpoint(sts.origin()),
    )
}

/// A stand-in that answers `first` to the first request and `then` to every later one.
pub fn first_then(first: Reply, then: Reply) -> Server {
    Server::start_numbered(move |number, _| if number == 0 { &first } else { &then }.clone())
}
