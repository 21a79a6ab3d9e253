//! The command line: global options, the subcommands and their arguments.

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

mod dns;
pub(crate) mod values;

pub use dns::{AddArgs, DeleteArgs, DnsArgs, DnsCommand, RecordArgs, RecordsArgs, UpdateArgs};

/// The exit statuses, shown after the help of the tool and of the commands that change things.
macro_rules! exit_status {
    () => {
        "\
Exit status:
  0  success: every domain was renewed (premium domains left out for want of
     --permit-premium are skipped, not failed), or the command did what it was asked
     (also when a change is declined at the prompt: nothing is ordered or changed)
  1  some renewals failed or their outcome is unknown; with --dry-run, some domains
     would fail; for `task` and `nameservers set --wait`, a detail failed, or the wait
     gave up (at --timeout, or after 900 s) while some still ran
  2  usage or input error: bad arguments, an unknown domain or task, a record type,
     TTL or priority out of range, a change that needs confirmation while stdin is not
     a terminal, `dns` with --emulator; nothing was sent
  3  service or network error: listing failed, credentials missing, endpoint unreachable,
     access denied, a change the service refused, or --timeout passed before the service
     answered
  4  `renew` was interrupted (SIGINT, SIGTERM, SIGHUP or --timeout): the orders already
     placed are named on stderr and kept in the journal; run the same command again"
    };
}

/// Shown after the help of the commands that change something.
const CHANGE_HELP: &str = concat!(
    "Changes are confirmed first: the command shows what it will send and asks, unless --yes is \
given (with no terminal to ask on, it refuses with status 2). --dry-run prints the signed \
request, its signature redacted, and sends nothing.\n\n",
    exit_status!()
);

/// Printed after `--help`: exit statuses and where credentials come from.
const AFTER_HELP: &str = concat!(
    exit_status!(),
    "\n\nCredentials come from the default chain, the first source that is configured:
ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for temporary STS credentials,
ALIBABA_CLOUD_SECURITY_TOKEN; OIDC (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN,
ALIBABA_CLOUD_OIDC_TOKEN_FILE); the aliyun-cli profile ~/.aliyun/config.json;
~/.alibabacloud/credentials; the ECS instance role (off with
ALIBABA_CLOUD_ECS_METADATA_DISABLED=true); ALIBABA_CLOUD_CREDENTIALS_URI. A source that is
configured but broken (a secret with a stray space or carriage return, a missing profile, an
unreadable file) stops the command instead of trying the next, which may be another account's.
Values are used exactly as given. Every command names the source and AccessKey id it uses, on
stderr. With --emulator, the emulator's demo key is used instead.

Renewing costs money and a name-server or record change can take a site off the net: `renew`,
`nameservers set` and `dns add|update|delete` show what they will send and ask first, unless
--yes is given. `dns` commands go to Alibaba Cloud DNS (alidns.aliyuncs.com, or --dns-endpoint),
the others to Domain (domain.aliyuncs.com, or --endpoint)."
);

/// Alibaba Cloud Domain from the command line: list, show and renew domains, change their name
/// servers, follow tasks, manage DNS records.
#[derive(Debug, Parser)]
#[command(name = "aliyun-domain", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// Options that apply to every command.
    #[command(flatten, next_help_heading = "Global options")]
    pub global: GlobalOptions,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after the subcommand.
