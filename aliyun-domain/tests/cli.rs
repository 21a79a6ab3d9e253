//! The `aliyun-domain` binary run as a process against the Domain emulator: the built-in one
//! (`--emulator`) or one started here (`--endpoint`).

mod support;

use std::time::Duration;

use aliyun_rpc::{Client, Credentials};
use domain_api::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew};
use domain_emulator::{Emulator, EmulatorConfig};
use support::{Cli, Run};

/// The longest any one run may take; the emulator's tasks finish in well under a second.
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// The demo domains expiring within 60 days that are not premium.
const RENEWABLE_WITHIN_60_DAYS: [&str; 5] = [
    "example-shop.com",
    "my-blog.net",
    "demo-一.cn",
    "family-photos.org",
    "startup-idea.io",
];

/// Runs the binary with no credentials in the environment except `env`.
fn run_with_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    Cli::new(args).envs(env).limit(RUN_LIMIT).run()
}

fn run(args: &[&str]) -> Run {
    run_with_env(args, &[])
}

/// `--emulator <options> --output json renew <renewal> --yes`.
fn renew_as_json(options: &[&str], renewal: &[&str]) -> Run {
    let mut args = vec!["--emulator"];
    args.extend_from_slice(options);
    args.extend_from_slice(&["--output", "json", "renew"]);
    args.extend_from_slice(renewal);
    args.push("--yes");
    run(&args)
}

#[test]
fn renewing_what_expires_within_60_days_with_yes_renews_each_domain() {
    let run = run(&["--emulator", "renew", "--expiring-within", "60", "--yes"]);
    assert_eq!(run.code(), 0);
    assert!(run.stdout.starts_with("DOMAIN"), "a table: {}", run.stdout);
    for domain in RENEWABLE_WITHIN_60_DAYS {
        let row = run
            .stdout
            .lines()
            .find(|line| line.starts_with(domain))
            .unwrap_or_else(|| panic!("no row for {domain}"));
        assert!(row.contains(" renewed "), "{row}");
    }
    // The premium domain is shown, left out rather than renewed or failed.
    let premium = run.stdout.lines().find(|l| l.starts_with("coffee.shop"));
    assert!(premium.is_some_and(|row| row.contains(" skipped ")));
    assert!(
        run.stdout
            .contains("5 renewed, 0 failed, 0 unknown, 1 skipped")
    );
    assert!(
        run.stderr
            .contains("built-in Domain emulator at http://127.0.0.1:")
    );
}

#[test]
fn renewing_without_yes_refuses_when_stdin_is_not_a_terminal() {
    let run = run(&["--emulator", "renew", "--expiring-within", "60"]);
    assert_eq!(run.code(), 2);
    assert!(run.stderr.contains("pass --yes"), "{}", run.stderr);
    // The plan is shown, and nothing was ordered.
    assert!(run.stderr.contains("Plan: 5 domains, 5 domain-years"));
    assert!(!run.stderr.contains("accepted"));
    assert!(!run.stdout.contains("renewed"));
}

#[test]
fn renewing_one_domain_prints_its_outcome_as_json() {
    let run = renew_as_json(&[], &["example-shop.com", "--years", "2"]);
    assert_eq!(run.code(), 0);
    let json = run.json();
    let outcome = &json["outcomes"][0];
    assert_eq!(outcome["domain"], "example-shop.com");
    assert_eq!(outcome["years"], 2);
    assert_eq!(outcome["result"], "renewed");
    let before = outcome["previous_expiration_ms"].as_i64().unwrap();
    let after = outcome["new_expiration_ms"].as_i64().unwrap();
    assert!(after - before > 700 * 86_400_000, "{before} → {after}");
    assert!(outcome["task_no"].is_string());
    assert_eq!(json["summary"]["renewed"], 1);
    assert_eq!(json["summary"]["all_renewed"], true);
}

#[test]
fn renewing_over_xml_and_signature_v1_works_too() {
    let run = renew_as_json(&["--format", "xml", "--signature", "v1"], &["my-blog.net"]);
    assert_eq!(run.code(), 0);
    assert_eq!(run.json()["outcomes"][0]["result"], "renewed");
}

