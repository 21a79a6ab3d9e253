//! `CliProfileProvider` (`~/.aliyun/config.json`) and `IniProfileProvider`
//! (`~/.alibabacloud/credentials`) against files in a temporary home directory, with loopback
//! STS and metadata stand-ins.

mod credentials_support;

use aliyun_rpc::credentials::{
    CLI_PROFILE_DISABLED_VAR, CONFIG_FILE_VAR, CREDENTIALS_FILE_VAR, CliProfileProvider,
    CredentialsError, IniProfileProvider, PROFILE_VAR, ProvideCredentials,
};
use credentials_support::{
    Reply, SECRET_SENTINEL, Server, TempDir, assert_body_params, assert_query_params, chain_config,
    closed_url, credentials_of, failure, home_with, id_of, metadata, signed_sts, sts_success,
};

const CLI_CONFIG: &str = r#"{
  "current": "default",
  "meta_path": "",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "LTAI-default",
     "access_key_secret": "default-secret", "region_id": "cn-hangzhou", "output_format": "json",
     "language": "en", "retry_count": 0, "connect_timeout": 10, "read_timeout": 10},
    {"name": "sts", "mode": "StsToken", "access_key_id": "STS.id",
     "access_key_secret": "sts-secret", "sts_token": "sts-token"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAI-role",
     "access_key_secret": "role-source-secret", "ram_role_arn": "acs:ram::1:role/admin",
     "ram_session_name": "cli-session", "expired_seconds": 1200, "external_id": "ext"},
    {"name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "role",
     "ram_role_arn": "acs:ram::1:role/second"},
    {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "instance-role"},
    {"name": "sso", "mode": "CloudSSO", "access_key_secret": "SECRET-SENTINEL-7f3a"},
    {"name": "half", "mode": "AK", "access_key_id": "LTAI-half"},
    {"name": "loop", "mode": "ChainableRamRoleArn", "source_profile": "loop",
     "ram_role_arn": "acs:ram::1:role/loop"}
  ]
}"#;

fn cli(home: &TempDir, vars: &[(&str, &str)]) -> CliProfileProvider {
    CliProfileProvider::from_config(&chain_config(home, vars))
}

#[tokio::test]
async fn cli_profile_variable_selects_an_sts_token_profile() {
    let home = home_with(".aliyun/config.json", CLI_CONFIG);
    let credentials = credentials_of(&cli(&home, &[(PROFILE_VAR, "sts")])).await;
    assert_eq!(credentials.access_key_id(), "STS.id");
    assert_eq!(credentials.security_token().unwrap().expose(), "sts-token");
}

#[tokio::test]
async fn cli_ram_role_arn_assumes_the_role_with_the_profile_key_and_caches() {
    let home = home_with(".aliyun/config.json", CLI_CONFIG);
    let sts = Server::start(signed_sts("role-source-secret", "STS.cli-role", 3600));
    let provider = CliProfileProvider::from_config(
        &chain_config(&home, &[(PROFILE_VAR, "role")]).sts_endpoint(sts.origin()),
    );
    for _ in 0..3 {
        let credentials = provider.provide_credentials().await.unwrap();
        assert_eq!(credentials.access_key_id(), "STS.cli-role");
    }
    assert_eq!(sts.count(), 1, "temporary credentials are cached");
    let request = &sts.requests()[0];
    assert_query_params(request, &[("AccessKeyId", "LTAI-role")]);
    assert_body_params(
        request,
        &[
            ("RoleArn", "acs:ram::1:role/admin"),
            ("RoleSessionName", "cli-session"),
            ("DurationSeconds", "1200"),
            ("ExternalId", "ext"),
        ],
    );
}

#[tokio::test]
async fn cli_chainable_role_assumes_with_the_source_profile_credentials() {
    let home = home_with(".aliyun/config.json", CLI_CONFIG);
    let sts = Server::start(|request: &credentials_support::Request| {
        let role = request.body_param("RoleArn").unwrap_or_default();
        if role.ends_with("/admin") {
            credentials_support::check_v1(request, "role-source-secret")
                .unwrap_or_else(|| Reply::ok(sts_success("STS.first", 3600)))
        } else {
            // The second hop is signed with the first hop's temporary credentials.
            assert_query_params(request, &[("AccessKeyId", "STS.first")]);
            credentials_support::check_v1(request, SECRET_SENTINEL)
                .unwrap_or_else(|| Reply::ok(sts_success("STS.second", 3600)))
        }
    });
    let provider = CliProfileProvider::from_config(
        &chain_config(&home, &[(PROFILE_VAR, "chained")]).sts_endpoint(sts.origin()),
    );
    let credentials = provider.provide_credentials().await.unwrap();
    assert_eq!(credentials.access_key_id(), "STS.second");
    assert_eq!(sts.count(), 2);
}

