//! Which credentials the binary acts with: every command names the source and AccessKey id on
//! stderr, and a credential source that is present but malformed stops the command before any
//! request, instead of falling through to a CLI profile of another account (issue 16, item 1).
//!
//! The binary runs as a process against an emulator started here, with a temporary home.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use domain_emulator::{Credential, DomainRecord, Emulator, EmulatorConfig};
use support::{Cli, Run};
use test_support::TempDir;

/// The longest any one run may take.
const RUN_LIMIT: Duration = Duration::from_secs(30);

/// The key the user means to use, given in the environment.
const ENV_ID: &str = "LTAI-env-key";
const ENV_SECRET: &str = "env-secret-SENTINEL";
/// The key of another account, in the CLI profile `~/.aliyun/config.json`.
const OTHER_ID: &str = "LTAI-other-account";
const OTHER_SECRET: &str = "other-secret-SENTINEL";

/// A home whose CLI profile holds the other account's key.
fn home_with_other_accounts_cli_profile() -> TempDir {
    let home = TempDir::new("aliyun-domain-credential-source");
    home.write(
        ".aliyun/config.json",
        &serde_json::json!({
            "current": "default",
            "profiles": [{"name": "default", "mode": "AK",
                          "access_key_id": OTHER_ID, "access_key_secret": OTHER_SECRET}]
        })
        .to_string(),
    );
    home
}

/// An emulator that accepts both the environment's key and the other account's.
async fn emulator() -> Emulator {
    Emulator::start(
        EmulatorConfig::new()
            .credentials(ENV_ID, ENV_SECRET)
            .add_credential(Credential {
                access_key_id: OTHER_ID.to_owned(),
                access_key_secret: OTHER_SECRET.to_owned(),
                security_token: None,
            })
            .task_step(Duration::from_millis(20)),
    )
    .await
    .expect("the emulator starts")
}

/// Runs the binary with only `env` (plus `HOME` and the ECS switch-off) in its environment,
/// stdin not a terminal, killed after [`RUN_LIMIT`].
fn run(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    Cli::new(args).home(home).envs(env).limit(RUN_LIMIT).run()
}

/// Runs the binary off the async threads, so the emulator keeps answering.
async fn run_async(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let home = home.to_owned();
    let args: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let env: Vec<(&str, &str)> = env.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        run(&home, &args, &env)
    })
    .await
    .unwrap()
}

/// A malformed environment: its name, the variables, and what the error must say.
type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

fn renewal_orders(emulator: &Emulator, domains: &[DomainRecord]) -> u32 {
    domains
        .iter()
        .map(|domain| emulator.orders_for(&domain.domain_name))
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_names_the_environment_source_and_its_access_key_id() {
    let emulator = emulator().await;
    let home = home_with_other_accounts_cli_profile();
    let url = emulator.url();
    let env = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", ENV_ID),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", ENV_SECRET),
    ];
    let line = format!(
        "aliyun-domain: credentials: environment (ALIBABA_CLOUD_ACCESS_KEY_ID), AccessKey id \
         {ENV_ID}\n"
    );
    for args in [
        vec!["--endpoint", &url, "--output", "json", "list"],
        vec!["--endpoint", &url, "list"],
        vec![
            "--endpoint",
            &url,
            "renew",
            "--expiring-within",
            "60",
            "--dry-run",
        ],
        vec!["--endpoint", &url, "task", "T-no-such-task"],
    ] {
        let run = run_async(home.path(), &args, &env).await;
        assert!(run.stderr.starts_with(&line), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains(OTHER_ID));
        assert!(!run.stderr.contains("SENTINEL") && !run.stdout.contains("SENTINEL"));
    }
    // stdout stays one JSON document.
    let json = run_async(
        home.path(),
        &["--endpoint", &url, "--output", "json", "list"],
        &env,
    )
    .await;
    assert_eq!(json.code(), 0);
    let document: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON stdout");
    assert!(document["total"].as_u64().unwrap() > 0);
    emulator.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cli_profile_source_names_the_profile_and_file() {
    let emulator = emulator().await;
    let home = home_with_other_accounts_cli_profile();
    let url = emulator.url();
    let run = run_async(home.path(), &["--endpoint", &url, "list"], &[]).await;
    assert_eq!(run.code(), 0, "{}", run.stderr);
    let config = home.path().join(".aliyun").join("config.json");
    assert!(
        run.stderr.starts_with(&format!(
            "aliyun-domain: credentials: CLI profile `default` (mode AK) of {}, AccessKey id \
             {OTHER_ID}\n",
            config.display()
        )),
        "{}",
        run.stderr
    );
    emulator.shutdown().await.unwrap();
}

