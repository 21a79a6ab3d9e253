//! A 10,000-domain renewal through `domain-emulator`, run in a child process so that the client's
//! and the emulator's CPU time and peak memory are measured apart.
//!
//! `cargo bench -p aliyun-rpc-benches --bench renewal [-- --smoke]` (the smoke run renews 300).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use aliyun_rpc::{Client, Credentials};
use aliyun_rpc_benches::process::{Usage, usage};
use aliyun_rpc_benches::table::{Target, note, row};
use domain_api::workflow::Renewal;

const DAY_MS: i64 = 86_400_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(position) = args.iter().position(|arg| arg == "--serve-emulator") {
        serve(Path::new(&args[position + 1]));
        return;
    }
    let smoke = args.iter().any(|arg| arg == "--smoke");
    let count = if smoke { 300 } else { 10_000 };
    let label = format!("{count}-domain renewal through the emulator");

    // First as `aliyun-domain` runs it, on a current-thread runtime; the peak memory is this
    // run's, as the process's peak only grows.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let current = renew(count, &runtime);
    note(
        &format!("f. {label}: wall time"),
        &format!("{:.2} s", current.wall.as_secs_f64()),
        "",
    );
    row(
        &format!("f. {label}: client CPU time, current-thread runtime (vs the emulator's)"),
        &seconds(current.client_cpu),
        &seconds(current.emulator_cpu),
        ratio(&current),
        Target::Below(1.0),
    );
    note(
        &format!("f. {label}: peak memory, client process (emulator process)"),
        &format!("{:.1} MiB", current.client_peak_kib as f64 / 1024.0),
        &format!("{:.1} MiB", current.emulator_peak_kib as f64 / 1024.0),
    );

    // Then on tokio's default multi-thread runtime, whose idle workers are woken for every
    // connection event: what a library user on `#[tokio::main]` pays.
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let multi = renew(count, &runtime);
    row(
        &format!("f. {label}: client CPU time, multi-thread runtime (vs the emulator's)"),
        &seconds(multi.client_cpu),
        &seconds(multi.emulator_cpu),
        ratio(&multi),
        Target::None,
    );
}

/// What one renewal cost.
struct Outcome {
    wall: Duration,
    client_cpu: Duration,
    emulator_cpu: Duration,
    client_peak_kib: u64,
    emulator_peak_kib: u64,
}

fn seconds(time: Duration) -> String {
    format!("{:.2} s", time.as_secs_f64())
}

fn ratio(outcome: &Outcome) -> f64 {
    outcome.client_cpu.as_secs_f64() / outcome.emulator_cpu.as_secs_f64().max(1e-3)
}

/// Renews `count` domains on a fresh emulator process, the client on `runtime`.
fn renew(count: usize, runtime: &tokio::runtime::Runtime) -> Outcome {
    let seed = write_seed(count);
    let mut child = Command::new(std::env::current_exe().expect("the bench binary"))
        .arg("--serve-emulator")
        .arg(&seed)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the emulator process starts");
    let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
    let url = lines
        .next()
        .expect("the emulator prints its URL")
        .expect("readable");
    let emulator_pid = child.id().to_string();

    let client = Client::builder()
        .endpoint(url.trim())
        .credentials(Credentials::new(
            domain_emulator::DEMO_ACCESS_KEY_ID,
            domain_emulator::DEMO_ACCESS_KEY_SECRET,
        ))
        .build()
        .expect("a client");

    eprintln!("renewal of {count} domains through the emulator");
    let client_before = usage("self").unwrap_or_default();
    let emulator_before = usage(&emulator_pid).unwrap_or_default();
    let started = Instant::now();
    let report = runtime.block_on(async {
        let plan = Renewal::expiring_within(60)
            .years(1)
            .poll_interval(Duration::from_millis(20), Duration::from_millis(200))
            .poll_timeout(Duration::from_secs(600))
            .plan(&client)
            .await
            .expect("the plan is read");
        assert_eq!(plan.entries.len(), count, "every seeded domain is planned");
        plan.execute(&client, &|_| {}).await
    });
    let wall = started.elapsed();
    let client_after = usage("self").unwrap_or_default();
    let emulator_after = usage(&emulator_pid).unwrap_or_default();
    let (renewed, failed, unknown) = report.counts();
    assert_eq!(
        (renewed, failed, unknown),
        (count, 0, 0),
        "every domain is renewed"
    );

    drop(child.stdin.take());
    let _ = child.wait();
    let _ = std::fs::remove_file(&seed);
    Outcome {
        wall,
        client_cpu: cpu(client_before, client_after),
        emulator_cpu: cpu(emulator_before, emulator_after),
        client_peak_kib: client_after.peak_rss_kib,
        emulator_peak_kib: emulator_after.peak_rss_kib,
    }
}

fn cpu(before: Usage, after: Usage) -> Duration {
    after.cpu.saturating_sub(before.cpu)
}

/// Writes `count` domains expiring within the next 50 days as an emulator seed file.
fn write_seed(count: usize) -> PathBuf {
    let now = aliyun_rpc_benches::fixtures::now_ms();
    let now = now - now.rem_euclid(1000);
    let mut json = String::from("[");
    for index in 0..count {
        if index > 0 {
            json.push(',');
        }
        json.push_str(&format!(
            r#"{{"DomainName":"renewal-{index:05}.example.com","RegistrationDateLong":{},"ExpirationDateLong":{}}}"#,
            now - 365 * DAY_MS,
            now + (5 + (index as i64 % 45)) * DAY_MS
        ));
    }
    json.push(']');
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("renewal-seed-{}.json", std::process::id()));
    std::fs::write(&path, json).expect("the seed file is written");
    path
}

/// The child process: the emulator on `seed`, until standard input closes.
fn serve(seed: &Path) {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async {
        let emulator = domain_emulator::Emulator::start(
            domain_emulator::EmulatorConfig::new()
                .seed_file(seed.to_owned())
                .task_step(Duration::from_millis(50)),
        )
        .await
        .expect("the emulator starts");
        let mut stdout = std::io::stdout();
        writeln!(stdout, "{}", emulator.url()).expect("stdout");
        stdout.flush().expect("stdout");
        tokio::task::spawn_blocking(|| {
            let mut sink = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut sink);
        })
        .await
        .expect("stdin is read");
        emulator.shutdown().await.expect("the emulator stops");
    });
}