#[test]
fn renewing_an_unknown_domain_fails_with_status_1() {
    let run = renew_as_json(&[], &["not-in-the-account.com"]);
    assert_eq!(run.code(), 1);
    let json = run.json();
    assert_eq!(json["outcomes"][0]["domain"], "not-in-the-account.com");
    assert_eq!(json["outcomes"][0]["result"], "failed");
    assert!(
        json["outcomes"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("not in this account")
    );
    assert_eq!(json["summary"]["failed"], 1);
}

#[test]
fn listing_shows_every_demo_domain() {
    let run = run(&["--emulator", "list"]);
    assert_eq!(run.code(), 0);
    for domain in RENEWABLE_WITHIN_60_DAYS
        .iter()
        .chain(&["coffee.shop", "long-term-brand.cn"])
    {
        assert!(run.stdout.contains(domain), "{domain} missing");
    }
    assert!(run.stdout.contains("12 domains"));
    // Five days left, shown with a UTC date.
    let row = run
        .stdout
        .lines()
        .find(|l| l.starts_with("example-shop.com"))
        .unwrap();
    assert!(row.split_whitespace().nth(2) == Some("5"), "{row}");
}

#[test]
fn listing_a_window_as_json_gives_the_domains_in_it() {
    let run = run(&[
        "list",
        "--expiring-within",
        "60",
        "--emulator",
        "--output",
        "json",
    ]);
    assert_eq!(run.code(), 0);
    let json = run.json();
    assert_eq!(json["total"], 6);
    let days: Vec<i64> = json["domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["days_left"].as_i64().unwrap())
        .collect();
    assert!(
        days.is_sorted() && days.iter().all(|d| (0..=60).contains(d)),
        "{days:?}"
    );
}

#[test]
fn a_dry_run_prints_signed_requests_and_renews_nothing() {
    let run = run(&[
        "--emulator",
        "--dry-run",
        "renew",
        "--expiring-within",
        "60",
    ]);
    assert_eq!(run.code(), 0);
    assert!(run.stdout.contains("POST http://127.0.0.1:"));
    // The signature is shown redacted: a printed request must not be sendable as it is (it
    // would stay valid for 15 minutes and place the order).
    assert!(
        run.stdout.contains("Signature=** redacted **"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .lines()
            .filter(|line| line.contains("Signature="))
            .all(|line| line.contains("Signature=** redacted **")),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("SaveBatchTaskForCreatingOrderRenew"));
    assert!(run.stdout.contains("Dry run: no order was sent."));
    // No task was accepted, so there is no result table.
    assert!(!run.stderr.contains("accepted"));
    assert!(!run.stdout.contains("NEW EXPIRATION"));
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    for args in [
        &["renew"][..],
        &["renew", "a.com", "--expiring-within", "5"],
        &["renew", "a.com", "--years", "0"],
        &["renew", "a.com", "--batch-size", "0"],
        &["--output", "yaml", "list"],
        &["list", "--expiring-within", "soon"],
        &["--emulator", "--endpoint", "http://127.0.0.1:1/", "list"],
        &["task", "T", "--timeout", "0"],
        &["frobnicate"],
    ] {
        let run = run(args);
        assert_eq!(run.code(), 2, "{args:?}");
        // clap shows the usage, or points at it for a bad value.
        assert!(
            run.stderr.contains("Usage:") || run.stderr.contains("try '--help'"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn bad_input_after_parsing_exits_2_without_a_panic() {
    let credentials = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "id"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"),
    ];
    let bad_endpoint = run_with_env(&["--endpoint", "not a url", "list"], &credentials);
    assert_eq!(bad_endpoint.code(), 2);
    assert!(bad_endpoint.stderr.contains("endpoint"));
    let v3_xml = run(&["--emulator", "--signature", "v3", "--format", "xml", "list"]);
    assert_eq!(v3_xml.code(), 2);
    let unknown_task = run(&["--emulator", "task", "no-such-task"]);
    assert_eq!(unknown_task.code(), 2);
    assert!(unknown_task.stderr.contains("no such task"));
    for run in [bad_endpoint, v3_xml, unknown_task] {
        assert!(!run.stderr.contains("panicked"));
    }
}

#[test]
fn missing_credentials_and_unreachable_endpoints_exit_3() {
    let missing = run(&["--endpoint", "http://127.0.0.1:1/", "list"]);
    assert_eq!(missing.code(), 3);
    assert!(missing.stderr.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    // A port that was free a moment ago: the connection is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let endpoint = format!("http://127.0.0.1:{port}/");
    let unreachable = run_with_env(
        &[
            "--endpoint",
            &endpoint,
            "renew",
            "--expiring-within",
            "60",
            "--yes",
        ],
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "id"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"),
        ],
    );
    assert_eq!(unreachable.code(), 3);
    assert!(unreachable.stderr.contains("cannot plan the renewal"));
}

#[test]
fn help_documents_the_exit_statuses() {
    let run = run(&["--help"]);
    assert_eq!(run.code(), 0);
    for line in [
        "Exit status:",
        "  0  ",
        "  1  ",
        "  2  ",
        "  3  ",
        "--dry-run",
    ] {
        assert!(run.stdout.contains(line), "{line:?} missing");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn task_wait_follows_a_task_of_a_separate_emulator_to_its_end() {
    let emulator = Emulator::start(EmulatorConfig::new().task_step(Duration::from_millis(50)))
        .await
        .unwrap();
    let client = Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new(
            emulator.access_key_id(),
            emulator.access_key_secret(),
        ))
        .build()
        .unwrap();
    let expiration = |name: &str| emulator.domain(name).unwrap().expiration_date_long;
    // One entry with the right date, one with a stale one, which the task refuses.
    let task = client
        .call(&SaveBatchTaskForCreatingOrderRenew::new([
            OrderRenewParam::new("example-shop.com", 1, expiration("example-shop.com")),
            OrderRenewParam::new("my-blog.net", 1, expiration("my-blog.net") - 86_400_000),
        ]))
        .await
        .unwrap();
    let url = emulator.url();
    let id = emulator.access_key_id().to_owned();
    let secret = emulator.access_key_secret().to_owned();
    let run = tokio::task::spawn_blocking(move || {
        run_with_env(
            &["--endpoint", &url, "task", &task.task_no, "--wait"],
            &[
                ("ALIBABA_CLOUD_ACCESS_KEY_ID", &id),
                ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", &secret),
            ],
        )
    })
    .await
    .unwrap();
    assert_eq!(run.code(), 1, "one detail failed");
    let row = |domain: &str| {
        run.stdout
            .lines()
            .find(|l| l.starts_with(domain))
            .unwrap_or_else(|| panic!("no row for {domain}"))
            .to_owned()
    };
    assert!(row("example-shop.com").contains("EXECUTE_SUCCESS"));
    assert!(row("my-blog.net").contains("EXECUTE_FAILURE"));
    assert!(row("my-blog.net").contains("expiration date does not match"));
    assert!(
        run.stdout
            .contains("2 details: 1 succeeded, 1 failed, 0 running")
    );
    assert_eq!(emulator.orders_for("example-shop.com"), 1);
    emulator.shutdown().await.unwrap();
}