#[derive(Debug, Args)]
pub struct GlobalOptions {
    /// Send Domain requests (every command but `dns`) to URL instead of domain.aliyuncs.com.
    #[arg(long, global = true, value_name = "URL", conflicts_with = "emulator")]
    pub endpoint: Option<String>,
    /// Send Alibaba Cloud DNS requests (`dns`) to URL instead of alidns.aliyuncs.com; needed by
    /// `dns` whenever --endpoint is given, so that a test endpoint never sends DNS changes to
    /// the real service.
    #[arg(long, global = true, value_name = "URL", conflicts_with = "emulator")]
    pub dns_endpoint: Option<String>,
    /// Start the built-in Domain emulator on 127.0.0.1 (demo domains, demo key) and use it;
    /// it stops when the command ends. It answers Domain only: `dns` refuses it.
    #[arg(long, global = true)]
    pub emulator: bool,
    /// Response format asked of the service.
    #[arg(long, global = true, value_enum, value_name = "FORMAT", default_value_t = WireFormat::Json)]
    pub format: WireFormat,
    /// Signature scheme [default: v3, or v1 with --format xml, since v3 answers JSON only].
    #[arg(long, global = true, value_enum, value_name = "VERSION")]
    pub signature: Option<Signature>,
    /// How results are printed on stdout.
    #[arg(long, global = true, value_enum, value_name = "OUTPUT", default_value_t = Output::Table)]
    pub output: Output,
    /// For the commands that order or change (`renew`, `nameservers set`, `dns add|update|delete`):
    /// print the signed requests and send none (`renew` still sends the reads that plan it).
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// For the commands that order or change: go ahead without showing the plan and asking.
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Bound the whole command to this many seconds, every request and wait included, however
    /// slowly the server answers: reads then stop with status 3, `task --wait`, `task
    /// follow` and `nameservers set --wait` with status 1 and the details last read, `renew` with status 4 and the orders already
    /// placed (without it, a wait on a task gives up after 900 s, and each request after 120 s
    /// at most).
    #[arg(long, global = true, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub timeout: Option<u64>,
    /// Pace requests to the account's quota: once an action is throttled, send it no faster
    /// than the rate learned from the service's answers (every task of the command shares it),
    /// instead of backing off alone after each throttling answer.
    #[arg(long, global = true)]
    pub pace: bool,
}

/// The `Format` parameter sent with each request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WireFormat {
    /// `Format=JSON`.
    Json,
    /// `Format=XML`.
    Xml,
}

/// How requests are signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Signature {
    /// HMAC-SHA1 in the query (`SignatureVersion=1.0`).
    V1,
    /// `ACS3-HMAC-SHA256` in the `Authorization` header.
    V3,
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Output {
    /// Aligned columns and a summary line, for people.
    Table,
    /// One JSON document, for programs; no progress bar.
    Json,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the account's domains (all pages) with expiration date (UTC) and days left.
    List(ListArgs),
    /// Show one domain's details: status, expiration, registrant, name servers, locks.
    Show(ShowArgs),
    /// Renew domains, named or expiring soon, in batches; wait for every task to finish.
    #[command(after_help = exit_status!())]
    Renew(RenewArgs),
    /// Change the name servers a domain is delegated to at its registry.
    #[command(visible_alias = "dns-servers")]
    Nameservers(NameserversArgs),
    /// Show the per-domain details of a task of any kind (all pages), or follow it to its end.
    #[command(after_help = exit_status!())]
    Task(TaskArgs),
    /// List, add, change and remove a domain's records at Alibaba Cloud DNS (Alidns).
    Dns(DnsArgs),
}

impl Command {
    /// Whether the command talks to Alibaba Cloud DNS rather than to Domain.
    pub fn is_dns(&self) -> bool {
        matches!(self, Command::Dns(_))
    }
}

/// Arguments of `list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only domains expiring within DAYS days, or expired in the last 30 (the renewal grace
    /// period): what `renew --expiring-within DAYS` would pick.
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=3650))]
    pub expiring_within: Option<u32>,
}

