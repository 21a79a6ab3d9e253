//! `domain-emulator`: run the emulated Domain API on loopback until Ctrl-C or SIGTERM.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use domain_emulator::{Emulator, EmulatorConfig, Faults};

/// A local Alibaba Cloud Domain (2018-01-29) endpoint for tests and demos.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// JSON file with the account's domains (instead of the demo domains).
    #[arg(long = "seed", value_name = "FILE")]
    seed: Option<PathBuf>,
    /// State file: loaded on start if present, saved after every change and on exit.
    #[arg(long = "state", value_name = "FILE")]
    state: Option<PathBuf>,
    /// Share of requests answered with `Throttling.User`, unprocessed.
    #[arg(long, default_value_t = 0.0, value_parser = rate)]
    throttle_rate: f64,
    /// Share of requests failing with 500 `InternalError` (unprocessed) or 503
    /// `ServiceUnavailable` (processed), half each.
    #[arg(long, default_value_t = 0.0, value_parser = rate)]
    error_rate: f64,
    /// Share of connections closed without a response, before processing.
    #[arg(long, default_value_t = 0.0, value_parser = rate)]
    drop_rate: f64,
    /// Share of connections closed without a response, after processing.
    #[arg(long, default_value_t = 0.0, value_parser = rate)]
    drop_after_processing_rate: f64,
    /// Delay added before every answer, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Seed of the fault generator.
    #[arg(long, default_value_t = 0)]
    fault_seed: u64,
    /// Duration of each task stage, in milliseconds.
    #[arg(long, default_value_t = 200)]
    task_step_ms: u64,
    /// Time a client has to send a request's head, and then its body, in milliseconds; an idle
    /// or stalled connection is closed after it (0: no limit).
    #[arg(long, default_value_t = 10_000)]
    header_timeout_ms: u64,
    /// Do not serve the control endpoints under /_emulator/ (health, reset, calls, clock, faults).
    #[arg(long)]
    no_admin: bool,
    #[command(flatten)]
    quota: domain_emulator::QuotaFlags,
}

fn rate(text: &str) -> Result<f64, String> {
    let value: f64 = text.parse().map_err(|e| format!("{e}"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err("a rate between 0 and 1 is expected".to_owned())
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Args::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // The message alone (not the `io::Error` debug form): it says what to do, e.g. that
            // another emulator holds the state file.
            eprintln!("domain-emulator: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> std::io::Result<()> {
    let mut config = EmulatorConfig::new()
        .port(args.port)
        .task_step(Duration::from_millis(args.task_step_ms))
        .header_timeout(Duration::from_millis(args.header_timeout_ms))
        .admin_endpoints(!args.no_admin)
        .quota(args.quota.quota())
        .faults(Faults {
            throttle_rate: args.throttle_rate,
            server_error_rate: args.error_rate,
            latency: Duration::from_millis(args.latency_ms),
            drop_rate: args.drop_rate,
            drop_after_processing_rate: args.drop_after_processing_rate,
            seed: args.fault_seed,
            ..Faults::default()
        });
    if let Some(seed) = args.seed {
        config = config.seed_file(seed);
    }
    if let Some(state) = args.state {
        config = config.state_file(state);
    }
    let emulator = Emulator::start(config).await?;
    println!("domain-emulator listening on {}", emulator.url());
    println!("AccessKeyId: {}", emulator.access_key_id());
    println!("AccessKeySecret: {}", emulator.access_key_secret());
    wait_for_stop_signal().await?;
    emulator.shutdown().await?;
    println!("domain-emulator stopped");
    Ok(())
}

#[cfg(unix)]
async fn wait_for_stop_signal() -> std::io::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate())?;
    tokio::select! {
        result = tokio::signal::ctrl_c() => result,
        _ = terminate.recv() => Ok(()),
    }
}

#[cfg(not(unix))]
async fn wait_for_stop_signal() -> std::io::Result<()> {
    tokio::signal::ctrl_c().await
}
