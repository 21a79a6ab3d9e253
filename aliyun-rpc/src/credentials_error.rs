//! Why no credentials could be had: the error every credential source gives.
//!
//! It lives apart from the sources so that the crate's [`Error`](crate::Error), which wraps it,
//! depends on this type alone and not on the sources (which call STS through the client).

use std::fmt;

use crate::joined::joined;

/// Why no credentials could be had. Messages name variables, files, keys and modes, never a
/// secret value.
///
/// [`Missing`](Self::Missing), [`Disabled`](Self::Disabled) and
/// [`NotConfigured`](Self::NotConfigured) say a source is absent, and a chain goes on to the
/// next one; every other variant says the source is there but unusable, and a chain stops
/// ([`Unusable`](Self::Unusable)).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CredentialsError {
    /// A variable or setting that would configure the source is unset or empty.
    #[error("{0} is not set")]
    Missing(String),
    /// The source is not set up on this machine: no file at its default path, no metadata
    /// service answering.
    #[error("{0}")]
    NotConfigured(String),
    /// A setting is present but unusable (the message names it, never its value).
    #[error("{0}")]
    Invalid(String),
    /// The source is switched off (the message names the switch, e.g.
    /// `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`).
    #[error("disabled by {0}")]
    Disabled(String),
    /// A profile asks for a kind of credentials this crate does not implement.
    #[error("{0}")]
    Unsupported(String),
    /// The source could not be reached or answered with an error (no file, a metadata or STS
    /// failure, an unexpected answer).
    #[error("{0}")]
    Unavailable(String),
    /// Every source of a chain failed; each one's reason, in the order tried.
    #[error("no credentials found: {}", joined(.0))]
    Exhausted(Vec<ProviderFailure>),
    /// A source of a chain is configured but unusable, so the chain stopped there: a later
    /// source might hold another account's keys.
    #[error(
        "the {} credential source is configured but unusable, so no later source was tried: {}",
        .0.provider,
        .0.error
    )]
    Unusable(Box<ProviderFailure>),
}

impl CredentialsError {
    /// Whether the source that failed is simply absent (unset, switched off, not set up here),
    /// so that a chain may try its next source. `false` means the source is configured but
    /// unusable, and a chain must stop rather than fall through to other credentials.
    pub fn source_is_absent(&self) -> bool {
        matches!(
            self,
            CredentialsError::Missing(_)
                | CredentialsError::Disabled(_)
                | CredentialsError::NotConfigured(_)
        )
    }
}

/// One source's failure, as reported by [`CredentialsError::Exhausted`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderFailure {
    /// The source's name (`environment`, `oidc`, `cli_profile`, `ini_profile`, `ecs_ram_role`,
    /// `credentials_uri`).
    pub provider: &'static str,
    /// Why it had no credentials.
    pub error: CredentialsError,
}

impl fmt::Display for ProviderFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.provider, self.error)
    }
}
