//! The default credential chain: the official SDKs' sources, in their order.

use std::fmt;
use std::sync::{Arc, OnceLock};

use super::cache::CachedProvider;
use super::config::ChainConfig;
use super::ecs::{ECS_METADATA_DISABLED_VAR, EcsRamRoleProvider};
use super::env::EnvironmentProvider;
use super::oidc::{OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR, OidcProvider, ROLE_ARN_VAR};
use super::profile_cli::CliProfileProvider;
use super::profile_ini::IniProfileProvider;
use super::uri::CredentialsUriProvider;
use super::{
    Credentials, CredentialsError, CredentialsFuture, ProvideCredentials, ProviderFailure,
};

/// One source of the chain, or why it is left out.
struct Link {
    name: &'static str,
    provider: Result<Arc<dyn ProvideCredentials>, CredentialsError>,
}

impl fmt::Debug for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.provider {
            Ok(provider) => write!(f, "{}: {provider:?}", self.name),
            Err(reason) => write!(f, "{}: skipped ({reason})", self.name),
        }
    }
}

/// Tries the official sources in order and keeps the first that gives credentials
/// (`alibaba-rpc-facts.md` §10.1):
///
/// 1. `environment`: [`EnvironmentProvider`];
/// 2. `oidc`: [`OidcProvider`], when `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` or
///    `ALIBABA_CLOUD_OIDC_TOKEN_FILE` is set (and then `ALIBABA_CLOUD_ROLE_ARN` too, or the
///    chain stops; `ALIBABA_CLOUD_ROLE_ARN` alone is not OIDC, since other tools read it);
/// 3. `cli_profile`: [`CliProfileProvider`] (`~/.aliyun/config.json`);
/// 4. `ini_profile`: [`IniProfileProvider`] (`~/.alibabacloud/credentials`);
/// 5. `ecs_ram_role`: [`EcsRamRoleProvider`], unless `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`;
/// 6. `credentials_uri`: [`CredentialsUriProvider`], only when `ALIBABA_CLOUD_CREDENTIALS_URI` is
///    set.
///
/// A source that is absent ([`CredentialsError::source_is_absent`]: its variables unset, its
/// file not at the default path, no metadata service) lets the chain try the next. A source that
/// is configured but fails (a malformed variable, an unreadable or malformed file, a profile
/// that does not exist, a failed STS call) stops the chain with
/// [`CredentialsError::Unusable`], naming the source and the problem: the official SDKs fall
/// through to the next source instead, which can sign with another account's keys.
///
/// Temporary credentials are cached and refreshed 180 s before they expire. The source that
/// succeeded is remembered and asked alone from then on. When every source is absent, the error
/// is [`CredentialsError::Exhausted`] with each one's reason. The credentials describe their
/// source ([`Credentials::source`]); when a provider gives none, the link's name is used.
#[derive(Debug)]
pub struct DefaultCredentialsChain {
    links: Vec<Link>,
    chosen: OnceLock<usize>,
    probing: tokio::sync::Mutex<()>,
}

impl DefaultCredentialsChain {
    /// The chain over the process environment and `$HOME`.
    pub fn new() -> DefaultCredentialsChain {
        DefaultCredentialsChain::with_config(ChainConfig::from_process())
    }

    /// The chain over `config`'s environment, home directory and endpoints.
    pub fn with_config(config: ChainConfig) -> DefaultCredentialsChain {
        let env = &config.env;
        let oidc_asked_for = [OIDC_PROVIDER_ARN_VAR, OIDC_TOKEN_FILE_VAR]
            .into_iter()
            .any(|name| env.get(name).is_some());
        let oidc = if oidc_asked_for {
            OidcProvider::from_config(&config).map(cached)
        } else {
            let missing = [ROLE_ARN_VAR, OIDC_PROVIDER_ARN_VAR]
                .into_iter()
                .find(|name| env.get(name).is_none())
                .unwrap_or(OIDC_PROVIDER_ARN_VAR);
            Err(CredentialsError::Missing(missing.to_owned()))
        };
        let ecs = if env.is_true(ECS_METADATA_DISABLED_VAR) {
            Err(CredentialsError::Disabled(format!(
                "{ECS_METADATA_DISABLED_VAR}=true"
            )))
        } else {
            Ok(cached(EcsRamRoleProvider::from_config(&config)))
        };
        let uri = CredentialsUriProvider::from_config(&config).map(cached);
        let links = vec![
            Link {
                name: "environment",
                provider: Ok(Arc::new(EnvironmentProvider::with_env(env.clone()))),
            },
            Link {
                name: "oidc",
                provider: oidc,
            },
            Link {
                name: "cli_profile",
                provider: Ok(Arc::new(CliProfileProvider::from_config(&config))),
            },
            Link {
                name: "ini_profile",
                provider: Ok(Arc::new(IniProfileProvider::from_config(&config))),
            },
            Link {
                name: "ecs_ram_role",
                provider: ecs,
            },
            Link {
                name: "credentials_uri",
                provider: uri,
            },
        ];
        DefaultCredentialsChain {
            links,
            chosen: OnceLock::new(),
            probing: tokio::sync::Mutex::new(()),
        }
    }

