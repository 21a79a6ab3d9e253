//! What every command runs with: the client, the embedded emulator if asked for, and how often
//! tasks are polled.

use std::time::Duration;

use tokio::time::Instant;

use aliyun_rpc::{Client, Credentials, Format, SignatureVersion};
use domain_emulator::{Emulator, EmulatorConfig};

use crate::cli::{GlobalOptions, Signature, WireFormat};
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
        if let Some(signature) = options.signature {
            builder = builder.signature_version(match signature {
                Signature::V1 => SignatureVersion::V1,
                Signature::V3 => SignatureVersion::V3,
            });
        }
        let emulator = if options.emulator {
            let emulator = Emulator::start(EmulatorConfig::new().task_step(EMULATOR_TASK_STEP))
                .await
                .map_err(|error| {
                    Failure::service(format!("cannot start the built-in emulator: {error}"))
                })?;
            eprintln!(
                "aliyun-domain: using the built-in Domain emulator at {} with its demo domains \
                 and demo key; nothing real is renewed or charged",
                emulator.url()
            );
            builder = builder
                .endpoint(emulator.url())
                .credentials(Credentials::new(
                    emulator.access_key_id(),
                    emulator.access_key_secret(),
                ));
            Some(emulator)
        } else {
            if let Some(endpoint) = &options.endpoint {
                builder = builder.endpoint(endpoint.as_str());
            }
            // Credentials come from the library's default chain (environment, OIDC, CLI
            // profile, credentials file, ECS instance role, credentials URI), read at the first
            // call; when every source fails the error lists each one's reason.
            None
        };
        let client = builder
            .build()
            .map_err(|error| Failure::from_rpc("cannot set up the client", &error))?;
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