/// Arguments of `renew`.
#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("selection")
        .required(true)
        .args(["domains", "expiring_within"])
))]
pub struct RenewArgs {
    /// Domains to renew, each read first for its current expiration.
    #[arg(value_name = "DOMAIN")]
    pub domains: Vec<String>,
    /// Renew every domain expiring within DAYS days, and those expired in the last 30.
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=3650))]
    pub expiring_within: Option<u32>,
    /// Years to add to each domain (1 to 10).
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10))]
    pub years: u32,
    /// Pay with this voucher.
    #[arg(long, value_name = "NO")]
    pub coupon: Option<String>,
    /// Apply this promotion.
    #[arg(long, value_name = "NO")]
    pub promotion: Option<String>,
    /// Renew premium domains at their premium price too (otherwise they are left out).
    #[arg(long)]
    pub permit_premium: bool,
    /// Domains per renewal task (1 to 1000).
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub batch_size: u32,
    /// Keep the journal of orders here [default: $ALIYUN_DOMAIN_JOURNAL, else
    /// $XDG_STATE_HOME/aliyun-domain/journal.json, else ~/.local/state/aliyun-domain/journal.json;
    /// none with --emulator]: a run interrupted and run again orders nothing twice.
    #[arg(long, value_name = "PATH")]
    pub journal: Option<std::path::PathBuf>,
    /// For tests against an emulator with a short time-stamp window only: how long an order whose
    /// answer was lost is waited on before it may be sent again [default: 1200, the service's
    /// 15-minute signature validity plus a margin]. Never shorten it against the real service.
    #[arg(long, value_name = "SECONDS", hide = true, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub order_window: Option<u64>,
}

/// Arguments of `show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The domain, as registered in the account.
    #[arg(value_name = "DOMAIN", value_parser = values::domain_name)]
    pub domain: String,
}

/// Arguments of `nameservers`.
#[derive(Debug, Args)]
pub struct NameserversArgs {
    /// What to do with the name servers.
    #[command(subcommand)]
    pub command: NameserversCommand,
}

/// The subcommands of `nameservers`.
#[derive(Debug, Subcommand)]
pub enum NameserversCommand {
    /// Delegate a domain to these name servers (2 to 13), or back to Alibaba Cloud DNS's own.
    #[command(after_help = CHANGE_HELP)]
    Set(SetNameserversArgs),
}

/// Arguments of `nameservers set`.
#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("servers")
        .required(true)
        .args(["name_servers", "aliyun_dns"])
))]
pub struct SetNameserversArgs {
    /// The domain to change.
    #[arg(value_name = "DOMAIN", value_parser = values::domain_name)]
    pub domain: String,
    /// The name servers, host names such as ns1.example.net (2 to 13).
    #[arg(value_name = "NS", value_parser = values::host_name)]
    pub name_servers: Vec<String>,
    /// Use Alibaba Cloud DNS's own name servers instead of naming servers.
    #[arg(long)]
    pub aliyun_dns: bool,
    /// Follow the change's task until it is final, as `task follow` does.
    #[arg(long)]
    pub wait: bool,
}

/// Arguments of `task`: `task TASK_NO [--wait]`, or `task follow TASK_NO`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct TaskArgs {
    /// `follow`.
    #[command(subcommand)]
    pub command: Option<TaskCommand>,
    /// The task number, as `renew` or `nameservers set` printed it.
    #[arg(value_name = "TASK_NO", required = true)]
    pub task_no: Option<String>,
    /// Poll until every detail has succeeded or failed (bounded by --timeout, or 900 s): the
    /// same as `task follow TASK_NO`.
    #[arg(long)]
    pub wait: bool,
}

impl TaskArgs {
    /// The task asked for, and whether to wait for it to end.
    pub fn target(&self) -> (&str, bool) {
        match &self.command {
            Some(TaskCommand::Follow(follow)) => (&follow.task_no, true),
            None => (self.task_no.as_deref().unwrap_or_default(), self.wait),
        }
    }
}

/// The subcommands of `task`.
#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Follow a task of any kind to its end, and print each domain's final state.
    ///
    /// Any task reads the same way: a renewal, a name-server change, a lock, a transfer. It is
    /// read until every domain's part of it has succeeded or failed, with a pause that doubles
    /// between reads up to 10 s, for at most --timeout or 900 s.
    #[command(after_help = exit_status!())]
    Follow(FollowArgs),
}

