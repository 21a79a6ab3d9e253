//! Credentials served over HTTP by a local agent at `ALIBABA_CLOUD_CREDENTIALS_URI`.

use std::time::Duration;

use super::config::{ChainConfig, Env};
use super::fetch::{describe, http_client, parse_document};
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// The URL to `GET` credentials from.
pub const CREDENTIALS_URI_VAR: &str = "ALIBABA_CLOUD_CREDENTIALS_URI";

/// `GET`s `{"Code":"Success","AccessKeyId","AccessKeySecret","SecurityToken","Expiration"}` from
/// a URL on every call; wrap it in a [`CachedProvider`](super::CachedProvider).
#[derive(Debug, Clone)]
pub struct CredentialsUriProvider {
    uri: String,
    timeout: Duration,
}

impl CredentialsUriProvider {
    /// Fetches from `uri`.
    pub fn new(uri: impl Into<String>) -> CredentialsUriProvider {
        CredentialsUriProvider {
            uri: uri.into(),
            timeout: Duration::from_secs(5),
        }
    }

    /// Fetches from `ALIBABA_CLOUD_CREDENTIALS_URI` of the process environment.
    pub fn from_env() -> Result<CredentialsUriProvider, CredentialsError> {
        CredentialsUriProvider::from_config(&ChainConfig::new(Env::process()))
    }

    /// Fetches from `ALIBABA_CLOUD_CREDENTIALS_URI` of `config`'s environment.
    pub fn from_config(config: &ChainConfig) -> Result<CredentialsUriProvider, CredentialsError> {
        config
            .env
            .get(CREDENTIALS_URI_VAR)
            .map(CredentialsUriProvider::new)
            .ok_or_else(|| CredentialsError::Missing(CREDENTIALS_URI_VAR.to_owned()))
    }

    /// The timeout of each request (default 5 s).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> CredentialsUriProvider {
        self.timeout = timeout;
        self
    }

    /// Asks the URI now.
    pub async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let http = http_client(self.timeout)?;
        let unavailable = |reason: String| {
            CredentialsError::Unavailable(format!("the credentials URI did not answer: {reason}"))
        };
        let response = http
            .get(&self.uri)
            .send()
            .await
            .map_err(|error| unavailable(describe(error)))?;
        let status = response.status();
        if !status.is_success() {
            return Err(unavailable(format!("HTTP {}", status.as_u16())));
        }
        let body = response
            .bytes()
            .await
            .map_err(|error| unavailable(describe(error)))?;
        parse_document("the credentials URI", &body)
    }
}

impl ProvideCredentials for CredentialsUriProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.fetch())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_config_needs_the_variable() {
        let empty = ChainConfig::new(Env::from_pairs([(CREDENTIALS_URI_VAR, "")]));
        assert_eq!(
            CredentialsUriProvider::from_config(&empty).unwrap_err(),
            CredentialsError::Missing(CREDENTIALS_URI_VAR.to_owned())
        );
        let set = ChainConfig::new(Env::from_pairs([(
            CREDENTIALS_URI_VAR,
            "http://127.0.0.1:1/c",
        )]));
        assert!(CredentialsUriProvider::from_config(&set).is_ok());
    }
}
