//! No `Debug` of a provider, cache, chain, action, response or error shows a secret or token,
//! even after the secret has been loaded.

mod credentials_support;

use std::fmt::Debug;

use aliyun_rpc::credentials::{
    ACCESS_KEY_ID_VAR, ACCESS_KEY_SECRET_VAR, AssumeRole, AssumeRoleWithOidc, CachedProvider,
    ChainConfig, CliProfileProvider, Credentials, CredentialsError, CredentialsUriProvider,
    DefaultCredentialsChain, EcsRamRoleProvider, EnvironmentProvider, IniProfileProvider,
    OidcProvider, PROFILE_VAR, ProvideCredentials, ProviderFailure, RamRoleArnProvider,
    SECURITY_TOKEN_VAR,
};
use credentials_support::{
    Reply, SECRET_SENTINEL, Server, TOKEN_SENTINEL, TempDir, credentials_document, env, metadata,
    sts_success,
};

fn assert_hidden(what: &str, value: &impl Debug) {
    let shown = format!("{value:?}");
    assert!(
        !shown.contains(SECRET_SENTINEL),
        "{what} shows the secret: {shown}"
    );
    assert!(
        !shown.contains(TOKEN_SENTINEL),
        "{what} shows the token: {shown}"
    );
    let pretty = format!("{value:#?}");
    assert!(!pretty.contains(SECRET_SENTINEL) && !pretty.contains(TOKEN_SENTINEL));
}

fn assert_error_hidden(error: &CredentialsError) {
    assert_hidden("error", error);
    let shown = error.to_string();
    assert!(
        !shown.contains(SECRET_SENTINEL) && !shown.contains(TOKEN_SENTINEL),
        "{shown}"
    );
}

#[tokio::test]
async fn no_provider_shows_a_loaded_secret() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let token_file = home.write("token", TOKEN_SENTINEL);
    home.write(
        ".aliyun/config.json",
        &format!(
            r#"{{"current":"p","profiles":[{{"name":"p","mode":"StsToken","access_key_id":"id",
               "access_key_secret":"{SECRET_SENTINEL}","sts_token":"{TOKEN_SENTINEL}"}}]}}"#
        ),
    );
    home.write(
        ".alibabacloud/credentials",
        &format!(
            "[default]\ntype = ram_role_arn\naccess_key_id = id\naccess_key_secret = {SECRET_SENTINEL}\n\
             role_arn = acs:ram::1:role/r\nrole_session_name = s\n"
        ),
    );
    let sts =
        Server::start(|_: &credentials_support::Request| Reply::ok(sts_success("STS.id", 3600)));
    let meta = Server::start(metadata("role", "STS.ecs", 3600, true));
    let agent = Server::start(|_: &credentials_support::Request| {
        Reply::ok(credentials_document("STS.uri", 3600))
    });
    let vars = env(&[
        (ACCESS_KEY_ID_VAR, "id"),
        (ACCESS_KEY_SECRET_VAR, SECRET_SENTINEL),
        (SECURITY_TOKEN_VAR, TOKEN_SENTINEL),
    ]);
    let config = ChainConfig::new(vars.clone())
        .home(home.path())
        .metadata_base_url(meta.origin())
        .sts_endpoint(sts.origin());
    assert_hidden("ChainConfig", &config);
    assert_hidden("Env", &vars);

    let environment = EnvironmentProvider::with_env(vars.clone());
    environment.provide_credentials().await.unwrap();
    assert_hidden("EnvironmentProvider", &environment);

    let cli = CliProfileProvider::from_config(&config);
    cli.provide_credentials().await.unwrap();
    assert_hidden("CliProfileProvider", &cli);

    let ini = IniProfileProvider::from_config(&config);
    ini.provide_credentials().await.unwrap();
    assert_hidden("IniProfileProvider", &ini);

    let ecs = CachedProvider::new(EcsRamRoleProvider::from_config(&config));
    ecs.provide_credentials().await.unwrap();
    assert_hidden("CachedProvider<EcsRamRoleProvider>", &ecs);

    let source = Credentials::new("id", SECRET_SENTINEL).with_security_token(TOKEN_SENTINEL);
    let role = CachedProvider::new(
        RamRoleArnProvider::builder(source.clone(), "acs:ram::1:role/r")
            .sts_endpoint(sts.origin())
            .env(env(&[]))
            .build()
            .unwrap(),
    );
    role.provide_credentials().await.unwrap();
    assert_hidden("CachedProvider<RamRoleArnProvider>", &role);

    let oidc = CachedProvider::new(
        OidcProvider::builder("acs:ram::1:role/r", "provider", &token_file)
            .sts_endpoint(sts.origin())
            .env(env(&[]))
            .build()
            .unwrap(),
    );
    oidc.provide_credentials().await.unwrap();
    assert_hidden("CachedProvider<OidcProvider>", &oidc);

    let uri = CachedProvider::new(CredentialsUriProvider::new(format!("{}/c", agent.origin())));
    uri.provide_credentials().await.unwrap();
    assert_hidden("CachedProvider<CredentialsUriProvider>", &uri);

    let chain = DefaultCredentialsChain::with_config(config.clone());
    let found = chain.provide_credentials().await.unwrap();
    assert_hidden("DefaultCredentialsChain", &chain);
    assert_hidden("Credentials", &found);
    assert_hidden("Credentials", &source);

    // The INI profile also answers for another profile name through the chain's CLI source.
    let chain = DefaultCredentialsChain::with_config(
        ChainConfig::new(env(&[(PROFILE_VAR, "p")]))
            .home(home.path())
            .metadata_base_url(meta.origin())
            .sts_endpoint(sts.origin()),
    );
    chain.provide_credentials().await.unwrap();
    assert_hidden("DefaultCredentialsChain", &chain);
}

