//! Hostile paths where the credential chain reads a file: `/dev/zero`, a FIFO, a directory, a
//! huge (sparse) file, a file one byte over the cap, a dangling symbolic link, each as the CLI
//! configuration, the credentials file and the OIDC token file (named by the environment, by a
//! CLI profile and by a credentials-file section). Each must fail at once, naming the path and
//! what it is, and stop the chain (issue 16, item 6).
//!
//! Each case runs on its own thread under a watchdog, so that a read that hangs (a FIFO blocks
//! `open` until a writer appears) fails the case instead of the whole run.

#![cfg(unix)]

mod credentials_support;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use aliyun_rpc::credentials::{
    CONFIG_FILE_VAR, CREDENTIALS_FILE_VAR, ChainConfig, CliProfileProvider, CredentialsError,
    MAX_FILE_BYTES, MAX_TOKEN_FILE_BYTES, OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR,
    ProvideCredentials, ROLE_ARN_VAR,
};
use credentials_support::{
    Reply, Request, Server, TempDir, chain_against, chain_config, env, metadata, sts_success,
};

/// How long a case may take: reading a capped regular file takes milliseconds.
const WATCHDOG: Duration = Duration::from_secs(5);

/// A working credentials file of another account, which a fall-through would use.
const OTHER_INI: &str =
    "[default]\ntype = access_key\naccess_key_id = LTAI-other-ini\naccess_key_secret = s\n";

#[derive(Debug, Clone, Copy)]
enum Hostile {
    DevZero,
    Fifo,
    Directory,
    HugeSparse,
    OneByteOverCap,
    DanglingSymlink,
}

const HOSTILE: [Hostile; 6] = [
    Hostile::DevZero,
    Hostile::Fifo,
    Hostile::Directory,
    Hostile::HugeSparse,
    Hostile::OneByteOverCap,
    Hostile::DanglingSymlink,
];

#[derive(Debug, Clone, Copy)]
enum Target {
    /// `ALIBABA_CLOUD_CONFIG_FILE` names the path.
    CliByVariable,
    /// The path is `~/.aliyun/config.json`.
    CliAtHome,
    /// `ALIBABA_CLOUD_CREDENTIALS_FILE` names the path.
    IniByVariable,
    /// The path is `~/.alibabacloud/credentials`.
    IniAtHome,
    /// `ALIBABA_CLOUD_OIDC_TOKEN_FILE` names the path.
    OidcTokenByVariable,
    /// A CLI profile in mode `OIDC` names it as `oidc_token_file`.
    OidcTokenInCliProfile,
    /// A credentials-file section of type `oidc_role_arn` names it as `oidc_token_file_path`.
    OidcTokenInIniSection,
}

const TARGETS: [Target; 7] = [
    Target::CliByVariable,
    Target::CliAtHome,
    Target::IniByVariable,
    Target::IniAtHome,
    Target::OidcTokenByVariable,
    Target::OidcTokenInCliProfile,
    Target::OidcTokenInIniSection,
];

impl Target {
    fn is_token(self) -> bool {
        matches!(
            self,
            Target::OidcTokenByVariable
                | Target::OidcTokenInCliProfile
                | Target::OidcTokenInIniSection
        )
    }

    fn cap(self) -> u64 {
        if self.is_token() {
            MAX_TOKEN_FILE_BYTES
        } else {
            MAX_FILE_BYTES
        }
    }

    /// The chain link that must stop.
    fn provider(self) -> &'static str {
        match self {
            Target::CliByVariable | Target::CliAtHome | Target::OidcTokenInCliProfile => {
                "cli_profile"
            }
            Target::IniByVariable | Target::IniAtHome | Target::OidcTokenInIniSection => {
                "ini_profile"
            }
            Target::OidcTokenByVariable => "oidc",
        }
    }
}

/// Puts the hostile thing at `at` (`/dev/zero` by a symbolic link).
fn make(hostile: Hostile, at: &Path, cap: u64) {
    std::fs::create_dir_all(at.parent().unwrap()).unwrap();
    match hostile {
        Hostile::DevZero => std::os::unix::fs::symlink("/dev/zero", at).unwrap(),
        Hostile::Fifo => {
            let status = std::process::Command::new("mkfifo")
                .arg(at)
                .status()
                .expect("mkfifo runs");
            assert!(status.success(), "mkfifo {}", at.display());
        }
        Hostile::Directory => std::fs::create_dir_all(at).unwrap(),
        Hostile::HugeSparse => std::fs::File::create(at).unwrap().set_len(4 << 30).unwrap(),
        Hostile::OneByteOverCap => std::fs::write(at, vec![b' '; cap as usize + 1]).unwrap(),
        Hostile::DanglingSymlink => {
            std::os::unix::fs::symlink(at.with_extension("gone"), at).unwrap()
        }
    }
}

/// What the error must say about the path.
fn phrase(hostile: Hostile, cap: u64) -> String {
    match hostile {
        Hostile::DevZero => "is a character device, not a regular file".to_owned(),
        Hostile::Fifo => "is a FIFO, not a regular file".to_owned(),
        Hostile::Directory => "is a directory, not a regular file".to_owned(),
        Hostile::HugeSparse | Hostile::OneByteOverCap => format!("is larger than {cap} bytes"),
        Hostile::DanglingSymlink => {
            "is a symbolic link to something that does not exist".to_owned()
        }
    }
}

