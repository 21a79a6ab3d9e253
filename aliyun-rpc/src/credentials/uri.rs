//! Credentials served over HTTP by a local agent at `ALIBABA_CLOUD_CREDENTIALS_URI`.

use std::time::Duration;

use super::config::{ChainConfig, Env};
use super::fetch::{describe, http_client, parse_document};
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// The URL to `GET` credentials from.
pub const CREDENTIALS_URI_VAR: &str = "ALIBABA_CLOUD_CREDENTIALS_URI";

/// `GET`s `{"Code":"Success","AccessKeyId","AccessKeySecret","SecurityToken","Expiration"}` from
/// a URL on every call; wrap it in a [`CachedProvider`](super::CachedProvider).
///
/// The credentials are described as `credentials URI` (the URL is not shown: it may carry a
/// token).
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
    ///
    /// Unset or empty, the error is [`CredentialsError::Missing`]; set to anything but an
    /// absolute `http` or `https` URL, it is [`CredentialsError::Invalid`] (naming the
    /// variable, not the value, which may carry a token).
    pub fn from_config(config: &ChainConfig) -> Result<CredentialsUriProvider, CredentialsError> {
        let uri = config
            .env
            .get(CREDENTIALS_URI_VAR)
            .ok_or_else(|| CredentialsError::Missing(CREDENTIALS_URI_VAR.to_owned()))?;
        let invalid = |problem: &str| {
            CredentialsError::Invalid(format!(
                "{CREDENTIALS_URI_VAR} is set but is not an absolute http or https URL ({problem})"
            ))
        };
        if uri.chars().any(|c| !c.is_ascii_graphic()) {
            return Err(invalid(
                "it contains a space, a control character or non-ASCII text",
            ));
        }
        let parsed = reqwest::Url::parse(&uri).map_err(|error| invalid(&error.to_string()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(invalid("its scheme is neither http nor https"));
        }
        if parsed.host_str().is_none_or(str::is_empty) {
            return Err(invalid("it has no host"));
        }
        Ok(CredentialsUriProvider::new(uri))
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
        Ok(parse_document("the credentials URI", &body)?.with_source("credentials URI"))
    }
}

provide_credentials_by!(CredentialsUriProvider, fetch);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_config_needs_the_variable() {
        let empty = ChainConfig::with_vars(&[(CREDENTIALS_URI_VAR, "")]);
        assert_eq!(
            CredentialsUriProvider::from_config(&empty).unwrap_err(),
            CredentialsError::Missing(CREDENTIALS_URI_VAR.to_owned())
        );
        let set = ChainConfig::with_vars(&[(CREDENTIALS_URI_VAR, "http://127.0.0.1:1/c")]);
        assert!(CredentialsUriProvider::from_config(&set).is_ok());
    }
}