#[test]
fn actions_and_responses_hide_secrets() {
    let mut assume = AssumeRole::new("acs:ram::1:role/r", "s");
    assume.policy = Some("{}".into());
    assert_hidden("AssumeRole", &assume);
    let oidc = AssumeRoleWithOidc::new("acs:ram::1:role/r", "p", TOKEN_SENTINEL, "s");
    assert_hidden("AssumeRoleWithOidc", &oidc);
    let response: aliyun_rpc::credentials::AssumeRoleResponse =
        serde_json::from_str(&sts_success("STS.id", 3600)).unwrap();
    assert_hidden("AssumeRoleResponse", &response);
    assert_eq!(
        response.credentials.access_key_secret.expose(),
        SECRET_SENTINEL
    );
    let credentials = response.credentials.into_credentials().unwrap();
    assert_eq!(
        credentials.security_token().unwrap().expose(),
        TOKEN_SENTINEL
    );
}

#[tokio::test]
async fn no_error_shows_a_secret() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let mut errors = Vec::new();

    // The environment, with a secret that has whitespace around it.
    errors.push(
        EnvironmentProvider::new()
            .load_from(|name| match name {
                ACCESS_KEY_ID_VAR => Some("id".into()),
                ACCESS_KEY_SECRET_VAR => Some(format!(" {SECRET_SENTINEL} ")),
                _ => None,
            })
            .unwrap_err(),
    );

    // Malformed files holding secrets.
    home.write(
        ".aliyun/config.json",
        &format!(r#"{{"profiles":[{{"name":"x","mode":"AK","access_key_id":1,"access_key_secret":"{SECRET_SENTINEL}"}}]}}"#),
    );
    home.write(
        ".alibabacloud/credentials",
        &format!("[default]\n{SECRET_SENTINEL}\n"),
    );
    let config = ChainConfig::new(env(&[])).home(home.path());
    errors.push(
        CliProfileProvider::from_config(&config)
            .provide_credentials()
            .await
            .unwrap_err(),
    );
    errors.push(
        IniProfileProvider::from_config(&config)
            .provide_credentials()
            .await
            .unwrap_err(),
    );

    // Endpoints that answer with secrets in error bodies.
    let echo = Server::start(|request: &credentials_support::Request| {
        if request.path() == "/latest/api/token" {
            return Reply::ok("t");
        }
        if request.path() == "/" {
            // STS: echo everything that was on the wire, security token included (the secret
            // itself never leaves the client).
            let echoed = format!("{} {}", request.target, request.body).replace('"', "'");
            return credentials_support::sts_error(
                400,
                "SignatureDoesNotMatch",
                &format!("server string to sign is:{echoed}"),
            );
        }
        Reply::status(
            400,
            format!(
                r#"{{"Code":"InvalidParameter","Message":"bad {SECRET_SENTINEL}","AccessKeySecret":"{SECRET_SENTINEL}"}}"#
            ),
        )
    });
    errors.push(
        EcsRamRoleProvider::from_config(
            &ChainConfig::new(env(&[])).metadata_base_url(echo.origin()),
        )
        .role_name("r")
        .fetch()
        .await
        .unwrap_err(),
    );
    errors.push(
        CredentialsUriProvider::new(format!("{}/uri", echo.origin()))
            .fetch()
            .await
            .unwrap_err(),
    );
    let source = Credentials::new("id", SECRET_SENTINEL).with_security_token(TOKEN_SENTINEL);
    let role_error = RamRoleArnProvider::builder(source, "acs:ram::1:role/r")
        .sts_endpoint(format!("{}/", echo.origin()))
        .env(env(&[]))
        .build()
        .unwrap()
        .fetch()
        .await
        .unwrap_err();
    assert!(
        role_error.to_string().contains("SignatureDoesNotMatch")
            && role_error.to_string().contains("redacted"),
        "{role_error}"
    );
    errors.push(role_error.clone());

    // STS answers 200 with a body that does not fit: its excerpt must not reach the error.
    let misfit = Server::start(|_: &credentials_support::Request| {
        Reply::ok(format!(
            r#"{{"RequestId":"r","Credentials":{{"AccessKeySecret":"{SECRET_SENTINEL}"}}}}"#
        ))
    });
    errors.push(
        RamRoleArnProvider::builder(Credentials::new("id", "s"), "acs:ram::1:role/r")
            .sts_endpoint(misfit.origin())
            .env(env(&[]))
            .build()
            .unwrap()
            .fetch()
            .await
            .unwrap_err(),
    );

    let chained = CredentialsError::Exhausted(
        errors
            .iter()
            .map(|error| ProviderFailure {
                provider: "test",
                error: error.clone(),
            })
            .collect(),
    );
    errors.push(chained);
    let wrapped: aliyun_rpc::Error = role_error.into();
    assert_hidden("aliyun_rpc::Error", &wrapped);
    assert!(!wrapped.to_string().contains(SECRET_SENTINEL));
    for error in &errors {
        assert_error_hidden(error);
    }
}