#[test]
fn the_built_in_emulator_says_it_uses_its_demo_key() {
    let home = TempDir::new("aliyun-domain-credential-source");
    let run = run(
        home.path(),
        &["--emulator", "--output", "json", "list"],
        &[],
    );
    assert_eq!(run.code(), 0);
    assert!(
        run.stderr.contains(&format!(
            "aliyun-domain: credentials: the built-in emulator's demo key, AccessKey id {}\n",
            domain_emulator::DEMO_ACCESS_KEY_ID
        )),
        "{}",
        run.stderr
    );
    serde_json::from_str::<serde_json::Value>(&run.stdout).expect("JSON stdout");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_environment_secret_stops_renew_before_the_other_accounts_profile() {
    let emulator = emulator().await;
    let domains = emulator.domains();
    let home = home_with_other_accounts_cli_profile();
    let url = emulator.url();
    let cr_secret = format!("{ENV_SECRET}\r");
    let space_secret = format!(" {ENV_SECRET}");
    let cases: [Case<'_>; 4] = [
        (
            "secret ending in CR",
            vec![
                ("ALIBABA_CLOUD_ACCESS_KEY_ID", ENV_ID),
                ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", &cr_secret),
            ],
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET ends with a carriage return (U+000D)",
        ),
        (
            "secret starting with a space",
            vec![
                ("ALIBABA_CLOUD_ACCESS_KEY_ID", ENV_ID),
                ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", &space_secret),
            ],
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET starts with a space (U+0020)",
        ),
        (
            "id without secret",
            vec![("ALIBABA_CLOUD_ACCESS_KEY_ID", ENV_ID)],
            "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not",
        ),
        (
            "Terraform secret ending in CR",
            vec![
                ("ALICLOUD_ACCESS_KEY", ENV_ID),
                ("ALICLOUD_SECRET_KEY", &cr_secret),
            ],
            "ALICLOUD_SECRET_KEY ends with a carriage return",
        ),
    ];
    for (name, env, expected) in cases {
        for output in ["table", "json"] {
            let run = run_async(
                home.path(),
                &[
                    "--endpoint",
                    &url,
                    "--output",
                    output,
                    "renew",
                    "--expiring-within",
                    "60",
                    "--yes",
                ],
                &env,
            )
            .await;
            assert_eq!(run.code(), 3, "{name}: {}", run.stderr);
            assert!(run.stderr.contains(expected), "{name}: {}", run.stderr);
            assert!(
                run.stderr
                    .contains("the environment credential source is configured but unusable"),
                "{name}: {}",
                run.stderr
            );
            assert!(!run.stderr.contains(OTHER_ID), "{name}: {}", run.stderr);
            assert!(!run.stderr.contains("SENTINEL"), "{name}: {}", run.stderr);
            assert_eq!(run.stdout, "", "{name}: nothing on stdout");
        }
    }
    // Nothing reached the emulator: no request under any key, no order placed.
    assert_eq!(emulator.request_count(), 0);
    assert_eq!(renewal_orders(&emulator, &domains), 0);
    emulator.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_cli_profile_path_fails_at_once_before_any_request() {
    let emulator = emulator().await;
    let home = TempDir::new("aliyun-domain-credential-source");
    std::fs::create_dir_all(home.path().join(".aliyun")).unwrap();
    let fifo = home.path().join(".aliyun").join("config.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    home.write(
        ".alibabacloud/credentials",
        &format!(
            "[default]\ntype = access_key\naccess_key_id = {OTHER_ID}\naccess_key_secret = {OTHER_SECRET}\n"
        ),
    );
    let url = emulator.url();
    let run = run_async(home.path(), &["--endpoint", &url, "list"], &[]).await;
    assert_eq!(run.code(), 3, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "the CLI configuration {} is a FIFO, not a regular file",
            fifo.display()
        )),
        "{}",
        run.stderr
    );
    let devzero = run_async(
        home.path(),
        &["--endpoint", &url, "list"],
        &[
            ("ALIBABA_CLOUD_CREDENTIALS_FILE", "/dev/zero"),
            ("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true"),
        ],
    )
    .await;
    assert_eq!(devzero.code(), 3, "{}", devzero.stderr);
    assert!(
        devzero
            .stderr
            .contains("the credentials file /dev/zero is a character device, not a regular file"),
        "{}",
        devzero.stderr
    );
    assert_eq!(emulator.request_count(), 0);
    emulator.shutdown().await.unwrap();
}
