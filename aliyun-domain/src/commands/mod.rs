//! One module per subcommand.

mod change;
pub(crate) mod dns;
pub(crate) mod list;
pub(crate) mod nameservers;
pub(crate) mod renew;
pub(crate) mod show;
pub(crate) mod task;

use std::io::Write;

use crate::terminal;

/// Writes `text` to stdout; a closed pipe (`| head`) is not an error worth a panic.
pub(crate) fn print_stdout(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// Writes a JSON document and a newline to stdout: every string exactly as the server sent it,
/// with the characters a terminal must not see raw written as `\uXXXX` escapes.
pub(crate) fn print_json(value: &serde_json::Value) {
    let text = terminal::json_text(value);
    print_stdout(&format!("{text}\n"));
}