/// Arguments of `task follow`.
#[derive(Debug, Args)]
pub struct FollowArgs {
    /// The task number, as `renew` or `nameservers set` printed it.
    #[arg(value_name = "TASK_NO", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub task_no: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_go_before_or_after_the_subcommand() {
        let before =
            Cli::try_parse_from(["aliyun-domain", "--emulator", "--output", "json", "list"])
                .unwrap();
        let after =
            Cli::try_parse_from(["aliyun-domain", "list", "--emulator", "--output", "json"])
                .unwrap();
        for cli in [before, after] {
            assert!(cli.global.emulator);
            assert_eq!(cli.global.output, Output::Json);
        }
    }

    #[test]
    fn renew_takes_names_or_a_window_but_not_both() {
        assert!(Cli::try_parse_from(["aliyun-domain", "renew", "a.com", "b.com"]).is_ok());
        assert!(Cli::try_parse_from(["aliyun-domain", "renew", "--expiring-within", "60"]).is_ok());
        assert!(
            Cli::try_parse_from(["aliyun-domain", "renew", "a.com", "--expiring-within", "60"])
                .is_err()
        );
        assert!(Cli::try_parse_from(["aliyun-domain", "renew"]).is_err());
        assert!(Cli::try_parse_from(["aliyun-domain", "renew", "a.com", "--years", "11"]).is_err());
    }

    #[test]
    fn task_takes_a_number_or_follow_and_a_number() {
        let old = Cli::try_parse_from(["aliyun-domain", "task", "T-1", "--wait"]).unwrap();
        let follow = Cli::try_parse_from(["aliyun-domain", "task", "follow", "T-2"]).unwrap();
        let plain = Cli::try_parse_from(["aliyun-domain", "task", "T-3"]).unwrap();
        let targets: Vec<(String, bool)> = [old, follow, plain]
            .iter()
            .map(|cli| match &cli.command {
                Command::Task(args) => {
                    let (task_no, wait) = args.target();
                    (task_no.to_owned(), wait)
                }
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            targets,
            [
                ("T-1".to_owned(), true),
                ("T-2".to_owned(), true),
                ("T-3".to_owned(), false)
            ]
        );
        assert!(Cli::try_parse_from(["aliyun-domain", "task"]).is_err());
        assert!(Cli::try_parse_from(["aliyun-domain", "task", "follow"]).is_err());
    }

    #[test]
    fn nameservers_set_takes_servers_or_aliyun_dns_but_not_both() {
        let set = |args: &[&str]| {
            let mut all = vec!["aliyun-domain", "nameservers", "set", "a.com"];
            all.extend_from_slice(args);
            Cli::try_parse_from(all)
        };
        assert!(set(&["ns1.a.net", "ns2.a.net"]).is_ok());
        assert!(set(&["--aliyun-dns", "--wait"]).is_ok());
        assert!(set(&[]).is_err());
        assert!(set(&["ns1.a.net", "--aliyun-dns"]).is_err());
        assert!(
            Cli::try_parse_from([
                "aliyun-domain",
                "dns-servers",
                "set",
                "a.com",
                "--aliyun-dns"
            ])
            .is_ok()
        );
    }

    #[test]
    fn dns_commands_are_told_apart_from_domain_commands() {
        let dns = Cli::try_parse_from(["aliyun-domain", "dns", "records", "a.com"]).unwrap();
        let show = Cli::try_parse_from(["aliyun-domain", "show", "a.com"]).unwrap();
        assert!(dns.command.is_dns());
        assert!(!show.command.is_dns());
        assert!(
            Cli::try_parse_from([
                "aliyun-domain",
                "--emulator",
                "--dns-endpoint",
                "http://x/",
                "list"
            ])
            .is_err()
        );
    }

    #[test]
    fn endpoint_and_emulator_exclude_each_other() {
        assert!(
            Cli::try_parse_from([
                "aliyun-domain",
                "--emulator",
                "--endpoint",
                "http://x/",
                "list"
            ])
            .is_err()
        );
    }
}
