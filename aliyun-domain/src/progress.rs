//! The progress bar shown while renewal tasks run.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::Output;
use crate::terminal;

/// A bar over `total` domains on stderr, or a hidden one when stderr is not a terminal or the
/// output is JSON.
pub(crate) fn task_bar(total: usize, output: Output) -> ProgressBar {
    if output == Output::Json || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(
        Some(u64::try_from(total).unwrap_or(u64::MAX)),
        ProgressDrawTarget::stderr(),
    );
    let style = ProgressStyle::with_template(
        "{spinner} {msg} [{bar:30}] {pos}/{len} domains finished ({elapsed})",
    )
    .map(|style| style.progress_chars("=> "))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message("waiting on tasks");
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// Moves the bar to `finished` of `total`.
pub(crate) fn update(bar: &ProgressBar, finished: usize, total: usize) {
    bar.set_length(u64::try_from(total).unwrap_or(u64::MAX));
    bar.set_position(u64::try_from(finished).unwrap_or(u64::MAX));
}

/// Prints a line on stderr above the bar, made safe for the terminal: notes carry task numbers
/// and reasons from the server.
pub(crate) fn note(bar: &ProgressBar, line: &str) {
    let line = terminal::sanitize(line);
    bar.suspend(|| eprintln!("{line}"));
}
