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
    /// Starts the emulator if asked for, and builds the client.
    pub(crate) async fn open(options: &GlobalOptions) -> Result<Session, Failure> {
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
            if let Some(endpoint) = &options.endpoint {
                builder = builder.endpoint(endpoint.as_str());
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
