//! The command line: global options, the subcommands and their arguments.

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

/// The exit statuses, shown after the help of the tool and of `renew` and `task`.
macro_rules! exit_status {
    () => {
        "\
Exit status:
  0  success: every domain was renewed (premium domains left out for want of
     --permit-premium are skipped, not failed), or the command did what it was asked
     (also when the renewal is declined at the prompt: nothing is ordered)
  1  some renewals failed or their outcome is unknown; with --dry-run, some domains
     would fail; for `task`, a detail failed or `--wait` gave up (at --timeout, or
     after 900 s) while some still ran
  2  usage or input error: bad arguments, an unknown task, a renewal that needs
     confirmation while stdin is not a terminal
  3  service or network error: listing failed, credentials missing, endpoint unreachable,
     access denied while renewing, or --timeout passed before the service answered (`list`,
     `task`)
  4  `renew` was interrupted (SIGINT, SIGTERM, SIGHUP or --timeout): the orders already
     placed are named on stderr and kept in the journal; run the same command again"
    };
}

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

Renewing costs money: `renew` shows its plan and asks before ordering, unless --yes is given."
);

/// Alibaba Cloud Domain from the command line: list domains, renew them in batches, follow tasks.
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
    /// Send requests to URL instead of domain.aliyuncs.com.
    #[arg(long, global = true, value_name = "URL", conflicts_with = "emulator")]
    pub endpoint: Option<String>,
    /// Start the built-in Domain emulator on 127.0.0.1 (demo domains, demo key) and use it;
    /// it stops when the command ends.
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
    /// For `renew`: read the domains to plan (these reads are sent), print the signed renewal
    /// requests, and send no order.
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// For `renew`: order without showing the plan and asking first.
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Bound the whole command to this many seconds, every request and wait included, however
    /// slowly the server answers: `list` and `task` then stop with status 3, `task --wait`
    /// with status 1 and the details last read, `renew` with status 4 and the orders already
    /// placed (without it, `task --wait` gives up after 900 s, and each request after 120 s at
    /// most).
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
    /// Renew domains, named or expiring soon, in batches; wait for every task to finish.
    #[command(after_help = exit_status!())]
    Renew(RenewArgs),
    /// Show the per-domain details of a task (all pages).
    #[command(after_help = exit_status!())]
    Task(TaskArgs),
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

/// Arguments of `task`.
#[derive(Debug, Args)]
pub struct TaskArgs {
    /// The task number, as `renew` printed it.
    #[arg(value_name = "TASK_NO")]
    pub task_no: String,
    /// Poll until every detail has succeeded or failed (bounded by --timeout, or 900 s).
    #[arg(long)]
    pub wait: bool,
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
