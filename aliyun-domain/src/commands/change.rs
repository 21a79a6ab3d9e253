//! How a command that changes one thing with one request (`nameservers set`, `dns add`, `dns
//! update`, `dns delete`) goes about it: check the request, then print it (`--dry-run`), or ask
//! (unless `--yes`), and only then send it, once.

use aliyun_rpc::RpcAction;
use serde_json::{Value, json};

use super::{print_json, print_stdout};
use crate::cli::{GlobalOptions, Output};
use crate::confirm;
use crate::exit::Failure;
use crate::session::Session;
use crate::terminal::sanitize;

/// One change, described for the dry run and the prompt.
#[derive(Debug)]
pub(crate) struct Change<'a, A> {
    /// The request to send.
    pub(crate) action: &'a A,
    /// What it does, in one line for people: `add record www A 192.0.2.1 to example.com`.
    pub(crate) summary: String,
    /// The same as fields, for `--dry-run --output json`.
    pub(crate) fields: Value,
    /// The question asked before sending: `Add the record?`.
    pub(crate) question: &'static str,
    /// Why it needs an answer, for the refusal when none can be given: `changing the name
    /// servers can take a domain's sites and mail off the net`.
    pub(crate) stakes: &'static str,
}

/// What became of a change.
#[derive(Debug)]
pub(crate) enum Sent<R> {
    /// It was sent, and the service answered this.
    Answer(R),
    /// It was not sent, as asked: a dry run, or declined at the prompt; the command succeeds.
    NotSent,
}

impl<A: RpcAction> Change<'_, A> {
    /// Checks the request's declared rules (a break is a usage error, status 2), then prints it
    /// on `--dry-run` or asks unless `--yes`, and sends it if it may.
    pub(crate) async fn send(
        &self,
        session: &Session,
        options: &GlobalOptions,
    ) -> Result<Sent<A::Response>, Failure> {
        // Signing checks every rule first; the signed request is also what a dry run shows.
        let signed = session
            .client
            .prepare(self.action)
            .await
            .map_err(|error| Failure::from_rpc(&format!("cannot {}", self.summary), &error))?;
        // The summary quotes the user's record values, which may hold any character.
        let summary = sanitize(&self.summary);
        if options.dry_run {
            match options.output {
                Output::Table => print_stdout(&format!(
                    "{summary} (dry run: not sent)\n{signed}\nDry run: nothing was sent.\n"
                )),
                Output::Json => print_json(&json!({
                    "dry_run": true,
                    "action": A::ACTION,
                    "change": self.fields,
                    "request": signed.to_string(),
                })),
            }
            return Ok(Sent::NotSent);
        }
        if options.yes {
            eprintln!("aliyun-domain: {summary}");
        } else {
            eprintln!("aliyun-domain: about to {summary}");
            if !confirm::ask(self.question, self.stakes).await? {
                eprintln!("aliyun-domain: nothing changed");
                return Ok(Sent::NotSent);
            }
        }
        session
            .client
            .call(self.action)
            .await
            .map(Sent::Answer)
            .map_err(|error| {
                let mut failure = Failure::from_rpc(&format!("cannot {}", self.summary), &error);
                // A refusal proves nothing was changed, and `OutcomeUnknown` says so itself.
                let says_so = matches!(
                    error,
                    aliyun_rpc::Error::Service(_) | aliyun_rpc::Error::OutcomeUnknown { .. }
                );
                if !error.request_not_sent() && !says_so {
                    failure.message.push_str(
                        "; the request may have reached the service and made the change: check \
                         before sending it again",
                    );
                }
                failure
            })
    }
}