    /// The name of the source in use (`environment`, `oidc`, `cli_profile`, `ini_profile`,
    /// `ecs_ram_role`, `credentials_uri`), once one has succeeded.
    pub fn selected(&self) -> Option<&'static str> {
        self.chosen.get().map(|&index| self.links[index].name)
    }

    /// Credentials from the remembered source, or from the first source that has them.
    pub async fn credentials(&self) -> Result<Credentials, CredentialsError> {
        if let Some(credentials) = self.ask_chosen().await {
            return credentials;
        }
        // One caller probes; the others wait and then use what it found.
        let _probing = self.probing.lock().await;
        if let Some(credentials) = self.ask_chosen().await {
            return credentials;
        }
        let mut failures = Vec::with_capacity(self.links.len());
        for (index, link) in self.links.iter().enumerate() {
            let outcome = match &link.provider {
                Ok(provider) => provider.provide_credentials().await,
                Err(reason) => Err(reason.clone()),
            };
            match outcome {
                Ok(credentials) => {
                    tracing::debug!(provider = link.name, "credentials found");
                    let _ = self.chosen.set(index);
                    return Ok(described(credentials, link.name));
                }
                Err(error) if error.source_is_absent() => {
                    tracing::debug!(provider = link.name, %error, "no credentials");
                    failures.push(ProviderFailure {
                        provider: link.name,
                        error,
                    });
                }
                Err(error) => {
                    // Configured but broken: the next source may be another account's.
                    tracing::debug!(provider = link.name, %error, "unusable; stopping");
                    return Err(CredentialsError::Unusable(Box::new(ProviderFailure {
                        provider: link.name,
                        error,
                    })));
                }
            }
        }
        Err(CredentialsError::Exhausted(failures))
    }

    async fn ask_chosen(&self) -> Option<Result<Credentials, CredentialsError>> {
        let index = *self.chosen.get()?;
        let link = &self.links[index];
        let provider = link.provider.as_ref().ok()?;
        Some(
            provider
                .provide_credentials()
                .await
                .map(|credentials| described(credentials, link.name)),
        )
    }
}

provide_credentials_by!(DefaultCredentialsChain, credentials, default);

/// `credentials`, described as coming from the link `name` unless their provider said more.
fn described(credentials: Credentials, name: &str) -> Credentials {
    if credentials.source().is_some() {
        credentials
    } else {
        credentials.with_source(name)
    }
}

fn cached(provider: impl ProvideCredentials + 'static) -> Arc<dyn ProvideCredentials> {
    Arc::new(CachedProvider::new(provider))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::{ACCESS_KEY_ID_VAR, ACCESS_KEY_SECRET_VAR};

    fn names(error: &CredentialsError) -> Vec<&'static str> {
        match error {
            CredentialsError::Exhausted(failures) => {
                failures.iter().map(|failure| failure.provider).collect()
            }
            other => panic!("expected Exhausted, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn environment_comes_first_and_is_remembered() {
        let config =
            ChainConfig::with_vars(&[(ACCESS_KEY_ID_VAR, "id"), (ACCESS_KEY_SECRET_VAR, "s")]);
        let chain = DefaultCredentialsChain::with_config(config);
        assert_eq!(chain.selected(), None);
        assert_eq!(chain.credentials().await.unwrap().access_key_id(), "id");
        assert_eq!(chain.selected(), Some("environment"));
    }

    #[tokio::test]
    async fn with_nothing_configured_every_source_gives_its_reason() {
        let config = ChainConfig::with_vars(&[(ECS_METADATA_DISABLED_VAR, "true")]);
        let error = DefaultCredentialsChain::with_config(config)
            .credentials()
            .await
            .unwrap_err();
        // The order of the sources is tested in tests/credentials_chain.rs; here, that the
        // disabled metadata service is one of the reasons given, and why.
        assert_eq!(names(&error).len(), 6);
        let text = error.to_string();
        assert!(text.contains("oidc: ALIBABA_CLOUD_ROLE_ARN is not set"));
        assert!(
            text.contains("ecs_ram_role: disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true")
        );
        assert!(text.contains("credentials_uri: ALIBABA_CLOUD_CREDENTIALS_URI is not set"));
    }
}
