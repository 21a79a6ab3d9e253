//! Credentials: an AccessKey pair, optionally with an STS security token, and where they come from.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use crate::secret::Secret;

mod env;

pub use env::{ACCESS_KEY_ID_VAR, ACCESS_KEY_SECRET_VAR, EnvironmentProvider, SECURITY_TOKEN_VAR};

/// An AccessKey id and secret, and the security token of temporary (STS) credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    access_key_secret: Secret,
    security_token: Option<Secret>,
}

impl Credentials {
    /// Long-term AccessKey credentials.
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<Secret>,
    ) -> Credentials {
        Credentials {
            access_key_id: access_key_id.into(),
            access_key_secret: access_key_secret.into(),
            security_token: None,
        }
    }

    /// The same credentials with an STS security token, sent as `SecurityToken`.
    pub fn with_security_token(mut self, token: impl Into<Secret>) -> Credentials {
        self.security_token = Some(token.into());
        self
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

    /// Reads the `ALIBABA_CLOUD_*` environment variables now.
    pub fn from_env() -> Result<Credentials, CredentialsError> {
        EnvironmentProvider::new().load()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &self.access_key_secret)
            .field("security_token", &self.security_token)
            .finish()
    }
}

/// Why no credentials could be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CredentialsError {
    /// A required variable or setting is absent or empty.
    #[error("{0} is not set")]
    Missing(String),
    /// A setting is present but unusable (the message names it, never its value).
    #[error("{0}")]
    Invalid(String),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_the_id_but_not_the_secret_or_token() {
        let credentials =
            Credentials::new("LTAI-id", "SECRET-SENTINEL").with_security_token("TOKEN-SENTINEL");
        let shown = format!("{credentials:?}");
        assert!(shown.contains("LTAI-id"));
        assert!(!shown.contains("SECRET-SENTINEL"));
        assert!(!shown.contains("TOKEN-SENTINEL"));
    }
}
