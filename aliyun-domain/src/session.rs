//! What every command runs with: the client, the embedded emulator if asked for, and how often
//! tasks are polled.
//!
//! Before anything is sent, the session resolves the credentials and says on stderr which
//! source and AccessKey id the command acts with (never the secret), so that a key of another
//! account cannot go unnoticed; when no usable credentials can be had, the command stops there.

use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use aliyun_rpc::{
    Client, Credentials, CredentialsError, DefaultCredentialsChain, Format, SignatureVersion,
};

use crate::cli::{GlobalOptions, Signature, WireFormat};
use crate::embedded::{self, Emulator};
use crate::exit::Failure;

/// The service a command talks to, which decides its endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Service {
    /// Domain: `--endpoint`, or the built-in emulator, or domain.aliyuncs.com.
    Domain,
    /// Alibaba Cloud DNS: `--dns-endpoint`, or alidns.aliyuncs.com.
    Alidns,
}

/// How long each task stage takes in the embedded emulator: short, so demos and tests are quick.
const EMULATOR_TASK_STEP: Duration = Duration::from_millis(50);

/// The client and its surroundings, for the length of one command.
#[derive(Debug)]
pub(crate) struct Session {
    /// Sends the requests.
    pub(crate) client: Client,
    /// The first pause between task polls.
    pub(crate) poll_initial: Duration,
    /// The longest pause between task polls.
    pub(crate) poll_max: Duration,
    /// When the whole command must have ended (`--timeout`), counted from its start.
    pub(crate) deadline: Option<Instant>,
    emulator: Option<Emulator>,
}

impl Session {
    /// Starts the emulator if asked for, and builds the client for `service`.
    ///
    /// The client sends every action to one endpoint, so a command talks to one service; a
    /// `dns` command refuses the emulator (it answers Domain only) and refuses `--endpoint`
    /// without `--dns-endpoint`, before anything is read or sent.
    pub(crate) async fn open(
        options: &GlobalOptions,
        service: Service,
    ) -> Result<Session, Failure> {
        let endpoint = match service {
            Service::Domain => options.endpoint.as_deref(),
            Service::Alidns => dns_endpoint(options)?,
        };
        let deadline = options
            .timeout
            .map(|seconds| Instant::now() + Duration::from_secs(seconds));
        let mut builder = Client::builder()
            .format(match options.format {
                WireFormat::Json => Format::Json,
                WireFormat::Xml => Format::Xml,
            })
            .user_agent_suffix(concat!("aliyun-domain/", env!("CARGO_PKG_VERSION")));
        // No single call may outlast the whole command: renew, which is not cut off from
        // outside (it must name its orders when it stops), relies on this for each request.
        if let Some(seconds) = options.timeout {
            builder = builder.operation_timeout(
                Duration::from_secs(seconds).min(aliyun_rpc::DEFAULT_OPERATION_TIMEOUT),
            );
        }
        if options.pace {
            builder = builder.pacing(aliyun_rpc::Pacing::adaptive());
        }
        if let Some(signature) = options.signature {
            builder = builder.signature_version(match signature {
                Signature::V1 => SignatureVersion::V1,
                Signature::V3 => SignatureVersion::V3,
            });
        }
        let emulator = if options.emulator {
            let emulator = embedded::start(EMULATOR_TASK_STEP).await?;
            eprintln!(
                "aliyun-domain: using the built-in Domain emulator at {} with its demo domains \
                 and demo key; nothing real is renewed or charged",
                emulator.url()
            );
            let credentials =
                Credentials::new(emulator.access_key_id(), emulator.access_key_secret())
                    .with_source("the built-in emulator's demo key");
            report_credentials(&credentials);
            builder = builder.endpoint(emulator.url()).credentials(credentials);
            Some(emulator)
        } else {
            if let Some(endpoint) = endpoint {
                builder = builder.endpoint(endpoint);
            }
            None
        };
        // Credentials come from the library's default chain (environment, OIDC, CLI profile,
        // credentials file, ECS instance role, credentials URI). The client asks the same chain,
        // which keeps the source found here.
        let chain = emulator
            .is_none()
            .then(|| Arc::new(DefaultCredentialsChain::new()));
        if let Some(chain) = &chain {
            builder = builder.credentials(chain.clone());
        }
        let client = builder
            .build()
            .map_err(|error| Failure::from_rpc("cannot set up the client", &error))?;
        if let Some(chain) = &chain {
            let credentials = resolve_credentials(chain, deadline).await?;
            report_credentials(&credentials);
        }
        let (poll_initial, poll_max) = if emulator.is_some() {
            (Duration::from_millis(100), Duration::from_secs(1))
        } else {
            (Duration::from_secs(1), Duration::from_secs(10))
        };
        Ok(Session {
            client,
            poll_initial,
            poll_max,
            deadline,
            emulator,
        })
    }

