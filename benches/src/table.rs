//! Rows of the ratio table, printed as Markdown on standard output (progress goes to standard
//! error), so that `scripts/bench.sh` can join the rows of every bench binary under one header.

/// Which way a ratio should go.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    /// Ours / baseline must not exceed this (times, memory).
    AtMost(f64),
    /// Ours / baseline must reach at least this (throughput).
    AtLeast(f64),
    /// Ours / baseline must be below this.
    Below(f64),
    /// Reported, not judged.
    None,
}

impl Target {
    fn describe(self, ratio: f64) -> (String, &'static str) {
        match self {
            Target::AtMost(limit) => (format!("≤ {limit}"), verdict(ratio <= limit)),
            Target::AtLeast(limit) => (format!("≥ {limit}"), verdict(ratio >= limit)),
            Target::Below(limit) => (format!("< {limit}"), verdict(ratio < limit)),
            Target::None => ("—".to_owned(), ""),
        }
    }
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "**missed**" }
}

/// Prints one row.
pub fn row(name: &str, ours: &str, baseline: &str, ratio: f64, target: Target) {
    let (target, verdict) = target.describe(ratio);
    println!("| {name} | {ours} | {baseline} | {ratio:.2} | {target} | {verdict} |");
}

/// Prints a row with no baseline (a figure that is only reported).
pub fn note(name: &str, ours: &str, baseline: &str) {
    println!("| {name} | {ours} | {baseline} | — | — | |");
}