#[tokio::test]
async fn cli_ecs_ram_role_asks_the_metadata_service_for_the_named_role() {
    let home = home_with(".aliyun/config.json", CLI_CONFIG);
    let server = Server::start(metadata("instance-role", "STS.cli-ecs", 3600, true));
    let provider = CliProfileProvider::from_config(
        &chain_config(&home, &[(PROFILE_VAR, "ecs")]).metadata_base_url(server.origin()),
    );
    let credentials = provider.provide_credentials().await.unwrap();
    assert_eq!(credentials.access_key_id(), "STS.cli-ecs");
    assert_eq!(
        server.count(),
        2,
        "token, then the named role's credentials"
    );
}

#[tokio::test]
async fn cli_unsupported_mode_is_named_and_its_secrets_are_not() {
    let home = home_with(".aliyun/config.json", CLI_CONFIG);
    let error = failure(cli(&home, &[(PROFILE_VAR, "sso")])).await;
    assert!(matches!(error, CredentialsError::Unsupported(_)));
    let text = error.to_string();
    assert!(
        text.contains("mode `CloudSSO`") && text.contains("`sso`"),
        "{text}"
    );
    assert!(!text.contains(SECRET_SENTINEL));
}

#[tokio::test]
async fn cli_problems_are_named() {
    let home = home_with(".aliyun/config.json", CLI_CONFIG);
    let half = failure(cli(&home, &[(PROFILE_VAR, "half")])).await;
    assert!(half.to_string().contains("`access_key_secret`"), "{half}");
    let absent = failure(cli(&home, &[(PROFILE_VAR, "nope")])).await;
    assert!(
        absent.to_string().contains("no profile named `nope`"),
        "{absent}"
    );
    let looped = failure(cli(&home, &[(PROFILE_VAR, "loop")])).await;
    assert!(looped.to_string().contains("a loop?"), "{looped}");
    let disabled = failure(cli(&home, &[(CLI_PROFILE_DISABLED_VAR, "true")])).await;
    assert!(matches!(disabled, CredentialsError::Disabled(_)));
}

#[tokio::test]
async fn cli_missing_or_malformed_files_are_errors_without_contents() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let missing = failure(cli(&home, &[])).await;
    assert!(matches!(missing, CredentialsError::NotConfigured(_)));
    assert!(missing.to_string().contains("config.json"), "{missing}");
    home.write(
        ".aliyun/config.json",
        r#"{"current":"default","profiles":[{"name":"default","expired_seconds":"SECRET-SENTINEL-7f3a"}]}"#,
    );
    let malformed = failure(cli(&home, &[])).await;
    assert!(matches!(malformed, CredentialsError::Invalid(_)));
    assert!(malformed.to_string().contains("line 1"), "{malformed}");
    assert!(!malformed.to_string().contains(SECRET_SENTINEL));
}

const INI: &str = "\
# Alibaba Cloud credentials
[default]
type = access_key
access_key_id = LTAI-ini
access_key_secret = ini-secret

