//! `dns`: a domain's records at Alibaba Cloud DNS (Alidns), read with the generic page stream
//! and changed one request at a time, each confirmed first.

mod edit;
mod records;

pub(crate) use records::run as records;

use crate::cli::{DnsCommand, GlobalOptions};
use crate::exit::Failure;
use crate::session::Session;

/// Carries out a `dns` subcommand that changes a record (`records` is [`records`]).
pub(crate) async fn change(
    session: &Session,
    command: &DnsCommand,
    options: &GlobalOptions,
) -> Result<u8, Failure> {
    match command {
        DnsCommand::Records(args) => records(session, args, options.output).await,
        DnsCommand::Add(add) => edit::add(session, add, options).await,
        DnsCommand::Update(update) => edit::update(session, update, options).await,
        DnsCommand::Delete(delete) => edit::delete(session, delete, options).await,
    }
}