    /// Stops the emulator, if one was started.
    pub(crate) async fn close(self) {
        if let Some(emulator) = self.emulator
            && let Err(error) = emulator.shutdown().await
        {
            eprintln!("aliyun-domain: warning: the emulator did not stop cleanly: {error}");
        }
    }
}

/// Where `dns` commands go: `--dns-endpoint`, or Alidns's own host; a usage error with
/// `--emulator`, or with `--endpoint` alone (which points Domain at a test server, and must not
/// leave DNS changes going to the real service unnoticed).
fn dns_endpoint(options: &GlobalOptions) -> Result<Option<&str>, Failure> {
    if options.emulator {
        return Err(Failure::usage(
            "`dns` talks to Alibaba Cloud DNS (Alidns), and the built-in emulator answers Domain \
             only; drop --emulator (and pass --dns-endpoint URL to use a server of your own)",
        ));
    }
    match (&options.endpoint, &options.dns_endpoint) {
        (Some(_), None) => Err(Failure::usage(
            "--endpoint sets where Domain requests go, and `dns` sends to Alibaba Cloud DNS \
             (alidns.aliyuncs.com); pass --dns-endpoint URL for its server too, or drop \
             --endpoint",
        )),
        (_, dns) => Ok(dns.as_deref()),
    }
}

/// The chain's credentials, or the command's failure (status 3) with the chain's reason.
async fn resolve_credentials(
    chain: &DefaultCredentialsChain,
    deadline: Option<Instant>,
) -> Result<Credentials, Failure> {
    let resolved = match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, chain.credentials())
            .await
            .map_err(|_| {
                Failure::service("cannot get credentials: no source answered within --timeout")
            })?,
        None => chain.credentials().await,
    };
    resolved.map_err(|error| {
        let hint = match error {
            // Nothing configured at all: say how to configure something.
            CredentialsError::Exhausted(_) => format!(
                "; set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (or \
                 configure another source of the credential chain){}",
                embedded::OR_TRY_IT
            ),
            _ => String::new(),
        };
        Failure::service(format!("cannot get credentials: {error}{hint}"))
    })
}

/// Says on stderr which credentials the command acts with: the source and the AccessKey id,
/// never the secret or token.
fn report_credentials(credentials: &Credentials) {
    eprintln!("{}", credentials_line(credentials));
}

/// `aliyun-domain: credentials: <source>, AccessKey id <id>`, with any control character
/// (which a path or a server could carry) shown as `?`.
fn credentials_line(credentials: &Credentials) -> String {
    let printable = |text: &str| -> String {
        text.chars()
            .map(|c| if c.is_control() { '?' } else { c })
            .collect()
    };
    format!(
        "aliyun-domain: credentials: {}, AccessKey id {}",
        printable(credentials.source().unwrap_or("given to the client")),
        printable(credentials.access_key_id())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_credentials_line_names_source_and_id_but_not_the_secret() {
        let credentials = Credentials::new("LTAI-id", "SECRET-SENTINEL")
            .with_security_token("TOKEN-SENTINEL")
            .with_source("CLI profile `p\u{1b}[2J` (mode AK) of /home/u/.aliyun/config.json");
        let line = credentials_line(&credentials);
        assert_eq!(
            line,
            "aliyun-domain: credentials: CLI profile `p?[2J` (mode AK) of \
             /home/u/.aliyun/config.json, AccessKey id LTAI-id"
        );
        assert!(!line.contains("SENTINEL"));
    }
}
