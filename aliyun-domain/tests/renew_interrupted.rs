//! `renew` interrupted by SIGINT, SIGTERM or SIGHUP right after its first batch was accepted,
//! then run again with the same journal: the interrupted run names the accepted task, and after
//! the re-run every domain has exactly one accepted order and is reported renewed, as the
//! emulator's ledger shows.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use domain_emulator::{Emulator, EmulatorConfig, Faults};
use serde_json::Value;

const DOMAINS: usize = 20;
const DAY_MS: i64 = 86_400_000;
const RUN_LIMIT: Duration = Duration::from_secs(30);

/// An emulator holding 20 domains that all expire within 40 days, answering slowly enough that
/// a signal lands between two batches; time stamps older than 2 s are refused.
async fn emulator(tag: &str, task_step: Duration) -> (Emulator, std::path::PathBuf) {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
        / 1000
        * 1000;
    let domains: Vec<Value> = (0..DOMAINS)
        .map(|i| {
            serde_json::json!({
                "DomainName": format!("{tag}-{i:02}.example"),
                "ExpirationDateLong": now + (10 + i as i64) * DAY_MS,
            })
        })
        .collect();
    let dir = std::env::temp_dir().join(format!(
        "aliyun-domain-interrupted-{tag}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let seed = dir.join("seed.json");
    std::fs::write(&seed, serde_json::to_vec(&domains).unwrap()).unwrap();
    let emulator = Emulator::start(
        EmulatorConfig::new()
            .seed_file(seed)
            .timestamp_window(Duration::from_secs(2))
            .task_step(task_step)
            .faults(Faults {
                latency: Duration::from_millis(50),
                ..Faults::default()
            }),
    )
    .await
    .unwrap();
    (emulator, dir)
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs `renew --expiring-within 60` against the emulator with the journal in `dir`; with
/// `signal`, sends it (by `kill -s`) as soon as the first task is accepted.
fn renew(
    url: &str,
    id: &str,
    secret: &str,
    dir: &std::path::Path,
    signal: Option<&str>,
    extra: &[&str],
) -> Run {
    let journal = dir.join("journal.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_aliyun-domain"))
        .args(extra)
        .args([
            "--endpoint",
            url,
            "--output",
            "json",
            "renew",
            "--expiring-within",
            "60",
            "--batch-size",
            "5",
            "--order-window",
            "2",
            "--yes",
            "--journal",
        ])
        .arg(&journal)
        .env_clear()
        .env("HOME", dir)
        .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", id)
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let pid = child.id();
    let mut stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let stdout = thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let (lines, received) = mpsc::channel();
    let stderr = thread::spawn(move || {
        let mut text = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = lines.send(line.clone());
            text.push_str(&line);
            text.push('\n');
        }
        text
    });
    let deadline = Instant::now() + RUN_LIMIT;
    if let Some(signal) = signal {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match received.recv_timeout(left) {
                Ok(line) if line.contains("accepted") => break,
                Ok(_) => {}
                Err(_) => {
                    let _ = child.kill();
                    panic!("no task was accepted in time");
                }
            }
        }
        let sent = Command::new("kill")
            .args(["-s", signal, &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success());
    }
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            panic!("aliyun-domain ran longer than {RUN_LIMIT:?}");
        }
        thread::sleep(Duration::from_millis(20));
    };
    let run = Run {
        status: status.code().expect("exited, not killed by the signal"),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    };
    eprintln!(
        "[{signal:?}: exit {}]\n{}{}",
        run.status, run.stdout, run.stderr
    );
    run
}

async fn interrupted_then_run_again(signal: &'static str) {
    let tag = signal.to_ascii_lowercase();
    let (emulator, dir) = emulator(&tag, Duration::from_millis(400)).await;
    let (url, id, secret) = (
        emulator.url(),
        emulator.access_key_id().to_owned(),
        emulator.access_key_secret().to_owned(),
    );
    let runs = tokio::task::spawn_blocking(move || {
        let first = renew(&url, &id, &secret, &dir, Some(signal), &[]);
        let second = renew(&url, &id, &secret, &dir, None, &[]);
        let _ = std::fs::remove_dir_all(&dir);
        (first, second)
    });
    let (first, second) = runs.await.unwrap();

    // The interrupted run says so, with a status of its own, and names the accepted task.
    assert_eq!(first.status, 4, "{}", first.stderr);
    assert!(
        first
            .stderr
            .contains(&format!("interrupted by SIG{signal}")),
        "{}",
        first.stderr
    );
    let accepted = first
        .stderr
        .lines()
        .find_map(|line| {
            line.strip_prefix("aliyun-domain: task ")
                .and_then(|rest| rest.split(' ').next())
                .filter(|_| line.contains(" accepted ("))
        })
        .expect("a task accepted")
        .to_owned();
    assert!(
        first
            .stderr
            .contains(&format!("`aliyun-domain task {accepted} --wait`")),
        "{}",
        first.stderr
    );

    check_rerun(&emulator, &tag, &second);
    emulator.shutdown().await.unwrap();
}

/// The re-run orders nothing twice and reports what the ledger shows.
fn check_rerun(emulator: &Emulator, tag: &str, second: &Run) {
    assert_eq!(second.status, 0, "{}", second.stderr);
    let report: Value = serde_json::from_str(&second.stdout).expect("a JSON report");
    // A domain the first run renewed already may no longer expire within 60 days, and so not
    // be listed again; every domain listed is reported as the ledger shows it.
    for outcome in report["outcomes"].as_array().unwrap() {
        let name = outcome["domain"].as_str().unwrap();
        assert_eq!(outcome["result"], "renewed", "{outcome}");
        let before = outcome["previous_expiration_ms"].as_i64().unwrap();
        let now = emulator.domain(name).unwrap().expiration_date_long;
        assert!(now - before >= 365 * DAY_MS, "{name}: the ledger agrees");
    }
    for i in 0..DOMAINS {
        let name = format!("{tag}-{i:02}.example");
        assert_eq!(emulator.orders_for(&name), 1, "{name} ordered exactly once");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigint_then_a_rerun_orders_each_domain_once() {
    interrupted_then_run_again("INT").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_then_a_rerun_orders_each_domain_once() {
    interrupted_then_run_again("TERM").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_then_a_rerun_orders_each_domain_once() {
    interrupted_then_run_again("HUP").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_global_timeout_bounds_renew_like_an_interruption() {
    // Tasks take 3 s; the command may take 2.
    let (emulator, dir) = emulator("timeout", Duration::from_millis(1500)).await;
    let (url, id, secret) = (
        emulator.url(),
        emulator.access_key_id().to_owned(),
        emulator.access_key_secret().to_owned(),
    );
    let runs = tokio::task::spawn_blocking(move || {
        let first = renew(&url, &id, &secret, &dir, None, &["--timeout", "2"]);
        let second = renew(&url, &id, &secret, &dir, None, &[]);
        let _ = std::fs::remove_dir_all(&dir);
        (first, second)
    });
    let (first, second) = runs.await.unwrap();
    assert_eq!(first.status, 4, "{}", first.stderr);
    assert!(
        first.stderr.contains("interrupted by --timeout"),
        "{}",
        first.stderr
    );
    assert!(first.stderr.contains("--wait`"), "{}", first.stderr);
    check_rerun(&emulator, "timeout", &second);
    emulator.shutdown().await.unwrap();
}
