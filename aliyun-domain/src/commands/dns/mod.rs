//! `dns`: a domain's records at Alibaba Cloud DNS (Alidns), read with the generic page stream
//! and changed one request at a time, each confirmed first.

mod edit;
mod records;

use crate::cli::{DnsArgs, DnsCommand, GlobalOptions};
use crate::exit::Failure;
use crate::session::Session;

/// Carries out a `dns` subcommand.
pub(crate) async fn run(
    session: &Session,
    args: &DnsArgs,
    options: &GlobalOptions,
) -> Result<u8, Failure> {
    match &args.command {
        DnsCommand::Records(records) => records::run(session, records, options.output).await,
        DnsCommand::Add(add) => edit::add(session, add, options).await,
        DnsCommand::Update(update) => edit::update(session, update, options).await,
        DnsCommand::Delete(delete) => edit::delete(session, delete, options).await,
    }
}
