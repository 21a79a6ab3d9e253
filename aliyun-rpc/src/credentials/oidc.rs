//! OIDC (RRSA): a Kubernetes service-account token exchanged for a RAM role's credentials with
//! `AssumeRoleWithOIDC`.

use std::path::PathBuf;

use super::config::{ChainConfig, Env};
use super::file::{FileProblem, MAX_TOKEN_FILE_BYTES, read_regular_file};
use super::sts::{AssumeRoleWithOidc, StsSession, assumed, session_settings};
use super::value::check_value;
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::client::Client;

/// The RAM role to assume.
pub const ROLE_ARN_VAR: &str = "ALIBABA_CLOUD_ROLE_ARN";
/// The ARN of the OIDC identity provider.
pub const OIDC_PROVIDER_ARN_VAR: &str = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
/// The file holding the OIDC token (re-read at every refresh: it rotates).
pub const OIDC_TOKEN_FILE_VAR: &str = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";

/// Exchanges the token file's contents for temporary credentials on every call (unsigned
/// `AssumeRoleWithOIDC`); wrap it in a [`CachedProvider`](super::CachedProvider).
///
/// The token file is read at each call, since the platform rotates it, and only when it is a
/// regular file of at most [`MAX_TOKEN_FILE_BYTES`](super::MAX_TOKEN_FILE_BYTES). Its contents
/// are used as they are, as the official SDKs do: a token with a trailing newline or any other
/// character outside printable ASCII is an error naming the file, not a request STS would
/// refuse.
#[derive(Debug)]
pub struct OidcProvider {
    role_arn: String,
    oidc_provider_arn: String,
    token_file: PathBuf,
    session: StsSession,
    client: Client,
}

/// Configures an [`OidcProvider`].
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct OidcProviderBuilder {
    role_arn: String,
    oidc_provider_arn: String,
    token_file: PathBuf,
    session: StsSession,
}

impl OidcProvider {
    /// Assumes `role_arn` with the token in `token_file`, issued by `oidc_provider_arn`.
    pub fn builder(
        role_arn: impl Into<String>,
        oidc_provider_arn: impl Into<String>,
        token_file: impl Into<PathBuf>,
    ) -> OidcProviderBuilder {
        OidcProviderBuilder {
            role_arn: role_arn.into(),
            oidc_provider_arn: oidc_provider_arn.into(),
            token_file: token_file.into(),
            session: StsSession::default(),
        }
    }

    /// Configured from the process environment: `ALIBABA_CLOUD_ROLE_ARN`,
    /// `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and `ALIBABA_CLOUD_OIDC_TOKEN_FILE`, all required.
    pub fn from_env() -> Result<OidcProvider, CredentialsError> {
        OidcProvider::from_config(&ChainConfig::new(Env::process()))
    }

    /// Configured from `config`'s environment and STS endpoint.
    ///
    /// With none of the three variables set the error is [`CredentialsError::Missing`]; with
    /// some but not all, or with a value that is not printable ASCII, it is
    /// [`CredentialsError::Invalid`] naming them.
    pub fn from_config(config: &ChainConfig) -> Result<OidcProvider, CredentialsError> {
        let env = &config.env;
        let names = [ROLE_ARN_VAR, OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR];
        let values = names.map(|name| env.get(name));
        let (set, missing): (Vec<&str>, Vec<&str>) =
            names.iter().partition(|name| env.get(name).is_some());
        if let Some(first_missing) = missing.first() {
            return Err(if set.is_empty() {
                CredentialsError::Missing((*first_missing).to_owned())
            } else {
                let verb = |list: &[&str]| if list.len() == 1 { "is" } else { "are" };
                CredentialsError::Invalid(format!(
                    "{} {} set but {} {} not (or empty): OIDC needs all of {}",
                    set.join(" and "),
                    verb(&set),
                    missing.join(" and "),
                    verb(&missing),
                    names.join(", ")
                ))
            });
        }
        let [role_arn, provider_arn, token_file] = values.map(Option::unwrap_or_default);
        check_value(ROLE_ARN_VAR, &role_arn)?;
        check_value(OIDC_PROVIDER_ARN_VAR, &provider_arn)?;
        let mut builder =
            OidcProvider::builder(role_arn, provider_arn, token_file).env(env.clone());
        if let Some(url) = &config.sts_endpoint {
            builder = builder.sts_endpoint(url.clone());
        }
        builder.build()
    }