async fn check(target: Target, hostile: Hostile) -> Result<(), String> {
    let home = TempDir::new("aliyun-rpc-credentials");
    let metadata = Server::start(metadata("role", "STS.other-ecs", 3600, true));
    let sts = Server::start(|_: &Request| Reply::ok(sts_success("STS.other-sts", 3600)));
    let hostile_path: PathBuf = match target {
        Target::CliAtHome => home.path().join(".aliyun").join("config.json"),
        Target::IniAtHome => home.path().join(".alibabacloud").join("credentials"),
        _ => home.path().join("hostile"),
    };
    make(hostile, &hostile_path, target.cap());
    let path_text = hostile_path.to_str().unwrap().to_owned();
    let mut vars: Vec<(&str, String)> = Vec::new();
    match target {
        Target::CliByVariable => vars.push((CONFIG_FILE_VAR, path_text.clone())),
        Target::IniByVariable => vars.push((CREDENTIALS_FILE_VAR, path_text.clone())),
        Target::OidcTokenByVariable => vars.extend([
            (ROLE_ARN_VAR, "acs:ram::1:role/r".to_owned()),
            (
                OIDC_PROVIDER_ARN_VAR,
                "acs:ram::1:oidc-provider/p".to_owned(),
            ),
            (OIDC_TOKEN_FILE_VAR, path_text.clone()),
        ]),
        Target::OidcTokenInCliProfile => {
            home.write(
                ".aliyun/config.json",
                &serde_json::json!({
                    "current": "rrsa",
                    "profiles": [{
                        "name": "rrsa", "mode": "OIDC", "ram_role_arn": "acs:ram::1:role/r",
                        "oidc_provider_arn": "acs:ram::1:oidc-provider/p",
                        "oidc_token_file": path_text,
                    }]
                })
                .to_string(),
            );
        }
        Target::OidcTokenInIniSection => {
            home.write(
                ".alibabacloud/credentials",
                &format!(
                    "[default]\ntype = oidc_role_arn\nrole_arn = acs:ram::1:role/r\n\
                     oidc_provider_arn = acs:ram::1:oidc-provider/p\n\
                     oidc_token_file_path = {path_text}\nrole_session_name = s\n"
                ),
            );
        }
        Target::CliAtHome | Target::IniAtHome => {}
    }
    if !matches!(
        target,
        Target::IniByVariable | Target::IniAtHome | Target::OidcTokenInIniSection
    ) {
        home.write(".alibabacloud/credentials", OTHER_INI);
    }
    let pairs: Vec<(&str, &str)> = vars.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let chain = chain_against(&pairs, &home, &metadata, &sts);
    let error = match chain.credentials().await {
        Ok(credentials) => {
            return Err(format!(
                "fell through to {} ({:?})",
                credentials.access_key_id(),
                credentials.source()
            ));
        }
        Err(error) => error,
    };
    match &error {
        CredentialsError::Unusable(failure) if failure.provider == target.provider() => {}
        other => {
            return Err(format!(
                "expected {} to stop the chain: {other:?}",
                target.provider()
            ));
        }
    }
    let text = error.to_string();
    let expected = format!("{path_text} {}", phrase(hostile, target.cap()));
    if !text.contains(&expected) {
        return Err(format!("{expected:?} missing from {text:?}"));
    }
    if metadata.count() != 0 || sts.count() != 0 {
        return Err("a later source or STS was asked".to_owned());
    }
    Ok(())
}

/// Runs `work` on its own thread; `None` when it is still running after [`WATCHDOG`] (the
/// thread is left behind: the case has failed).
fn on_watchdog<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    receiver.recv_timeout(WATCHDOG).ok()
}

fn block_on<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

fn run(target: Target, hostile: Hostile) -> Result<(), String> {
    on_watchdog(move || block_on(check(target, hostile)))
        .unwrap_or_else(|| Err(format!("still reading after {WATCHDOG:?}")))
}

#[test]
fn every_hostile_path_fails_at_once_and_stops_the_chain() {
    let mut failures = Vec::new();
    let mut total = 0;
    for target in TARGETS {
        for hostile in HOSTILE {
            total += 1;
            if let Err(failure) = run(target, hostile) {
                failures.push(format!("{target:?} / {hostile:?}: {failure}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_direct_device_path_in_a_variable_is_refused() {
    // `ALIBABA_CLOUD_CONFIG_FILE=/dev/zero` itself, not through a link.
    let error = on_watchdog(|| {
        block_on(async {
            let config = ChainConfig::new(env(&[(CONFIG_FILE_VAR, "/dev/zero")]));
            CliProfileProvider::from_config(&config)
                .provide_credentials()
                .await
        })
    })
    .expect("no hang")
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "the CLI configuration /dev/zero is a character device, not a regular file"
    );
}

#[tokio::test]
async fn a_file_of_exactly_the_cap_is_read() {
    let home = TempDir::new("aliyun-rpc-credentials");
    let mut config = String::from(
        r#"{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_id":"LTAI-cap","access_key_secret":"s"}]}"#,
    );
    config.push_str(&" ".repeat(MAX_FILE_BYTES as usize - config.len()));
    home.write(".aliyun/config.json", &config);
    let credentials = CliProfileProvider::from_config(&chain_config(&home, &[]))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.access_key_id(), "LTAI-cap");
}
