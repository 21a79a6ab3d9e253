//! Temporary credentials of an ECS instance's RAM role, from the instance metadata service.

use std::time::Duration;

use super::config::{ChainConfig, Env};
use super::fetch::{describe, http_client, parse_document};
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// Where the instance metadata service answers.
pub const DEFAULT_METADATA_BASE_URL: &str = "http://100.100.100.200";
/// The RAM role to ask for; discovered from the metadata service when unset.
pub const ECS_METADATA_VAR: &str = "ALIBABA_CLOUD_ECS_METADATA";
/// `true` switches the metadata source off.
pub const ECS_METADATA_DISABLED_VAR: &str = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
/// `true` forbids falling back to IMDSv1 (no session token) when IMDSv2 fails.
pub const IMDSV1_DISABLED_VAR: &str = "ALIBABA_CLOUD_IMDSV1_DISABLED";
/// The connect and whole-request timeout of each metadata request, as in the official SDKs.
pub const METADATA_TIMEOUT: Duration = Duration::from_secs(1);

const TOKEN_PATH: &str = "/latest/api/token";
const TOKEN_TTL_HEADER: &str = "X-aliyun-ecs-metadata-token-ttl-seconds";
const TOKEN_TTL_SECONDS: &str = "21600";
const TOKEN_HEADER: &str = "X-aliyun-ecs-metadata-token";
const ROLES_PATH: &str = "/latest/meta-data/ram/security-credentials/";

/// Fetches the RAM role's temporary credentials from the ECS metadata service on every call;
/// wrap it in a [`CachedProvider`](super::CachedProvider) (the default chain does).
///
/// 1. `PUT /latest/api/token` with `X-aliyun-ecs-metadata-token-ttl-seconds: 21600` (IMDSv2);
///    when that fails, carry on without a token unless IMDSv1 is disabled.
/// 2. The role: configured, or `GET /latest/meta-data/ram/security-credentials/`.
/// 3. `GET /latest/meta-data/ram/security-credentials/<role>`, whose `Code` must be `Success`.
///
/// Each request has a 1 s timeout.
///
/// When no role is configured and the service does not name one (no metadata service here, or
/// an instance without a role), the source is absent ([`CredentialsError::NotConfigured`]) and
/// a chain goes on; any later failure, or a failure for a configured role, stops it. A role
/// name must be printable ASCII without `/`, `?` or `#`. The credentials are described as
/// ``ECS RAM role `<role>` (instance metadata)``.
#[derive(Debug, Clone)]
pub struct EcsRamRoleProvider {
    base_url: String,
    role_name: Option<String>,
    imdsv1_disabled: bool,
    disabled: bool,
    timeout: Duration,
}

impl EcsRamRoleProvider {
    /// Configured from the process environment (`ALIBABA_CLOUD_ECS_METADATA`,
    /// `ALIBABA_CLOUD_IMDSV1_DISABLED`, `ALIBABA_CLOUD_ECS_METADATA_DISABLED`).
    pub fn new() -> EcsRamRoleProvider {
        EcsRamRoleProvider::from_config(&ChainConfig::new(Env::process()))
    }

    /// Configured from `config`'s environment, asking its metadata base URL.
    pub fn from_config(config: &ChainConfig) -> EcsRamRoleProvider {
        let env = &config.env;
        EcsRamRoleProvider {
            base_url: config.metadata_base_url.clone(),
            role_name: env.get(ECS_METADATA_VAR),
            imdsv1_disabled: env.is_true(IMDSV1_DISABLED_VAR),
            disabled: env.is_true(ECS_METADATA_DISABLED_VAR),
            timeout: METADATA_TIMEOUT,
        }
    }

    /// Asks for `role_name` instead of discovering it.
    #[must_use]
    pub fn role_name(mut self, role_name: impl Into<String>) -> EcsRamRoleProvider {
        self.role_name = Some(role_name.into()).filter(|name: &String| !name.is_empty());
        self
    }

    /// Asks the metadata service at `url` (scheme, host and port) instead of
    /// `http://100.100.100.200`.
    #[must_use]
    pub fn metadata_base_url(mut self, url: impl Into<String>) -> EcsRamRoleProvider {
        self.base_url = url.into();
        self
    }

    /// Whether a failed IMDSv2 token request is an error (`true`) or falls back to IMDSv1.
    #[must_use]
    pub fn imdsv1_disabled(mut self, disabled: bool) -> EcsRamRoleProvider {
        self.imdsv1_disabled = disabled;
        self
    }

