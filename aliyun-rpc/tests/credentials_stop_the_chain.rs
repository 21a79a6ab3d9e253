//! A credential source that is configured but unusable stops the default chain with an error
//! naming the variable or file and the problem; it never falls through to a later source, which
//! may hold another account's keys (issue 16, item 1). Absent sources still let the chain go on.
//!
//! Every case runs in a temporary home that also holds a working CLI profile and credentials
//! file of *another* account, next to a metadata service that would answer: falling through to
//! any of them is a failure.

mod credentials_support;

use aliyun_rpc::credentials::{
    ACCESS_KEY_ID_VAR, ACCESS_KEY_SECRET_VAR, CLI_PROFILE_DISABLED_VAR, CONFIG_FILE_VAR,
    CREDENTIALS_FILE_VAR, CREDENTIALS_URI_VAR, ChainConfig, CredentialsError,
    DefaultCredentialsChain, ECS_METADATA_DISABLED_VAR, ECS_METADATA_VAR, OIDC_PROVIDER_ARN_VAR,
    OIDC_TOKEN_FILE_VAR, PROFILE_VAR, ROLE_ARN_VAR, SECURITY_TOKEN_VAR,
};
use credentials_support::{
    Reply, Request, SECRET_SENTINEL, Server, TOKEN_SENTINEL, TempDir, chain_against, env,
    home_with, metadata, sts_success,
};

/// A working CLI profile of another account.
const OTHER_CLI: &str = r#"{"current":"default","profiles":[{"name":"default","mode":"AK",
  "access_key_id":"LTAI-other-cli","access_key_secret":"other-secret"}]}"#;
/// A working credentials file of another account.
const OTHER_INI: &str =
    "[default]\ntype = access_key\naccess_key_id = LTAI-other-ini\naccess_key_secret = s\n";

/// Where a case puts the other account's files.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fallbacks {
    /// The CLI profile and the credentials file (cases about the environment and OIDC).
    Both,
    /// Only the credentials file (cases about the CLI profile, which the case writes).
    IniOnly,
    /// Neither (cases about the credentials file, which the case writes, and later sources).
    None,
}

