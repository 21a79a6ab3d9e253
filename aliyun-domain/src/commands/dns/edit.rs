//! `dns add`, `dns update`, `dns delete`: one record changed by one request, checked, shown
//! (`--dry-run`) or confirmed, then sent once.

use alidns_api::{
    AddDomainRecord, DeleteDomainRecord, RecordChanged, RecordContent, UpdateDomainRecord,
};
use aliyun_rpc::{RpcAction, RpcValue};
use serde_json::{Value, json};

use crate::cli::{AddArgs, DeleteArgs, GlobalOptions, Output, RecordArgs, UpdateArgs};
use crate::commands::change::{Change, Sent};
use crate::commands::{print_json, print_stdout};
use crate::exit::{Failure, SUCCESS};
use crate::session::Session;
use crate::terminal::sanitize;

/// Why a record change is confirmed first.
const RECORD_STAKES: &str = "a record change alters what the domain answers to the whole net";

/// The three changes, each with its question and the word that reports it done.
#[derive(Debug, Clone, Copy)]
enum Edit {
    Add,
    Update,
    Delete,
}

impl Edit {
    fn question(self) -> &'static str {
        match self {
            Edit::Add => "Add the record?",
            Edit::Update => "Change the record?",
            Edit::Delete => "Delete the record?",
        }
    }

    fn done(self) -> &'static str {
        match self {
            Edit::Add => "added",
            Edit::Update => "updated",
            Edit::Delete => "deleted",
        }
    }

    /// Checks, confirms and sends `action`, then prints which record changed.
    async fn apply<A: RpcAction<Response = RecordChanged>>(
        self,
        session: &Session,
        options: &GlobalOptions,
        action: &A,
        summary: String,
        fields: Value,
    ) -> Result<u8, Failure> {
        let change = Change {
            action,
            summary,
            fields,
            question: self.question(),
            stakes: RECORD_STAKES,
        };
        let sent = change.send(session, options).await?;
        Ok(finish(sent, self.done(), options.output))
    }
}

/// `dns add DOMAIN RR TYPE VALUE`.
pub(crate) async fn add(
    session: &Session,
    args: &AddArgs,
    options: &GlobalOptions,
) -> Result<u8, Failure> {
    let action = AddDomainRecord::new(args.domain.as_str(), content(&args.record));
    let summary = format!(
        "add the record {} to {}",
        describe(&args.record),
        args.domain
    );
    let fields = record_fields(&args.record, ("domain", &args.domain));
    Edit::Add
        .apply(session, options, &action, summary, fields)
        .await
}

/// `dns update RECORD_ID RR TYPE VALUE`.
pub(crate) async fn update(
    session: &Session,
    args: &UpdateArgs,
    options: &GlobalOptions,
) -> Result<u8, Failure> {
    let action = UpdateDomainRecord::new(args.record_id.as_str(), content(&args.record));
    let summary = format!(
        "change the record {} to {}",
        args.record_id,
        describe(&args.record)
    );
    let fields = record_fields(&args.record, ("record_id", &args.record_id));
    Edit::Update
        .apply(session, options, &action, summary, fields)
        .await
}

/// `dns delete RECORD_ID`.
pub(crate) async fn delete(
    session: &Session,
    args: &DeleteArgs,
    options: &GlobalOptions,
) -> Result<u8, Failure> {
    let action = DeleteDomainRecord::new(args.record_id.as_str());
    let summary = format!("delete the record {}", args.record_id);
    let fields = json!({ "record_id": args.record_id });
    Edit::Delete
        .apply(session, options, &action, summary, fields)
        .await
}

/// The record's content as the actions send it.
fn content(record: &RecordArgs) -> RecordContent {
    let mut content = RecordContent::new(
        record.rr.as_str(),
        record.record_type,
        record.value.as_str(),
    );
    content.ttl = record.ttl;
    content.priority = record.priority;
    content.line.clone_from(&record.line);
    content
}

/// `www A 192.0.2.1 (TTL 600)`: the record as people read it.
fn describe(record: &RecordArgs) -> String {
    let mut text = format!(
        "{} {} {}",
        record.rr,
        record.record_type.wire_value(),
        record.value
    );
    let extras: Vec<String> = [
        record.ttl.map(|ttl| format!("TTL {ttl}")),
        record
            .priority
            .map(|priority| format!("priority {priority}")),
        record.line.as_ref().map(|line| format!("line {line}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !extras.is_empty() {
        text.push_str(&format!(" ({})", extras.join(", ")));
    }
    text
}

/// The record's content as JSON fields, with the field that names what is changed.
fn record_fields(record: &RecordArgs, (name, value): (&str, &str)) -> Value {
    let mut fields = json!({
        "rr": record.rr,
        "type": record.record_type.wire_value(),
        "value": record.value,
        "ttl": record.ttl,
        "priority": record.priority,
        "line": record.line,
    });
    fields[name] = json!(value);
    fields
}

/// Prints which record the service changed (`done` says how); a change not sent prints
/// nothing more.
fn finish(sent: Sent<RecordChanged>, done: &str, output: Output) -> u8 {
    let Sent::Answer(changed) = sent else {
        return SUCCESS;
    };
    match output {
        Output::Table => print_stdout(&format!("{done} record {}\n", sanitize(&changed.record_id))),
        Output::Json => print_json(&json!({
            "result": done,
            "record_id": changed.record_id,
            "request_id": changed.request_id,
        })),
    }
    SUCCESS
}