    /// Reads the token file and calls `AssumeRoleWithOIDC` now.
    pub async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let token = self.read_token().await?;
        let mut action = AssumeRoleWithOidc::new(
            self.role_arn.clone(),
            self.oidc_provider_arn.clone(),
            token,
            self.session.session_name(),
        );
        action.duration_seconds = Some(self.session.duration_seconds);
        action.policy.clone_from(&self.session.policy);
        let answer = self.client.call_unsigned(&action).await;
        assumed(answer, "AssumeRoleWithOIDC", &self.role_arn).map(|credentials| {
            credentials.with_source(format!(
                "OIDC role `{}` (token file {})",
                self.role_arn,
                self.token_file.display()
            ))
        })
    }

    /// The token file's contents, read off the async threads (it is a file, however small).
    async fn read_token(&self) -> Result<String, CredentialsError> {
        let path = self.token_file.clone();
        let read =
            tokio::task::spawn_blocking(move || read_regular_file(&path, MAX_TOKEN_FILE_BYTES))
                .await
                .unwrap_or(Err(FileProblem::Unreadable(
                    std::io::ErrorKind::Interrupted,
                )));
        let what = format!("the OIDC token file {}", self.token_file.display());
        let bytes =
            read.map_err(|problem| CredentialsError::Invalid(format!("{what} {problem}")))?;
        let token = String::from_utf8(bytes)
            .map_err(|_| CredentialsError::Invalid(format!("{what} is not UTF-8 text")))?;
        check_value(&what, &token)?;
        Ok(token)
    }
}

impl OidcProviderBuilder {
    session_settings!(OidcProviderBuilder);

    /// Checks the settings and builds the provider.
    pub fn build(self) -> Result<OidcProvider, CredentialsError> {
        if self.role_arn.is_empty() {
            return Err(CredentialsError::Missing("RoleArn".to_owned()));
        }
        if self.oidc_provider_arn.is_empty() {
            return Err(CredentialsError::Missing("OIDCProviderArn".to_owned()));
        }
        let (session, client) = self.session.connect(None)?;
        Ok(OidcProvider {
            role_arn: self.role_arn,
            oidc_provider_arn: self.oidc_provider_arn,
            token_file: self.token_file,
            session,
            client,
        })
    }
}

provide_credentials_by!(OidcProvider, fetch);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_config_names_the_missing_variable_and_the_ones_set() {
        let config = ChainConfig::with_vars(&[
            (ROLE_ARN_VAR, "acs:ram::1:role/r"),
            (OIDC_TOKEN_FILE_VAR, "/var/run/token"),
        ]);
        let error = OidcProvider::from_config(&config).unwrap_err();
        assert!(matches!(error, CredentialsError::Invalid(_)));
        assert!(
            error.to_string().starts_with(
                "ALIBABA_CLOUD_ROLE_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are set but \
                 ALIBABA_CLOUD_OIDC_PROVIDER_ARN is not"
            ),
            "{error}"
        );
        let none = OidcProvider::from_config(&ChainConfig::with_vars(&[]));
        assert_eq!(
            none.unwrap_err(),
            CredentialsError::Missing(ROLE_ARN_VAR.to_owned())
        );
    }

    #[tokio::test]
    async fn an_unreadable_token_file_is_named() {
        let provider = OidcProvider::builder("arn", "provider", "/nonexistent/aliyun-rpc/token")
            .sts_endpoint("http://127.0.0.1:9/")
            .build()
            .unwrap();
        let error = provider.fetch().await.unwrap_err();
        assert!(error.to_string().contains("/nonexistent/aliyun-rpc/token"));
    }
}