[role]
type = ram_role_arn
access_key_id = LTAI-ini-role
access_key_secret = ini-role-secret
role_arn = acs:ram::1:role/ini
role_session_name = ini-session
policy = {\"Version\":\"1\"}

[ecs]
type = ecs_ram_role
role_name = ini-instance-role

[oidc]
type = oidc_role_arn
role_arn = acs:ram::1:role/oidc
oidc_provider_arn = acs:ram::1:oidc-provider/ack
oidc_token_file_path = TOKEN_PATH
role_session_name = ini-oidc

[rsa]
type = rsa_key_pair
public_key_id = x
private_key_file = /nowhere

[empty]
type = access_key
access_key_id = LTAI-empty
access_key_secret =
";

fn ini(home: &TempDir, vars: &[(&str, &str)]) -> IniProfileProvider {
    IniProfileProvider::from_config(&chain_config(home, vars))
}

#[tokio::test]
async fn the_current_profile_and_the_default_section_give_their_access_key() {
    let home = home_with(".aliyun/config.json", CLI_CONFIG);
    let credentials = credentials_of(&cli(&home, &[])).await;
    assert_eq!(credentials.access_key_id(), "LTAI-default");
    assert_eq!(credentials.access_key_secret().expose(), "default-secret");
    assert!(credentials.security_token().is_none());
    let home = home_with(".alibabacloud/credentials", INI);
    let credentials = credentials_of(&ini(&home, &[])).await;
    assert_eq!(credentials.access_key_id(), "LTAI-ini");
    assert_eq!(credentials.access_key_secret().expose(), "ini-secret");
}

#[tokio::test]
async fn the_file_variables_override_the_home_directory() {
    let elsewhere = TempDir::new("aliyun-rpc-credentials");
    let empty_home = TempDir::new("aliyun-rpc-credentials");
    let path = elsewhere.write("custom.json", CLI_CONFIG);
    let vars = [(CONFIG_FILE_VAR, path.to_str().unwrap())];
    assert_eq!(
        id_of(&cli(&empty_home, &vars).profile("sts")).await,
        "STS.id"
    );
    let path = elsewhere.write("creds.ini", INI);
    let vars = [(CREDENTIALS_FILE_VAR, path.to_str().unwrap())];
    assert_eq!(id_of(&ini(&empty_home, &vars)).await, "LTAI-ini");
}

#[tokio::test]
async fn ini_ram_role_arn_assumes_the_role_once() {
    let home = home_with(".alibabacloud/credentials", INI);
    let sts = Server::start(signed_sts("ini-role-secret", "STS.ini-role", 3600));
    let provider = IniProfileProvider::from_config(
        &chain_config(&home, &[(PROFILE_VAR, "role")]).sts_endpoint(sts.origin()),
    );
    assert_eq!(id_of(&provider).await, "STS.ini-role");
    provider.provide_credentials().await.unwrap();
    assert_eq!(sts.count(), 1);
    let request = &sts.requests()[0];
    assert_body_params(
        request,
        &[
            ("RoleSessionName", "ini-session"),
            ("DurationSeconds", "3600"),
            ("Policy", r#"{"Version":"1"}"#),
        ],
    );
}

#[tokio::test]
async fn ini_ecs_ram_role_uses_the_named_role() {
    let home = home_with(".alibabacloud/credentials", INI);
    let server = Server::start(metadata("ini-instance-role", "STS.ini-ecs", 3600, true));
    let provider = IniProfileProvider::from_config(
        &chain_config(&home, &[]).metadata_base_url(server.origin()),
    )
    .section("ecs");
    assert_eq!(id_of(&provider).await, "STS.ini-ecs");
}

#[tokio::test]
async fn ini_oidc_role_arn_exchanges_the_token_file() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let token = home.write("token", "ini-jwt");
    home.write(
        ".alibabacloud/credentials",
        &INI.replace("TOKEN_PATH", token.to_str().unwrap()),
    );
    let sts = Server::start(|request: &credentials_support::Request| {
        assert!(request.query_param("Signature").is_none());
        assert_eq!(request.body_param("OIDCToken").as_deref(), Some("ini-jwt"));
        Reply::ok(sts_success("STS.ini-oidc", 3600))
    });
    let provider = IniProfileProvider::from_config(
        &chain_config(&home, &[(PROFILE_VAR, "oidc")]).sts_endpoint(sts.origin()),
    );
    assert_eq!(id_of(&provider).await, "STS.ini-oidc");
    assert_body_params(&sts.requests()[0], &[("RoleSessionName", "ini-oidc")]);
}

#[tokio::test]
async fn ini_problems_are_named() {
    let home = home_with(".alibabacloud/credentials", INI);
    let rsa = failure(ini(&home, &[(PROFILE_VAR, "rsa")])).await;
    assert!(matches!(rsa, CredentialsError::Unsupported(_)));
    assert!(rsa.to_string().contains("`rsa_key_pair`"), "{rsa}");
    let empty = failure(ini(&home, &[(PROFILE_VAR, "empty")])).await;
    assert!(empty.to_string().contains("`access_key_secret`"), "{empty}");
    let absent = failure(ini(&home, &[(PROFILE_VAR, "absent")])).await;
    assert!(
        absent.to_string().contains("no section [absent]"),
        "{absent}"
    );
}

#[tokio::test]
async fn ini_a_missing_file_is_not_configured_and_a_broken_line_is_not_quoted() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let missing = failure(ini(&home, &[])).await;
    assert!(matches!(missing, CredentialsError::NotConfigured(_)));
    home.write(
        ".alibabacloud/credentials",
        "[default]\ntype = access_key\nSECRET-SENTINEL-7f3a\n",
    );
    let broken = failure(ini(&home, &[])).await;
    assert!(broken.to_string().contains("line 3"), "{broken}");
    assert!(!broken.to_string().contains(SECRET_SENTINEL));
}

#[tokio::test]
async fn a_profile_whose_sts_is_unreachable_fails_with_a_reason() {
    let home = home_with(".alibabacloud/credentials", INI);
    let provider = IniProfileProvider::from_config(
        &chain_config(&home, &[(PROFILE_VAR, "role")]).sts_endpoint(closed_url()),
    );
    let error = provider.provide_credentials().await.unwrap_err();
    assert!(error.to_string().contains("AssumeRole"), "{error}");
}
