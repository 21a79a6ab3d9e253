//! How an emulator is set up: listening port, credentials, data files, task speed and faults.

use std::path::PathBuf;
use std::time::Duration;

use crate::faults::Faults;
use crate::server::Emulator;
use crate::state::DomainRecord;

/// AccessKey id that every emulator accepts unless [`EmulatorConfig::credentials`] replaces it.
pub const DEMO_ACCESS_KEY_ID: &str = "emulator-demo-id";
/// Secret that goes with [`DEMO_ACCESS_KEY_ID`].
pub const DEMO_ACCESS_KEY_SECRET: &str = "emulator-demo-secret";

/// How long a client may take to send a request's head (and then its body), by default.
const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// One AccessKey pair the emulator accepts, optionally an STS one that must carry its token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    /// The AccessKey id (`AccessKeyId` in V1, `Credential=` in V3).
    pub access_key_id: String,
    /// The AccessKey secret the signature is checked with.
    pub access_key_secret: String,
    /// For STS credentials: the token requests must send as `SecurityToken` (V1) or
    /// `x-acs-security-token` (V3). `None` for a plain AccessKey, which must not send one.
    pub security_token: Option<String>,
}

impl std::fmt::Debug for Credential {
    // Secrets stay out of logs and test failure output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &"** redacted **")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Builder-style configuration for [`Emulator::start`](crate::Emulator::start); also what
/// [`Emulator::builder`](crate::Emulator::builder) returns, to be finished with
/// [`EmulatorConfig::start`].
///
/// The account holds, in this order of precedence: the state file's domains when that file
/// exists; else the domains of the seed file, of [`domain`](Self::domain) /
/// [`domains`](Self::domains) and, if asked for, the [demo set](Self::demo_domains); else, when
/// none of those was given, the demo set.
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    pub(crate) port: u16,
    pub(crate) seed_file: Option<PathBuf>,
    pub(crate) domains: Vec<DomainRecord>,
    pub(crate) demo_domains: bool,
    pub(crate) admin_endpoints: bool,
    pub(crate) state_file: Option<PathBuf>,
    pub(crate) credentials: Vec<Credential>,
    pub(crate) faults: Faults,
    pub(crate) task_step: Duration,
    pub(crate) header_timeout: Duration,
    pub(crate) timestamp_window: Duration,
    pub(crate) quota: crate::quota::Quota,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self::new()
    }
}

impl EmulatorConfig {
    /// Demo credentials, the built-in demo domains, no faults, a free port, 200 ms task stages,
    /// a 10 s header timeout.
    pub fn new() -> Self {
        Self {
            port: 0,
            seed_file: None,
            domains: Vec::new(),
            demo_domains: false,
            admin_endpoints: true,
            state_file: None,
            credentials: vec![Credential {
                access_key_id: DEMO_ACCESS_KEY_ID.to_owned(),
                access_key_secret: DEMO_ACCESS_KEY_SECRET.to_owned(),
                security_token: None,
            }],
            faults: Faults::default(),
            task_step: Duration::from_millis(200),
            header_timeout: DEFAULT_HEADER_TIMEOUT,
            timestamp_window: Duration::from_secs(15 * 60),
            quota: crate::quota::Quota::new(),
        }
    }

    /// Listens on `127.0.0.1:port`; `0` picks a free port.
    #[must_use]
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Loads the account's domains from a JSON file (an array of [`DomainRecord`](crate::DomainRecord),
    /// or `{"domains": [...]}`) instead of the demo set. A present state file wins over it.
    #[must_use]
    pub fn seed_file(mut self, path: PathBuf) -> Self {
        self.seed_file = Some(path);
        self
    }

    /// Adds one domain to the account (see the precedence above).
    #[must_use]
    pub fn domain(mut self, domain: DomainRecord) -> Self {
        self.domains.push(domain);
        self
    }

    /// Adds several domains to the account.
    #[must_use]
    pub fn domains(mut self, domains: impl IntoIterator<Item = DomainRecord>) -> Self {
        self.domains.extend(domains);
        self
    }

    /// Adds the built-in demo domains: a dozen names expiring 5 to 400 days after start, one of
    /// them premium (`coffee.shop`) and one an IDN (`demo-一.cn`). They are also the account when
    /// no domain is given at all.
    #[must_use]
    pub fn demo_domains(mut self) -> Self {
        self.demo_domains = true;
        self
    }

    /// Whether the control endpoints under `/_emulator/` are served (they are unless turned off
    /// here); the same controls stay available as methods of [`Emulator`].
    #[must_use]
    pub fn admin_endpoints(mut self, enabled: bool) -> Self {
        self.admin_endpoints = enabled;
        self
    }

    /// Starts an emulator with this configuration: the same as
    /// [`Emulator::start(self)`](Emulator::start).
    pub async fn start(self) -> std::io::Result<Emulator> {
        Emulator::start(self).await
    }

    /// Persists domains, tasks and order counts to this JSON file after every change, and
    /// resumes from it on start when it exists.
    #[must_use]
    pub fn state_file(mut self, path: PathBuf) -> Self {
        self.state_file = Some(path);
        self
    }

    /// Replaces all accepted credentials (the demo pair included) with this one pair.
    #[must_use]
    pub fn credentials(
        mut self,
        access_key_id: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        self.credentials = vec![Credential {
            access_key_id: access_key_id.into(),
            access_key_secret: secret.into(),
            security_token: None,
        }];
        self
    }

    /// Accepts one more credential, e.g. an STS triple with a security token.
    #[must_use]
    pub fn add_credential(mut self, credential: Credential) -> Self {
        self.credentials.push(credential);
        self
    }

    /// Injects faults (throttling, server errors, latency, dropped connections).
    #[must_use]
    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }

    /// How far a request's time stamp may be from the emulator's clock before it is refused as
    /// `InvalidTimeStamp.Expired`: 15 minutes, as the service allows, unless shortened here (a
    /// longer window is cut to 15 minutes). A late-delivered order older than this is refused.
    #[must_use]
    pub fn timestamp_window(mut self, window: Duration) -> Self {
        self.timestamp_window = window;
        self
    }

    /// How long each task stage takes: waiting → executing, and executing → finished.
    #[must_use]
    pub fn task_step(mut self, step: Duration) -> Self {
        self.task_step = step;
        self
    }

    /// How long a client may take to send a request's head, counted from when the emulator
    /// starts waiting for it (on a new connection, or after the previous answer on a kept-alive
    /// one), and then again its body; a connection that takes longer is closed. A client that
    /// stalls half-way, or many of them, thus cannot hold connections open for ever.
    /// 10 s unless set; `Duration::ZERO` turns the limit off.
    #[must_use]
    pub fn header_timeout(mut self, timeout: Duration) -> Self {
        self.header_timeout = timeout;
        self
    }
}
