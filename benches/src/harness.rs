//! Timing with warm-up, many samples and medians, two candidates interleaved so that a change in
//! machine load moves both alike.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// How long and how often to measure.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Time spent running each candidate before measuring.
    pub warm_up: Duration,
    /// Samples per candidate; the median is reported.
    pub samples: usize,
    /// The target duration of one sample (iterations are batched to reach it).
    pub sample_time: Duration,
    /// For throughput: rounds per candidate, alternating.
    pub rounds: usize,
    /// For throughput: the length of one round.
    pub round_time: Duration,
    /// Only the benchmarks whose name contains this text (the first argument not starting with
    /// `--`), when given.
    pub filter: Option<String>,
}

impl Settings {
    /// The full run.
    pub fn full() -> Settings {
        Settings {
            warm_up: Duration::from_millis(500),
            samples: 51,
            sample_time: Duration::from_millis(20),
            rounds: 5,
            round_time: Duration::from_millis(1500),
            filter: None,
        }
    }

    /// A few iterations of everything: proves the suite builds and runs.
    pub fn smoke() -> Settings {
        Settings {
            warm_up: Duration::from_millis(5),
            samples: 3,
            sample_time: Duration::from_millis(1),
            rounds: 1,
            round_time: Duration::from_millis(100),
            filter: None,
        }
    }

    /// `--smoke` among the process arguments selects [`Settings::smoke`].
    pub fn from_args() -> Settings {
        let mut settings = if std::env::args().any(|arg| arg == "--smoke") {
            Settings::smoke()
        } else {
            Settings::full()
        };
        settings.filter = std::env::args().skip(1).find(|arg| !arg.starts_with("--"));
        settings
    }

    /// Whether the benchmark called `name` is to run.
    pub fn wants(&self, name: &str) -> bool {
        self.filter
            .as_ref()
            .is_none_or(|filter| name.contains(filter.as_str()))
    }

    /// Whether these are the smoke settings.
    pub fn is_smoke(&self) -> bool {
        self.samples <= 3
    }
}

/// The distribution of per-iteration times of one candidate.
#[derive(Debug, Clone, Copy)]
pub struct Estimate {
    /// Median time per iteration, in nanoseconds.
    pub median_ns: f64,
    /// First quartile.
    pub q1_ns: f64,
    /// Third quartile.
    pub q3_ns: f64,
}

impl Estimate {
    fn from_samples(mut per_iteration: Vec<f64>) -> Estimate {
        per_iteration.sort_by(f64::total_cmp);
        let at = |q: f64| per_iteration[((per_iteration.len() - 1) as f64 * q).round() as usize];
        Estimate {
            median_ns: at(0.5),
            q1_ns: at(0.25),
            q3_ns: at(0.75),
        }
    }
}

/// Iterations per sample so that one sample lasts about `settings.sample_time`.
fn calibrate<R>(settings: &Settings, run: &mut impl FnMut() -> R) -> u64 {
    let started = Instant::now();
    let mut iterations = 0u64;
    while started.elapsed() < settings.warm_up || iterations == 0 {
        black_box(run());
        iterations += 1;
    }
    let per_iteration = started.elapsed().as_secs_f64() / iterations as f64;
    ((settings.sample_time.as_secs_f64() / per_iteration) as u64).max(1)
}

fn sample<R>(iterations: u64, run: &mut impl FnMut() -> R) -> f64 {
    let started = Instant::now();
    for _ in 0..iterations {
        black_box(run());
    }
    started.elapsed().as_nanos() as f64 / iterations as f64
}

/// Times `ours` and `baseline` side by side: both warmed up, then samples taken alternately (the
/// order flipping each time), medians reported.
pub fn compare<A, B>(
    settings: &Settings,
    mut ours: impl FnMut() -> A,
    mut baseline: impl FnMut() -> B,
) -> (Estimate, Estimate) {
    let ours_iterations = calibrate(settings, &mut ours);
    let baseline_iterations = calibrate(settings, &mut baseline);
    let mut ours_samples = Vec::with_capacity(settings.samples);
    let mut baseline_samples = Vec::with_capacity(settings.samples);
    for index in 0..settings.samples {
        if index % 2 == 0 {
            ours_samples.push(sample(ours_iterations, &mut ours));
            baseline_samples.push(sample(baseline_iterations, &mut baseline));
        } else {
            baseline_samples.push(sample(baseline_iterations, &mut baseline));
            ours_samples.push(sample(ours_iterations, &mut ours));
        }
    }
    (
        Estimate::from_samples(ours_samples),
        Estimate::from_samples(baseline_samples),
    )
}

/// The median of rates (per second) measured in alternating rounds.
pub fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// A duration in nanoseconds, printed with a fitting unit.
pub fn format_ns(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}
