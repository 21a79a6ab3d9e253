//! Sends one `SaveBatchTaskForCreatingOrderRenew` and prints its `TaskNo` and `RequestId`.
//!
//! ```text
//! cargo run -p domain-api --example renew -- [--endpoint URL] [--format json|xml] \
//!     [--signature v1|v3] [--coupon NO] [--promotion NO] [--dry-run] DOMAIN:YEARS:EXPIRATION_MS...
//! ```
//!
//! Credentials come from `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and
//! (for temporary credentials) `ALIBABA_CLOUD_SECURITY_TOKEN`. Exit status: 0 when the task was
//! accepted, 1 when the service or the network refused it, 2 for bad arguments or input.

use std::process::ExitCode;

use aliyun_rpc::{Client, Credentials, Error, Format, SignatureVersion};
use clap::{Parser, ValueEnum};
use domain_api::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew};

/// Renew domains with one SaveBatchTaskForCreatingOrderRenew call.
#[derive(Debug, Parser)]
#[command(name = "renew", after_help = EXIT_CODES)]
struct Args {
    /// Send to this endpoint instead of https://domain.aliyuncs.com/.
    #[arg(long, value_name = "URL")]
    endpoint: Option<String>,
    /// The response format to ask for.
    #[arg(long, value_enum, default_value_t = FormatArg::Json)]
    format: FormatArg,
    /// The signature scheme (default: v3, or v1 with `--format xml`, which only v1 can ask for).
    #[arg(long, value_enum)]
    signature: Option<SignatureArg>,
    /// Pay with this voucher (sets UseCoupon and CouponNo).
    #[arg(long, value_name = "NO")]
    coupon: Option<String>,
    /// Apply this promotion (sets UsePromotion and PromotionNo).
    #[arg(long, value_name = "NO")]
    promotion: Option<String>,
    /// Print the signed request (method, URL, headers, body) and send nothing.
    #[arg(long)]
    dry_run: bool,
    /// The domains to renew: name, years (1-10) and current expiration in ms since the epoch.
    #[arg(value_name = "DOMAIN:YEARS:EXPIRATION_MS", required = true, value_parser = parse_entry)]
    entries: Vec<OrderRenewParam>,
}

const EXIT_CODES: &str = "Exit status: 0 task accepted, 1 refused by the service or the network, 2 bad arguments or input.";

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SignatureArg {
    V1,
    V3,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Json,
    Xml,
}

/// Parses `DOMAIN:YEARS:EXPIRATION_MS`.
fn parse_entry(text: &str) -> Result<OrderRenewParam, String> {
    let mut parts = text.rsplitn(3, ':');
    let (Some(expiration), Some(years), Some(domain)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err("expected DOMAIN:YEARS:EXPIRATION_MS, e.g. example.com:1:1767225600000".into());
    };
    let years = years
        .parse::<u32>()
        .map_err(|_| format!("YEARS must be a whole number of years, not `{years}`"))?;
    let expiration = expiration.parse::<i64>().map_err(|_| {
        format!("EXPIRATION_MS must be milliseconds since the epoch, not `{expiration}`")
    })?;
    Ok(OrderRenewParam::new(domain, years, expiration))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    let mut request = SaveBatchTaskForCreatingOrderRenew::new(args.entries);
    if let Some(coupon) = args.coupon {
        request = request.with_coupon(coupon);
    }
    if let Some(promotion) = args.promotion {
        request = request.with_promotion(promotion);
    }

    let mut builder = Client::builder().format(match args.format {
        FormatArg::Json => Format::Json,
        FormatArg::Xml => Format::Xml,
    });
    if let Some(signature) = args.signature {
        builder = builder.signature_version(match signature {
            SignatureArg::V1 => SignatureVersion::V1,
            SignatureArg::V3 => SignatureVersion::V3,
        });
    }
    if let Some(endpoint) = &args.endpoint {
        builder = builder.endpoint(endpoint);
    }
    if args.dry_run {
        // A dry run only shows what would be sent, so it works without an account.
        match Credentials::from_env() {
            Ok(credentials) => builder = builder.credentials(credentials),
            Err(reason) => {
                eprintln!(
                    "note: {reason}; signing with the placeholder AccessKey `dry-run-id` for display"
                );
                builder = builder.credentials(Credentials::new("dry-run-id", "dry-run-secret"));
            }
        }
    }
    let client = match builder.build() {
        Ok(client) => client,
        Err(error) => return fail(&error),
    };

    if args.dry_run {
        return match client.prepare(&request).await {
            Ok(signed) => {
                print!("{signed}");
                ExitCode::SUCCESS
            }
            Err(error) => fail(&error),
        };
    }
    match client.call(&request).await {
        Ok(task) => {
            println!("TaskNo: {}", task.task_no);
            println!("RequestId: {}", task.request_id);
            ExitCode::SUCCESS
        }
        Err(error) => fail(&error),
    }
}

/// Reports `error` on stderr and picks the exit status.
fn fail(error: &Error) -> ExitCode {
    match error {
        Error::Service(service) => {
            eprintln!("error: the service refused {}", service.action());
            eprintln!("  code:       {}", service.code());
            eprintln!("  message:    {}", service.message());
            eprintln!("  request id: {}", service.request_id().unwrap_or("(none)"));
            if let Some(mismatch) = service.signature_mismatch() {
                eprintln!("  diagnosis:  {mismatch}");
            }
            ExitCode::from(1)
        }
        Error::InvalidRequest { problems, .. } => {
            eprintln!("error: nothing was sent, the request is invalid:");
            for problem in problems {
                eprintln!("  - {problem}");
            }
            ExitCode::from(2)
        }
        Error::Config(_) | Error::Credentials(_) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
        other => {
            eprintln!("error: {other}");
            ExitCode::from(1)
        }
    }
}
