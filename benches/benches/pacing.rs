//! A renewal job against the emulator's per-action quota: every domain listed, renewed in
//! batches and its task polled to the end, paced (`Pacing::adaptive`), with today's policy
//! (retries with backoff, no pacing) and with no retries (the official SDKs' default).
//!
//! `cargo bench -p aliyun-rpc-benches --bench pacing -- [--smoke] [--domains N] [--rate R]
//! [--burst B] [--paced-only]` (`--paced-only`: the paced run alone, for a long job). The full job is `--domains 10000 --rate 10`: the poll phase reads each
//! domain back, so it takes about 10,000 / 10 = 1,000 s per run (three runs: about 40 minutes);
//! the default is 500 domains at 10 requests/s (about 2 minutes), the smoke run 60 at 100.
//!
//! The quota-limited optimum is the time the job's busiest action needs at the quota once its
//! burst is spent: (its admitted requests − burst) / rate. No order of the job's requests can
//! finish sooner, so "optimum / wall time" is a lower bound of how close the job comes.

use std::time::{Duration, Instant};

use aliyun_rpc::{Client, Credentials, Pacing, RetryPolicy};
use aliyun_rpc_benches::table::{Target, note, row};
use domain_api::workflow::Renewal;
use domain_emulator::{Emulator, EmulatorConfig, Quota};

/// One way of running the job.
#[derive(Clone, Copy)]
enum Policy {
    Paced,
    Today,
    NoRetries,
}

impl Policy {
    fn describe(self) -> &'static str {
        match self {
            Policy::Paced => "paced",
            Policy::Today => "today's policy (retries with backoff, no pacing)",
            Policy::NoRetries => "no retries (the official SDKs' default)",
        }
    }
}

/// What one run of the job gave.
struct Run {
    wall: Duration,
    optimum: Duration,
    admitted: u64,
    refused: u64,
    renewed: usize,
}

impl Run {
    fn throttled_share(&self) -> f64 {
        self.refused as f64 / (self.admitted + self.refused).max(1) as f64
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let smoke = args.iter().any(|arg| arg == "--smoke");
    let value = |name: &str, default: f64| {
        args.iter()
            .position(|arg| arg == name)
            .and_then(|position| args.get(position + 1))
            .map_or(default, |text| text.parse().expect("a number"))
    };
    let domains = value("--domains", if smoke { 60.0 } else { 500.0 }) as usize;
    let rate = value("--rate", if smoke { 100.0 } else { 10.0 });
    let burst = value("--burst", 10.0) as u32;
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let label =
        format!("h. {domains} domains listed, renewed and polled at {rate} requests/s per action");
    let paced = runtime.block_on(job(domains, rate, burst, Policy::Paced));
    if args.iter().any(|arg| arg == "--paced-only") {
        report_paced(&label, &paced);
        return;
    }
    let today = runtime.block_on(job(domains, rate, burst, Policy::Today));
    let none = runtime.block_on(job(domains, rate, burst, Policy::NoRetries));
    for (policy, run) in [(Policy::Paced, &paced), (Policy::Today, &today)] {
        row(
            &format!(
                "{label}, {}: quota-limited optimum / wall time",
                policy.describe()
            ),
            &format!("{:.1} s", run.wall.as_secs_f64()),
            &format!("{:.1} s", run.optimum.as_secs_f64()),
            run.optimum.as_secs_f64() / run.wall.as_secs_f64(),
            match policy {
                Policy::Paced => Target::AtLeast(0.9),
                _ => Target::None,
            },
        );
    }
    row(
        &format!("{label}: throttled share of requests, paced (vs today's policy)"),
        &percent(paced.throttled_share()),
        &percent(today.throttled_share()),
        paced.throttled_share() / today.throttled_share().max(1e-9),
        Target::None,
    );
    report_share(&label, &paced);
    note(
        &format!("{label}: domains renewed, paced / today's / no retries (of {domains})"),
        &format!("{} / {} / {}", paced.renewed, today.renewed, none.renewed),
        &format!(
            "no retries: {:.1} s, {} of {} requests throttled",
            none.wall.as_secs_f64(),
            none.refused,
            none.admitted + none.refused
        ),
    );
}

/// The paced run's rows, for `--paced-only`.
fn report_paced(label: &str, paced: &Run) {
    row(
        &format!("{label}, paced: quota-limited optimum / wall time"),
        &format!("{:.1} s", paced.wall.as_secs_f64()),
        &format!("{:.1} s", paced.optimum.as_secs_f64()),
        paced.optimum.as_secs_f64() / paced.wall.as_secs_f64(),
        Target::AtLeast(0.9),
    );
    report_share(label, paced);
    note(
        &format!("{label}: domains renewed, paced"),
        &paced.renewed.to_string(),
        "",
    );
}

/// The paced run's throttled share against its 2 % target.
fn report_share(label: &str, paced: &Run) {
    let verdict = if paced.throttled_share() <= 0.02 {
        "met"
    } else {
        "**missed**"
    };
    println!(
        "| {label}: throttled share of requests, paced | {} | — | — | ≤ 2 % | {verdict} |",
        percent(paced.throttled_share())
    );
}

fn percent(share: f64) -> String {
    format!("{:.1} %", share * 100.0)
}

/// Runs the whole job once on a fresh emulator with the quota.
async fn job(domains: usize, rate: f64, burst: u32, policy: Policy) -> Run {
    let seed = aliyun_rpc_benches::seed::expiring_domains(
        domains,
        "paced",
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")),
    );
    let quota = Quota::new().per_action(rate, burst);
    let emulator = Emulator::start(
        EmulatorConfig::new()
            .seed_file(seed.clone())
            .quota(quota.clone())
            .task_step(Duration::from_millis(50)),
    )
    .await
    .expect("the emulator starts");
    let (pacing, retry) = match policy {
        Policy::Paced => (Pacing::adaptive(), RetryPolicy::default()),
        Policy::Today => (Pacing::off(), RetryPolicy::default()),
        Policy::NoRetries => (Pacing::off(), RetryPolicy::disabled()),
    };
    let client = Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new(
            emulator.access_key_id(),
            emulator.access_key_secret(),
        ))
        .pacing(pacing)
        .retry_policy(retry)
        // A paced call may wait for its slot behind many others: no call is cut short here.
        .operation_timeout(Duration::from_secs(3600))
        .build()
        .expect("a client");
    eprintln!("pacing bench: {domains} domains, {}", policy.describe());
    let started = Instant::now();
    let renewed = match Renewal::expiring_within(60)
        .years(1)
        .poll_interval(Duration::from_millis(50), Duration::from_millis(500))
        .poll_timeout(Duration::from_secs(7200))
        .plan(&client)
        .await
    {
        Ok(plan) => plan.execute(&client, &|_| {}).await.counts().0,
        Err(error) => {
            eprintln!("pacing bench: the plan failed: {error}");
            0
        }
    };
    let wall = started.elapsed();
    let busiest = quota
        .counts_by_action()
        .into_iter()
        .map(|(_, admitted, _)| admitted)
        .max()
        .unwrap_or(0);
    let optimum = Duration::from_secs_f64(busiest.saturating_sub(u64::from(burst)) as f64 / rate);
    let run = Run {
        wall,
        optimum,
        admitted: quota.admitted(),
        refused: quota.refused(),
        renewed,
    };
    emulator.shutdown().await.expect("the emulator stops");
    let _ = std::fs::remove_file(seed);
    run
}