    /// The timeout of each metadata request (default 1 s).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> EcsRamRoleProvider {
        self.timeout = timeout;
        self
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url.trim_end_matches('/'))
    }

    /// Asks the metadata service now.
    pub async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        if self.disabled {
            return Err(CredentialsError::Disabled(format!(
                "{ECS_METADATA_DISABLED_VAR}=true"
            )));
        }
        if let Some(role) = &self.role_name {
            check_role_name(role)?;
        }
        let http = http_client(self.timeout)?;
        let token = self.session_token(&http).await?;
        let role = match &self.role_name {
            Some(role) => role.clone(),
            None => {
                let role = self.discover_role(&http, token.as_deref()).await?;
                check_role_name(&role).map_err(|_| {
                    CredentialsError::Unavailable(
                        "the metadata service named a RAM role that is not a valid name".to_owned(),
                    )
                })?;
                role
            }
        };
        let what = format!("the metadata service for role `{role}`");
        let body = self
            .get(&http, &format!("{ROLES_PATH}{role}"), token.as_deref())
            .await
            .map_err(|reason| {
                CredentialsError::Unavailable(format!("{what} did not answer: {reason}"))
            })?;
        Ok(parse_document(&what, &body)?
            .with_source(format!("ECS RAM role `{role}` (instance metadata)")))
    }

    /// The IMDSv2 session token, or `None` to go on with IMDSv1.
    async fn session_token(
        &self,
        http: &reqwest::Client,
    ) -> Result<Option<String>, CredentialsError> {
        let outcome = async {
            let response = http
                .put(self.url(TOKEN_PATH))
                .header(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS)
                .send()
                .await
                .map_err(describe)?;
            let status = response.status();
            if !status.is_success() {
                return Err(format!("HTTP {}", status.as_u16()));
            }
            let token = response.text().await.map_err(describe)?;
            let token = token.trim().to_owned();
            if token.is_empty() {
                return Err("an empty token".to_owned());
            }
            Ok(token)
        }
        .await;
        match outcome {
            Ok(token) => Ok(Some(token)),
            Err(reason) if self.imdsv1_disabled => {
                let message = format!(
                    "no IMDSv2 token from the metadata service ({reason}) and \
                     {IMDSV1_DISABLED_VAR}=true"
                );
                // Without a configured role, no answer at all means no metadata service here.
                Err(if self.role_name.is_none() {
                    CredentialsError::NotConfigured(message)
                } else {
                    CredentialsError::Unavailable(message)
                })
            }
            Err(reason) => {
                tracing::debug!(%reason, "no IMDSv2 token; falling back to IMDSv1");
                Ok(None)
            }
        }
    }

    async fn discover_role(
        &self,
        http: &reqwest::Client,
        token: Option<&str>,
    ) -> Result<String, CredentialsError> {
        // No answer, or no role attached: the source is absent on this machine.
        let body = self.get(http, ROLES_PATH, token).await.map_err(|reason| {
            CredentialsError::NotConfigured(format!(
                "the metadata service did not name the instance's RAM role: {reason}"
            ))
        })?;
        let text = String::from_utf8_lossy(&body);
        text.lines()
            .map(str::trim)
            .find(|line| !line.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| {
                CredentialsError::NotConfigured(
                    "the instance has no RAM role attached (the metadata service listed none)"
                        .to_owned(),
                )
            })
    }

    async fn get(
        &self,
        http: &reqwest::Client,
        path: &str,
        token: Option<&str>,
    ) -> Result<Vec<u8>, String> {
        let mut request = http.get(self.url(path));
        if let Some(token) = token {
            request = request.header(TOKEN_HEADER, token);
        }
        let response = request.send().await.map_err(describe)?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("HTTP {}", status.as_u16()));
        }
        Ok(response.bytes().await.map_err(describe)?.to_vec())
    }
}

/// A role name that can go in the metadata path as it is.
fn check_role_name(role: &str) -> Result<(), CredentialsError> {
    if role
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '/' | '?' | '#'))
    {
        return Ok(());
    }
    Err(CredentialsError::Invalid(format!(
        "the ECS RAM role name ({ECS_METADATA_VAR} or the profile's) holds a space, a control \
         character, non-ASCII text or one of `/?#`"
    )))
}

provide_credentials_by!(EcsRamRoleProvider, fetch, default);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_its_settings_from_the_environment() {
        let config =
            ChainConfig::with_vars(&[(ECS_METADATA_VAR, "my-role"), (IMDSV1_DISABLED_VAR, "true")])
                .metadata_base_url("http://127.0.0.1:9/");
        let provider = EcsRamRoleProvider::from_config(&config);
        assert_eq!(provider.role_name.as_deref(), Some("my-role"));
        assert!(provider.imdsv1_disabled);
        assert!(!provider.disabled);
        assert_eq!(
            provider.url(TOKEN_PATH),
            "http://127.0.0.1:9/latest/api/token"
        );
    }

    #[tokio::test]
    async fn disabled_fails_without_a_request() {
        let config = ChainConfig::with_vars(&[(ECS_METADATA_DISABLED_VAR, "true")]);
        let provider = EcsRamRoleProvider::from_config(&config);
        crate::credentials::assert_disabled(provider, ECS_METADATA_DISABLED_VAR).await;
    }
}
