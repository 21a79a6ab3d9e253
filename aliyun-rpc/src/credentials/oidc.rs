//! OIDC (RRSA): a Kubernetes service-account token exchanged for a RAM role's credentials with
//! `AssumeRoleWithOIDC`.

use std::path::PathBuf;

use super::config::{ChainConfig, Env};
use super::sts::{AssumeRoleWithOidc, StsSession, sts_failure};
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
/// The token file is read at each call, since the platform rotates it.
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
    pub fn from_config(config: &ChainConfig) -> Result<OidcProvider, CredentialsError> {
        let env = &config.env;
        let required = |name: &str| {
            env.get(name)
                .ok_or_else(|| CredentialsError::Missing(name.to_owned()))
        };
        let mut builder = OidcProvider::builder(
            required(ROLE_ARN_VAR)?,
            required(OIDC_PROVIDER_ARN_VAR)?,
            required(OIDC_TOKEN_FILE_VAR)?,
        )
        .env(env.clone());
        if let Some(url) = &config.sts_endpoint {
            builder = builder.sts_endpoint(url.clone());
        }
        builder.build()
    }

    /// Reads the token file and calls `AssumeRoleWithOIDC` now.
    pub async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let token = tokio::fs::read_to_string(&self.token_file)
            .await
            .map_err(|error| {
                CredentialsError::Unavailable(format!(
                    "cannot read the OIDC token file {}: {}",
                    self.token_file.display(),
                    error.kind()
                ))
            })?;
        let token = token.trim();
        if token.is_empty() {
            return Err(CredentialsError::Invalid(format!(
                "the OIDC token file {} is empty",
                self.token_file.display()
            )));
        }
        let mut action = AssumeRoleWithOidc::new(
            self.role_arn.clone(),
            self.oidc_provider_arn.clone(),
            token,
            self.session.session_name(),
        );
        action.duration_seconds = Some(self.session.duration_seconds);
        action.policy.clone_from(&self.session.policy);
        let response = self
            .client
            .call_unsigned(&action)
            .await
            .map_err(|error| sts_failure("AssumeRoleWithOIDC", &self.role_arn, error))?;
        response.credentials.into_credentials()
    }
}

impl OidcProviderBuilder {
    /// `RoleSessionName` (default: `ALIBABA_CLOUD_ROLE_SESSION_NAME`, else
    /// `aliyun-rpc-<milliseconds>`).
    pub fn role_session_name(mut self, name: impl Into<String>) -> OidcProviderBuilder {
        self.session.role_session_name = Some(name.into());
        self
    }

    /// `DurationSeconds` (default 3600, at least 900).
    pub fn duration_seconds(mut self, seconds: u32) -> OidcProviderBuilder {
        self.session.duration_seconds = seconds;
        self
    }

    /// `Policy`: narrows the role's permissions.
    pub fn policy(mut self, policy: impl Into<String>) -> OidcProviderBuilder {
        self.session.policy = Some(policy.into());
        self
    }

    /// Calls STS in `region` (`sts.<region>.aliyuncs.com`).
    pub fn sts_region(mut self, region: impl Into<String>) -> OidcProviderBuilder {
        self.session.target.region = Some(region.into());
        self
    }

    /// Calls the VPC endpoint of the region (`sts-vpc.<region>.aliyuncs.com`).
    pub fn vpc_endpoint(mut self, enabled: bool) -> OidcProviderBuilder {
        self.session.target.vpc = Some(enabled);
        self
    }

    /// Calls STS at `url`, whatever the region says.
    pub fn sts_endpoint(mut self, url: impl Into<String>) -> OidcProviderBuilder {
        self.session.target.url = Some(url.into());
        self
    }

    /// Reads `ALIBABA_CLOUD_STS_REGION`, `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED` and
    /// `ALIBABA_CLOUD_ROLE_SESSION_NAME` from `env` (default: the process environment).
    pub fn env(mut self, env: Env) -> OidcProviderBuilder {
        self.session.env = env;
        self
    }

    /// Replaces every shared STS setting at once (how a profile configures the provider).
    pub(crate) fn session(mut self, session: StsSession) -> OidcProviderBuilder {
        self.session = session;
        self
    }

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

impl ProvideCredentials for OidcProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.fetch())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_config_names_the_first_missing_variable() {
        let config = ChainConfig::new(Env::from_pairs([
            (ROLE_ARN_VAR, "acs:ram::1:role/r"),
            (OIDC_TOKEN_FILE_VAR, "/var/run/token"),
        ]));
        let error = OidcProvider::from_config(&config).unwrap_err();
        assert_eq!(
            error,
            CredentialsError::Missing(OIDC_PROVIDER_ARN_VAR.to_owned())
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
