//! Credentials: an AccessKey pair, optionally with an STS security token, and where they come from.
//!
//! [`DefaultCredentialsChain`] tries the sources of the official SDKs in their order
//! (`alibaba-rpc-facts.md` §10): the environment, OIDC (RRSA), the CLI's `~/.aliyun/config.json`,
//! the `~/.alibabacloud/credentials` INI file, the ECS instance metadata service and a credentials
//! URI. Each source is also usable on its own; the ones that hand out temporary credentials
//! (STS, metadata, URI) fetch on every call and are meant to be wrapped in a [`CachedProvider`].
//!
//! A source that is not configured at all (a variable unset, no file at the default path) lets
//! the chain try the next one. A source that is configured but unusable (a malformed value, an
//! unreadable file, a profile that does not exist, a failed STS call) stops the chain with an
//! error naming the variable or file: the next source may hold another account's keys, and
//! signing with them silently is how orders end up in the wrong account
//! ([`CredentialsError::source_is_absent`]).
//!
//! Every file the sources read is read with a size cap and only when it is a regular file, so a
//! path naming `/dev/zero`, a FIFO or a directory fails at once with an error saying so.
//!
//! Credentials carry a description of where they came from ([`Credentials::source`]), for
//! tools that tell the user which AccessKey they act with.
//!
//! Secrets stay inside [`Secret`]: no provider, error or log line shows one.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

pub use crate::credentials_error::{CredentialsError, ProviderFailure};
use crate::secret::Secret;

/// `ProvideCredentials` for a provider whose async `$method` gives its credentials: `fetch` for
/// the fetchers (one exchange each time; a [`CachedProvider`] in front keeps the result),
/// `credentials` for the profiles (they pick a source, then ask it) and the chain; with
/// `default`, also `Default` as the provider's `new()` (the process environment).
macro_rules! provide_credentials_by {
    ($provider:ident, $method:ident, default) => {
        impl Default for $provider {
            fn default() -> $provider {
                $provider::new()
            }
        }

        provide_credentials_by!($provider, $method);
    };
    ($provider:ty, $method:ident) => {
        impl ProvideCredentials for $provider {
            fn provide_credentials(&self) -> CredentialsFuture<'_> {
                Box::pin(self.$method())
            }
        }
    };
}

mod cache;
mod chain;
mod config;
mod ecs;
mod env;
mod fetch;
mod file;
mod label;
mod oidc;
mod profile_cli;
mod profile_ini;
mod sts;
mod uri;
mod value;

pub use cache::{CachedProvider, DEFAULT_REFRESH_WINDOW};
pub use chain::DefaultCredentialsChain;
pub use config::{
    ChainConfig, Env, PROFILE_VAR, ROLE_SESSION_NAME_VAR, STS_REGION_VAR, VPC_ENDPOINT_ENABLED_VAR,
};
pub use ecs::{
    DEFAULT_METADATA_BASE_URL, ECS_METADATA_DISABLED_VAR, ECS_METADATA_VAR, EcsRamRoleProvider,
    IMDSV1_DISABLED_VAR, METADATA_TIMEOUT,
};
pub use env::{ACCESS_KEY_ID_VAR, ACCESS_KEY_SECRET_VAR, EnvironmentProvider, SECURITY_TOKEN_VAR};
pub use file::{MAX_FILE_BYTES, MAX_TOKEN_FILE_BYTES};
pub use oidc::{
    OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR, OidcProvider, OidcProviderBuilder, ROLE_ARN_VAR,
};
pub use profile_cli::{CLI_PROFILE_DISABLED_VAR, CONFIG_FILE_VAR, CliProfileProvider};
pub use profile_ini::{CREDENTIALS_FILE_VAR, IniProfileProvider};
pub use sts::{
    AssumeRole, AssumeRoleResponse, AssumeRoleWithOidc, AssumedRoleUser, DEFAULT_DURATION_SECONDS,
    DEFAULT_STS_ENDPOINT, MIN_DURATION_SECONDS, RamRoleArnProvider, RamRoleArnProviderBuilder,
    StsCredentials, sts_endpoint,
};
pub use uri::{CREDENTIALS_URI_VAR, CredentialsUriProvider};

/// An AccessKey id and secret, the security token and expiry of temporary (STS) credentials,
/// and a description of where they came from.
///
/// Equality compares the key material and expiry, not the description.
#[derive(Clone)]
pub struct Credentials {
    // Shared, like the secrets, so that a clone per request copies nothing.
    access_key_id: Arc<str>,
    access_key_secret: Secret,
    security_token: Option<Secret>,
    expiration: Option<SystemTime>,
    source: Option<Arc<str>>,
}

impl PartialEq for Credentials {
    fn eq(&self, other: &Credentials) -> bool {
        self.access_key_id == other.access_key_id
            && self.access_key_secret == other.access_key_secret
            && self.security_token == other.security_token
            && self.expiration == other.expiration
    }
}

impl Eq for Credentials {}

