//! `dns records`: every record of a domain, over all pages (`DescribeDomainRecords`).

use alidns_api::{DescribeDomainRecords, Record, RecordSearchMode};
use futures_util::TryStreamExt;
use serde_json::json;

use crate::cli::{Output, RecordsArgs};
use crate::commands::{print_json, print_stdout};
use crate::exit::{Failure, SUCCESS};
use crate::report::count;
use crate::session::Session;
use crate::table::Table;

/// Reads every page and prints the records, by host then type.
pub(crate) async fn run(
    session: &Session,
    args: &RecordsArgs,
    output: Output,
) -> Result<u8, Failure> {
    let mut records: Vec<Record> = session
        .client
        .items(request(args))
        .try_collect()
        .await
        .map_err(|error| {
            Failure::from_rpc(
                &format!("cannot list the records of {}", args.domain),
                &error,
            )
        })?;
    records.sort_by(|a, b| {
        (&a.rr, &a.r#type, &a.value, &a.record_id).cmp(&(&b.rr, &b.r#type, &b.value, &b.record_id))
    });
    match output {
        Output::Table => print_stdout(&text(&args.domain, &records)),
        Output::Json => print_json(&json!({
            "domain": args.domain,
            "records": records.iter().map(|r| json!({
                "record_id": r.record_id,
                "rr": r.rr,
                "type": r.r#type,
                "value": r.value,
                "ttl": r.ttl,
                "priority": r.priority,
                "line": r.line,
                "status": r.status,
                "locked": r.locked,
                "weight": r.weight,
                "remark": r.remark,
            })).collect::<Vec<_>>(),
            "total": records.len(),
        })),
    }
    Ok(SUCCESS)
}

/// The first page's request: the filters, in the search mode that applies them.
fn request(args: &RecordsArgs) -> DescribeDomainRecords {
    let mut request = DescribeDomainRecords::new(args.domain.as_str());
    request.r#type = args.record_type;
    request.rr_key_word.clone_from(&args.rr);
    request.value_key_word.clone_from(&args.value);
    // The separate filters (type, host, value) apply only in the advanced search mode.
    if args.record_type.is_some() || args.rr.is_some() || args.value.is_some() {
        request.search_mode = Some(RecordSearchMode::Advanced);
    }
    request
}

/// The records as a table, and how many there are.
fn text(domain: &str, records: &[Record]) -> String {
    let mut table =
        Table::new(["RECORD ID", "RR", "TYPE", "VALUE", "TTL", "LINE", "STATUS"]).align_right(4);
    for record in records {
        let mut value = record.value.clone();
        if let Some(priority) = record.priority.filter(|_| record.r#type == "MX") {
            value = format!("{priority} {value}");
        }
        table.push_row([
            record.record_id.clone(),
            record.rr.clone(),
            record.r#type.clone(),
            value,
            record
                .ttl
                .map_or_else(|| "-".to_owned(), |ttl| ttl.to_string()),
            record.line.clone().unwrap_or_default(),
            record.status.clone().unwrap_or_default(),
        ]);
    }
    format!("{table}\n{} of {domain}\n", count(records.len(), "record"))
}
