//! Asking before a command orders or changes something: on the terminal, never on a pipe.

use std::io::{BufRead, IsTerminal, Write};

use crate::exit::Failure;

/// Whether the user agrees to what `question` asks (`Renew? [y/N]`): only `y` or `yes`, in any
/// case, agrees. When stdin is not a terminal nobody can answer, and the command refuses with a
/// usage error that says how to go ahead (`doing` names what needs the answer).
pub(crate) async fn ask(question: &str, doing: &str) -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(format!(
            "{doing} and stdin is not a terminal to confirm on; pass --yes to go ahead without \
             asking (or --dry-run to see the requests without sending them)"
        )));
    }
    eprint!("{question} [y/N] ");
    let _ = std::io::stderr().flush();
    let answer = tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map(|_| line)
    })
    .await;
    Ok(matches!(
        answer,
        Ok(Ok(line)) if matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes")
    ))
}