impl Credentials {
    /// Long-term AccessKey credentials.
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<Secret>,
    ) -> Credentials {
        Credentials {
            access_key_id: Arc::from(access_key_id.into()),
            access_key_secret: access_key_secret.into(),
            security_token: None,
            expiration: None,
            source: None,
        }
    }

    /// The same credentials with an STS security token, sent as `SecurityToken`.
    pub fn with_security_token(mut self, token: impl Into<Secret>) -> Credentials {
        self.security_token = Some(token.into());
        self
    }

    /// The same credentials, valid until `expiration` (temporary credentials).
    pub fn with_expiration(mut self, expiration: SystemTime) -> Credentials {
        self.expiration = Some(expiration);
        self
    }

    /// The same credentials, described as coming from `source` (e.g. `environment
    /// (ALIBABA_CLOUD_ACCESS_KEY_ID)`). The description must not hold a secret: tools print it.
    pub fn with_source(mut self, source: impl Into<String>) -> Credentials {
        self.source = Some(Arc::from(source.into()));
        self
    }

    /// Where these credentials came from, as the provider that loaded them describes it: the
    /// variable, file and profile, or the service. `None` for credentials built by hand.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The AccessKey id (not secret: it is sent in every request).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The AccessKey secret.
    pub fn access_key_secret(&self) -> &Secret {
        &self.access_key_secret
    }

    /// The STS security token, if these are temporary credentials.
    pub fn security_token(&self) -> Option<&Secret> {
        self.security_token.as_ref()
    }

    /// When temporary credentials stop working; `None` for long-term ones.
    pub fn expiration(&self) -> Option<SystemTime> {
        self.expiration
    }

    /// Reads the environment variables now (see [`EnvironmentProvider`] for the names).
    pub fn from_env() -> Result<Credentials, CredentialsError> {
        EnvironmentProvider::new().load()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("Credentials");
        out.field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &self.access_key_secret)
            .field("security_token", &self.security_token);
        if let Some(expiration) = self.expiration {
            out.field(
                "expiration",
                &format_args!("{}", humantime::format_rfc3339_seconds(expiration)),
            );
        }
        if let Some(source) = &self.source {
            out.field("source", source);
        }
        out.finish()
    }
}

/// The future a [`ProvideCredentials`] implementation returns.
pub type CredentialsFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// A source of credentials, asked before every request so that temporary credentials can refresh.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// The credentials to sign the next request with.
    fn provide_credentials(&self) -> CredentialsFuture<'_>;
}

impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let credentials = self.clone();
        Box::pin(async move { Ok(credentials) })
    }
}

impl<P: ProvideCredentials + ?Sized> ProvideCredentials for Arc<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        (**self).provide_credentials()
    }
}

impl<P: ProvideCredentials + ?Sized> ProvideCredentials for Box<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        (**self).provide_credentials()
    }
}

/// Asserts that `provider` fails as switched off by `switch` (`NAME=true`), without a request.
#[cfg(test)]
pub(crate) async fn assert_disabled(provider: impl ProvideCredentials, switch: &str) {
    let error = provider.provide_credentials().await.unwrap_err();
    assert_eq!(error, CredentialsError::Disabled(format!("{switch}=true")));
}

/// The provider a file-based source resolved to, resolved once and then reused.
pub(crate) type ResolvedSource = Mutex<Option<Arc<dyn ProvideCredentials>>>;

/// The provider in `slot`, resolving it with `resolve` the first time.
pub(crate) fn resolve_once(
    slot: &ResolvedSource,
    resolve: impl FnOnce() -> Result<Arc<dyn ProvideCredentials>, CredentialsError>,
) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
    let mut resolved = slot.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(source) = &*resolved {
        return Ok(source.clone());
    }
    let source = resolve()?;
    *resolved = Some(source.clone());
    Ok(source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn debug_shows_the_id_but_not_the_secret_or_token() {
        let credentials = Credentials::new("LTAI-id", "SECRET-SENTINEL")
            .with_security_token("TOKEN-SENTINEL")
            .with_expiration(UNIX_EPOCH + Duration::from_secs(1_456_231_584));
        let shown = format!("{credentials:?}");
        assert!(shown.contains("LTAI-id"));
        assert!(shown.contains("2016-02-23T12:46:24Z"));
        assert!(!shown.contains("SECRET-SENTINEL"));
        assert!(!shown.contains("TOKEN-SENTINEL"));
    }

    #[test]
    fn exhausted_lists_every_provider_in_order() {
        let error = CredentialsError::Exhausted(vec![
            ProviderFailure {
                provider: "environment",
                error: CredentialsError::Missing(ACCESS_KEY_ID_VAR.into()),
            },
            ProviderFailure {
                provider: "ecs_ram_role",
                error: CredentialsError::Disabled(format!("{ECS_METADATA_DISABLED_VAR}=true")),
            },
        ]);
        assert_eq!(
            error.to_string(),
            "no credentials found: environment: ALIBABA_CLOUD_ACCESS_KEY_ID is not set; \
             ecs_ram_role: disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true"
        );
    }

    #[tokio::test]
    async fn shared_providers_provide_through_arc_and_box() {
        let shared: Arc<dyn ProvideCredentials> = Arc::new(Credentials::new("id", "s"));
        let boxed: Box<dyn ProvideCredentials> = Box::new(Credentials::new("id2", "s"));
        assert_eq!(
            shared.provide_credentials().await.unwrap().access_key_id(),
            "id"
        );
        assert_eq!(
            boxed.provide_credentials().await.unwrap().access_key_id(),
            "id2"
        );
    }
}
