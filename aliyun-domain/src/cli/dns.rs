//! The arguments of `dns`: a domain's records at Alibaba Cloud DNS (Alidns), listed, added,
//! changed and removed.

use alidns_api::RecordType;
use clap::{Args, Subcommand};

use super::values;

/// Arguments of `dns`.
#[derive(Debug, Args)]
pub struct DnsArgs {
    /// What to do with the records.
    #[command(subcommand)]
    pub command: DnsCommand,
}

/// The subcommands of `dns`.
#[derive(Debug, Subcommand)]
pub enum DnsCommand {
    /// List a domain's records (all pages), optionally only those of one type or host.
    Records(RecordsArgs),
    /// Add a record to a domain hosted at Alibaba Cloud DNS.
    #[command(after_help = super::CHANGE_HELP)]
    Add(AddArgs),
    /// Replace what a record answers (its host, type and value, TTL, priority, line).
    #[command(after_help = super::CHANGE_HELP)]
    Update(UpdateArgs),
    /// Remove a record.
    #[command(after_help = super::CHANGE_HELP)]
    Delete(DeleteArgs),
}

/// Arguments of `dns records`.
#[derive(Debug, Args)]
pub struct RecordsArgs {
    /// The domain, as hosted at Alibaba Cloud DNS.
    #[arg(value_name = "DOMAIN", value_parser = values::domain_name)]
    pub domain: String,
    /// Only records of this type (A, AAAA, CNAME, MX, TXT, NS, SRV, CAA, REDIRECT_URL,
    /// FORWARD_URL; any case).
    #[arg(long = "type", value_name = "TYPE", value_parser = values::record_type)]
    pub record_type: Option<RecordType>,
    /// Only records whose host (`www`, `@`) contains TEXT, ignoring case.
    #[arg(long, value_name = "TEXT")]
    pub rr: Option<String>,
    /// Only records whose value contains TEXT, ignoring case.
    #[arg(long, value_name = "TEXT")]
    pub value: Option<String>,
}

/// Arguments of `dns add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The domain to add the record to.
    #[arg(value_name = "DOMAIN", value_parser = values::domain_name)]
    pub domain: String,
    /// What the record answers.
    #[command(flatten)]
    pub record: RecordArgs,
}

/// Arguments of `dns update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The record, as `dns records` shows its id.
    #[arg(value_name = "RECORD_ID", value_parser = values::record_id)]
    pub record_id: String,
    /// What the record answers from now on.
    #[command(flatten)]
    pub record: RecordArgs,
}

/// Arguments of `dns delete`.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The record, as `dns records` shows its id.
    #[arg(value_name = "RECORD_ID", value_parser = values::record_id)]
    pub record_id: String,
}

/// A record's content, as `dns add` and `dns update` take it.
#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The host: `@` for the domain itself, `www`, `*` for a wildcard.
    #[arg(value_name = "RR", value_parser = values::non_empty)]
    pub rr: String,
    /// The record type (A, AAAA, CNAME, MX, TXT, NS, SRV, CAA, REDIRECT_URL, FORWARD_URL; any
    /// case).
    #[arg(value_name = "TYPE", value_parser = values::record_type)]
    pub record_type: RecordType,
    /// The address, name or text the record answers with.
    #[arg(value_name = "VALUE", value_parser = values::non_empty)]
    pub value: String,
    /// Seconds resolvers may cache the answer, 1 to 86400 [default: the service's, 600; the
    /// domain's edition sets the smallest it accepts].
    #[arg(long, value_name = "SECONDS", allow_negative_numbers = true)]
    pub ttl: Option<i64>,
    /// An MX record's priority, 0 to 65535 (lower is preferred; the service needs it for MX).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub priority: Option<i64>,
    /// The resolution line [default: `default`].
    #[arg(long, value_name = "LINE")]
    pub line: Option<String>,
}