struct Case {
    name: &'static str,
    env: Vec<(&'static str, String)>,
    /// Files the case writes under the home (relative path, contents); `{home}` in a variable's
    /// value is replaced by the home's path.
    files: Vec<(&'static str, String)>,
    fallbacks: Fallbacks,
    /// The source that must stop the chain.
    provider: &'static str,
    /// Text the error must contain.
    needles: Vec<&'static str>,
}

fn case(name: &'static str, provider: &'static str) -> Case {
    Case {
        name,
        env: Vec::new(),
        files: Vec::new(),
        fallbacks: Fallbacks::Both,
        provider,
        needles: Vec::new(),
    }
}

impl Case {
    fn var(mut self, name: &'static str, value: impl Into<String>) -> Case {
        self.env.push((name, value.into()));
        self
    }
    fn file(mut self, path: &'static str, contents: impl Into<String>) -> Case {
        self.files.push((path, contents.into()));
        self
    }
    fn fallbacks(mut self, fallbacks: Fallbacks) -> Case {
        self.fallbacks = fallbacks;
        self
    }
    fn says(mut self, needles: &[&'static str]) -> Case {
        self.needles.extend_from_slice(needles);
        self
    }
}

/// Runs `case`; `Err` describes how it went wrong.
async fn check(case: Case) -> Result<(), String> {
    let home = TempDir::new("aliyun-rpc-credentials");
    if case.fallbacks == Fallbacks::Both {
        home.write(".aliyun/config.json", OTHER_CLI);
    }
    if case.fallbacks != Fallbacks::None {
        home.write(".alibabacloud/credentials", OTHER_INI);
    }
    for (path, contents) in &case.files {
        home.write(path, contents);
    }
    let metadata = Server::start(metadata("other-role", "STS.other-ecs", 3600, true));
    let sts = Server::start(|_: &Request| Reply::ok(sts_success("STS.other-sts", 3600)));
    let home_path = home
        .path()
        .to_str()
        .expect("a UTF-8 temporary path")
        .to_owned();
    let pairs: Vec<(&str, String)> = case
        .env
        .iter()
        .map(|(name, value)| (*name, value.replace("{home}", &home_path)))
        .collect();
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let chain = chain_against(&pairs, &home, &metadata, &sts);
    let outcome = chain.credentials().await;
    let name = case.name;
    let error = match outcome {
        Ok(credentials) => {
            return Err(format!(
                "{name}: fell through to {:?} ({:?})",
                credentials.access_key_id(),
                credentials.source()
            ));
        }
        Err(error) => error,
    };
    let text = error.to_string();
    match &error {
        CredentialsError::Unusable(failure) if failure.provider == case.provider => {}
        other => {
            return Err(format!(
                "{name}: expected the {} source to stop the chain, got {other:?}",
                case.provider
            ));
        }
    }
    for needle in &case.needles {
        if !text.contains(needle) {
            return Err(format!("{name}: {needle:?} missing from {text:?}"));
        }
    }
    for shown in [&text, &format!("{error:?}"), &format!("{chain:?}")] {
        if shown.contains(SECRET_SENTINEL) || shown.contains(TOKEN_SENTINEL) {
            return Err(format!("{name}: a secret is shown in {shown:?}"));
        }
    }
    if metadata.count() != 0 || sts.count() != 0 {
        return Err(format!(
            "{name}: asked the metadata service {} times and STS {} times",
            metadata.count(),
            sts.count()
        ));
    }
    Ok(())
}

async fn check_all(cases: Vec<Case>) {
    let total = cases.len();
    let mut failures = Vec::new();
    for case in cases {
        if let Err(failure) = check(case).await {
            failures.push(failure);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn secret(suffix_or_prefix: &str, before: bool) -> String {
    if before {
        format!("{suffix_or_prefix}{SECRET_SENTINEL}")
    } else {
        format!("{SECRET_SENTINEL}{suffix_or_prefix}")
    }
}

#[tokio::test]
async fn a_malformed_environment_stops_the_chain_before_the_cli_profile() {
    let env_case = |name, secret_value: String| {
        case(name, "environment")
            .var(ACCESS_KEY_ID_VAR, "LTAI-env")
            .var(ACCESS_KEY_SECRET_VAR, secret_value)
    };
    check_all(vec![
        env_case("secret ending in CR", secret("\r", false)).says(&[
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET ends with a carriage return (U+000D)",
            "nothing is trimmed",
        ]),
        env_case("secret ending in CRLF", secret("\r\n", false))
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET contains a carriage return"]),
        env_case("secret ending in LF", secret("\n", false))
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET ends with a line feed"]),
        env_case("secret starting with a space", secret(" ", true))
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET starts with a space (U+0020)"]),
        env_case("secret with a tab inside", format!("ab\t{SECRET_SENTINEL}"))
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET contains a tab"]),
        env_case("secret ending in a no-break space", secret("\u{a0}", false))
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET ends with a no-break space"]),
        env_case("secret starting with a BOM", secret("\u{feff}", true))
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET starts with a byte order mark"]),
        env_case("secret with an escape", secret("\u{1b}[2J", false))
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET contains a control character (U+001B)"]),
        env_case("secret with non-ASCII", secret("é", false))
            .says(&["not printable ASCII (U+00E9)"]),
        case("id ending in a space", "environment")
            .var(ACCESS_KEY_ID_VAR, "LTAI-env ")
            .var(ACCESS_KEY_SECRET_VAR, SECRET_SENTINEL)
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_ID ends with a space"]),
        case("id with a CR", "environment")
            .var(ACCESS_KEY_ID_VAR, "LTAI-env\r")
            .var(ACCESS_KEY_SECRET_VAR, SECRET_SENTINEL)
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_ID ends with a carriage return"]),
        env_case("token ending in LF", SECRET_SENTINEL.to_owned())
            .var(SECURITY_TOKEN_VAR, format!("{TOKEN_SENTINEL}\n"))
            .says(&["ALIBABA_CLOUD_SECURITY_TOKEN ends with a line feed"]),
        case("id without secret", "environment")
            .var(ACCESS_KEY_ID_VAR, "LTAI-env")
            .says(&[
                "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not",
            ]),
        env_case("id with an empty secret", String::new()).says(&[
            "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not",
        ]),
        case("secret without id", "environment")
            .var(ACCESS_KEY_SECRET_VAR, SECRET_SENTINEL)
            .says(&[
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not",
            ]),
        case("empty id with a secret", "environment")
            .var(ACCESS_KEY_ID_VAR, "")
            .var(ACCESS_KEY_SECRET_VAR, SECRET_SENTINEL)
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_ID is not"]),
        case("token alone", "environment")
            .var(SECURITY_TOKEN_VAR, TOKEN_SENTINEL)
            .says(&["ALIBABA_CLOUD_SECURITY_TOKEN is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not"]),
        case("old id spelling with a CR secret", "environment")
            .var("ALIBABA_CLOUD_ACCESS_KEY_Id", "LTAI-old")
            .var(ACCESS_KEY_SECRET_VAR, secret("\r", false))
            .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET ends with a carriage return"]),
        case("Terraform names with a CR secret", "environment")
            .var("ALICLOUD_ACCESS_KEY", "LTAI-tf")
            .var("ALICLOUD_SECRET_KEY", secret("\r", false))
            .says(&["ALICLOUD_SECRET_KEY ends with a carriage return"]),
        case("Terraform id without its secret", "environment")
            .var("ALICLOUD_ACCESS_KEY", "LTAI-tf")
            .says(&["ALICLOUD_ACCESS_KEY is set but ALICLOUD_SECRET_KEY is not"]),
        case("Terraform token with a space", "environment")
            .var("ALICLOUD_ACCESS_KEY", "LTAI-tf")
            .var("ALICLOUD_SECRET_KEY", SECRET_SENTINEL)
            .var("ALICLOUD_SECURITY_TOKEN", format!(" {TOKEN_SENTINEL}"))
            .says(&["ALICLOUD_SECURITY_TOKEN starts with a space"]),
        case("legacy Python names with a space secret", "environment")
            .var("ALIYUN_ACCESS_KEY_ID", "LTAI-py")
            .var("ALIYUN_ACCESS_KEY_SECRET", secret(" ", true))
            .says(&["ALIYUN_ACCESS_KEY_SECRET starts with a space"]),
        case("legacy Python secret without its id", "environment")
            .var("ALIYUN_ACCESS_KEY_SECRET", SECRET_SENTINEL)
            .says(&["ALIYUN_ACCESS_KEY_SECRET is set but ALIYUN_ACCESS_KEY_ID is not"]),
        case(
            "a broken official family hides a working alias",
            "environment",
        )
        .var(ACCESS_KEY_ID_VAR, "LTAI-env")
        .var(ACCESS_KEY_SECRET_VAR, secret("\r", false))
        .var("ALICLOUD_ACCESS_KEY", "LTAI-tf")
        .var("ALICLOUD_SECRET_KEY", "fine")
        .says(&["ALIBABA_CLOUD_ACCESS_KEY_SECRET ends with a carriage return"]),
    ])
    .await;
}

#[tokio::test]
async fn malformed_oidc_settings_stop_the_chain() {
    let oidc = |name| {
        case(name, "oidc")
            .var(ROLE_ARN_VAR, "acs:ram::1:role/r")
            .var(OIDC_PROVIDER_ARN_VAR, "acs:ram::1:oidc-provider/p")
    };
    check_all(vec![
        case("token file without role", "oidc")
            .var(OIDC_TOKEN_FILE_VAR, "{home}/token")
            .file("token", "jwt")
            .says(&["ALIBABA_CLOUD_OIDC_TOKEN_FILE is set but ALIBABA_CLOUD_ROLE_ARN and ALIBABA_CLOUD_OIDC_PROVIDER_ARN are not"]),
        case("provider without token file", "oidc")
            .var(ROLE_ARN_VAR, "acs:ram::1:role/r")
            .var(OIDC_PROVIDER_ARN_VAR, "acs:ram::1:oidc-provider/p")
            .says(&["ALIBABA_CLOUD_OIDC_TOKEN_FILE is not"]),
        oidc("missing token file")
            .var(OIDC_TOKEN_FILE_VAR, "{home}/no-such-token")
            .says(&["the OIDC token file", "no-such-token does not exist"]),
        oidc("empty token file")
            .var(OIDC_TOKEN_FILE_VAR, "{home}/token")
            .file("token", "")
            .says(&["token is empty"]),
        oidc("token file with a trailing newline")
            .var(OIDC_TOKEN_FILE_VAR, "{home}/token")
            .file("token", format!("{TOKEN_SENTINEL}\n"))
            .says(&["token ends with a line feed"]),
        case("role ARN with a space", "oidc")
            .var(ROLE_ARN_VAR, "acs:ram::1:role/r ")
            .var(OIDC_PROVIDER_ARN_VAR, "acs:ram::1:oidc-provider/p")
            .var(OIDC_TOKEN_FILE_VAR, "{home}/token")
            .file("token", "jwt")
            .says(&["ALIBABA_CLOUD_ROLE_ARN ends with a space"]),
        case("provider ARN with a CR", "oidc")
            .var(ROLE_ARN_VAR, "acs:ram::1:role/r")
            .var(OIDC_PROVIDER_ARN_VAR, "acs:ram::1:oidc-provider/p\r")
            .var(OIDC_TOKEN_FILE_VAR, "{home}/token")
            .file("token", "jwt")
            .says(&["ALIBABA_CLOUD_OIDC_PROVIDER_ARN ends with a carriage return"]),
    ])
    .await;
}

fn cli_case(name: &'static str, config: impl Into<String>) -> Case {
    case(name, "cli_profile")
        .fallbacks(Fallbacks::IniOnly)
        .file(".aliyun/config.json", config)
}

#[tokio::test]
async fn a_broken_cli_profile_stops_the_chain_before_the_credentials_file() {
    let ak = |fields: &str| {
        format!(r#"{{"current":"default","profiles":[{{"name":"default","mode":"AK"{fields}}}]}}"#)
    };
    check_all(vec![
        cli_case("named profile missing", OTHER_CLI)
            .var(PROFILE_VAR, "work")
            .says(&["has no profile named `work` (named by ALIBABA_CLOUD_PROFILE)", CLI_PROFILE_DISABLED_VAR]),
        cli_case("current profile missing", r#"{"current":"gone","profiles":[]}"#)
            .says(&["has no profile named `gone` (named by its `current`)"]),
        cli_case("no current profile", r#"{"profiles":[]}"#)
            .says(&["names no current profile"]),
        cli_case("malformed JSON", format!(r#"{{"current":"default","profiles":[{{"access_key_secret":"{SECRET_SENTINEL}""#))
            .says(&["is not a valid CLI configuration (line"]),
        cli_case("not JSON at all", "\u{0}\u{1}binary")
            .says(&["is not a valid CLI configuration"]),
        cli_case("a field of the wrong type", r#"{"current":"default","profiles":[{"name":"default","mode":"AK","expired_seconds":"soon"}]}"#)
            .says(&["is not a valid CLI configuration"]),
        cli_case("AK without secret", ak(r#","access_key_id":"LTAI-x""#))
            .says(&["mode `AK`) needs a non-empty `access_key_secret`"]),
        cli_case("AK without id", ak(&format!(r#","access_key_secret":"{SECRET_SENTINEL}""#)))
            .says(&["needs a non-empty `access_key_id`"]),
        cli_case("AK secret ending in CR", ak(&format!(r#","access_key_id":"LTAI-x","access_key_secret":"{SECRET_SENTINEL}\r""#)))
            .says(&["`access_key_secret` of profile `default`", "ends with a carriage return"]),
        cli_case("AK id with a space", ak(&format!(r#","access_key_id":" LTAI-x","access_key_secret":"{SECRET_SENTINEL}""#)))
            .says(&["`access_key_id` of profile `default`", "starts with a space"]),
        cli_case("StsToken without token", format!(r#"{{"current":"p","profiles":[{{"name":"p","mode":"StsToken","access_key_id":"STS.x","access_key_secret":"{SECRET_SENTINEL}"}}]}}"#))
            .says(&["needs a non-empty `sts_token`"]),
        cli_case("StsToken token with a LF", format!(r#"{{"current":"p","profiles":[{{"name":"p","mode":"StsToken","access_key_id":"STS.x","access_key_secret":"{SECRET_SENTINEL}","sts_token":"{TOKEN_SENTINEL}\n"}}]}}"#))
            .says(&["`sts_token` of profile `p`", "ends with a line feed"]),
        cli_case("RamRoleArn without role", format!(r#"{{"current":"p","profiles":[{{"name":"p","mode":"RamRoleArn","access_key_id":"LTAI-x","access_key_secret":"{SECRET_SENTINEL}"}}]}}"#))
            .says(&["needs a non-empty `ram_role_arn`"]),
        cli_case("RamRoleArn role with a CR", format!(r#"{{"current":"p","profiles":[{{"name":"p","mode":"RamRoleArn","access_key_id":"LTAI-x","access_key_secret":"{SECRET_SENTINEL}","ram_role_arn":"acs:ram::1:role/r\r"}}]}}"#))
            .says(&["`ram_role_arn` of profile `p`", "ends with a carriage return"]),
        cli_case("ChainableRamRoleArn without source", r#"{"current":"p","profiles":[{"name":"p","mode":"ChainableRamRoleArn","ram_role_arn":"acs:ram::1:role/r"}]}"#)
            .says(&["needs a non-empty `source_profile`"]),
        cli_case("OIDC without token file", r#"{"current":"p","profiles":[{"name":"p","mode":"OIDC","ram_role_arn":"acs:ram::1:role/r","oidc_provider_arn":"acs:ram::1:oidc-provider/p"}]}"#)
            .says(&["needs a non-empty `oidc_token_file`"]),
        cli_case("no mode", r#"{"current":"p","profiles":[{"name":"p"}]}"#)
            .says(&["has no `mode`"]),
        cli_case("unsupported mode", r#"{"current":"p","profiles":[{"name":"p","mode":"CloudSSO"}]}"#)
            .says(&["uses mode `CloudSSO`"]),
        case("variable naming a missing file", "cli_profile")
            .var(CONFIG_FILE_VAR, "{home}/elsewhere.json")
            .says(&["ALIBABA_CLOUD_CONFIG_FILE names", "elsewhere.json, which does not exist"]),
    ])
    .await;
}

fn ini_case(name: &'static str, contents: impl Into<String>) -> Case {
    case(name, "ini_profile")
        .fallbacks(Fallbacks::None)
        .file(".alibabacloud/credentials", contents)
}

#[tokio::test]
async fn a_broken_credentials_file_stops_the_chain_before_the_metadata_service() {
    check_all(vec![
        ini_case("named section missing", OTHER_INI)
            .var(PROFILE_VAR, "work")
            .says(&["has no section [work]"]),
        ini_case("default section missing", "[other]\ntype = access_key\n")
            .says(&["has no section [default]"]),
        ini_case("malformed line", format!("[default]\ntype = access_key\n{SECRET_SENTINEL}\n"))
            .says(&["line 3 is neither"]),
        ini_case("unclosed header", "[default\n").says(&["line 1: a section header lacks"]),
        ini_case("no type", "[default]\naccess_key_id = x\n").says(&["needs a non-empty `type`"]),
        ini_case("access_key without secret", "[default]\ntype = access_key\naccess_key_id = LTAI-x\n")
            .says(&["needs a non-empty `access_key_secret`"]),
        ini_case("secret with a tab inside", format!("[default]\ntype = access_key\naccess_key_id = LTAI-x\naccess_key_secret = ab\t{SECRET_SENTINEL}\n"))
            .says(&["`access_key_secret` of section [default]", "contains a tab"]),
        ini_case("secret with a CR inside", format!("[default]\ntype = access_key\naccess_key_id = LTAI-x\naccess_key_secret = ab\r{SECRET_SENTINEL}\n"))
            .says(&["contains a carriage return"]),
        ini_case("role ARN with a tab inside", format!("[default]\ntype = ram_role_arn\naccess_key_id = LTAI-x\naccess_key_secret = {SECRET_SENTINEL}\nrole_arn = acs:ram::1:role/\tr\nrole_session_name = s\n"))
            .says(&["`role_arn` of section [default]", "contains a tab"]),
        ini_case("unsupported type", "[default]\ntype = rsa_key_pair\n").says(&["has type `rsa_key_pair`"]),
        case("variable naming a missing file", "ini_profile")
            .fallbacks(Fallbacks::None)
            .var(CREDENTIALS_FILE_VAR, "{home}/elsewhere.ini")
            .says(&["ALIBABA_CLOUD_CREDENTIALS_FILE names", "elsewhere.ini, which does not exist"]),
    ])
    .await;
}

#[tokio::test]
async fn a_credentials_file_that_is_not_utf8_stops_the_chain() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let path = home.path().join(".alibabacloud").join("credentials");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        b"[default]\ntype = access_key\naccess_key_secret = \xff\xfe\n",
    )
    .unwrap();
    let metadata = Server::start(metadata("role", "STS.other", 3600, true));
    let chain = DefaultCredentialsChain::with_config(
        ChainConfig::new(env(&[]))
            .home(home.path())
            .metadata_base_url(metadata.origin()),
    );
    let error = chain.credentials().await.unwrap_err();
    assert!(
        matches!(&error, CredentialsError::Unusable(failure) if failure.provider == "ini_profile"),
        "{error:?}"
    );
    assert!(error.to_string().contains("is not UTF-8 text"), "{error}");
    assert_eq!(metadata.count(), 0);
}

#[tokio::test]
async fn a_malformed_credentials_uri_or_role_name_stops_the_chain() {
    let uri = |name, value: &str| {
        case(name, "credentials_uri")
            .fallbacks(Fallbacks::None)
            .var(ECS_METADATA_DISABLED_VAR, "true")
            .var(CREDENTIALS_URI_VAR, value.to_owned())
            .says(&[
                "ALIBABA_CLOUD_CREDENTIALS_URI is set but is not an absolute http or https URL",
            ])
    };
    check_all(vec![
        uri("not a URL", "not a url"),
        uri("relative", "/credentials"),
        uri("another scheme", "file:///etc/passwd"),
        uri("no host", "http://"),
        uri("trailing CR", "http://127.0.0.1:1/credentials\r"),
        case("role name with a slash", "ecs_ram_role")
            .fallbacks(Fallbacks::None)
            .var(ECS_METADATA_VAR, "role/../../latest")
            .says(&["the ECS RAM role name"]),
        case("role name with a LF", "ecs_ram_role")
            .fallbacks(Fallbacks::None)
            .var(ECS_METADATA_VAR, "role\n")
            .says(&["the ECS RAM role name"]),
    ])
    .await;
}

#[tokio::test]
async fn absent_sources_still_let_the_chain_go_on() {
    let home = home_with(".alibabacloud/credentials", OTHER_INI);
    let metadata = Server::start(metadata("role", "STS.ecs", 3600, true));
    // Empty variables of a whole family are absent (as in credentials-go); so is
    // `ALIBABA_CLOUD_ROLE_ARN` without the OIDC variables, and a CLI configuration that does not
    // exist at its default path.
    let chain = DefaultCredentialsChain::with_config(
        ChainConfig::new(env(&[
            (ACCESS_KEY_ID_VAR, ""),
            (ACCESS_KEY_SECRET_VAR, ""),
            ("ALICLOUD_ACCESS_KEY", ""),
            (ROLE_ARN_VAR, "acs:ram::1:role/r"),
        ]))
        .home(home.path())
        .metadata_base_url(metadata.origin()),
    );
    let credentials = chain.credentials().await.unwrap();
    assert_eq!(credentials.access_key_id(), "LTAI-other-ini");
    assert_eq!(chain.selected(), Some("ini_profile"));
    assert!(
        credentials
            .source()
            .unwrap()
            .starts_with("credentials file "),
        "{:?}",
        credentials.source()
    );
    assert!(
        credentials
            .source()
            .unwrap()
            .ends_with("section [default] (type access_key)")
    );
    assert_eq!(metadata.count(), 0);
}
