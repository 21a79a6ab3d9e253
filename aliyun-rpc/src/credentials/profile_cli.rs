//! Credentials from a profile of the Alibaba Cloud CLI's `~/.aliyun/config.json`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::Deserialize;

use super::cache::CachedProvider;
use super::config::{ChainConfig, PROFILE_VAR};
use super::ecs::EcsRamRoleProvider;
use super::file::read_profile_file;
use super::label::Labelled;
use super::oidc::OidcProvider;
use super::sts::{RamRoleArnProvider, StsSession, StsTarget};
use super::value::check_value;
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// Overrides the path of the CLI configuration file.
pub const CONFIG_FILE_VAR: &str = "ALIBABA_CLOUD_CONFIG_FILE";
/// `true` switches the CLI profile source off.
pub const CLI_PROFILE_DISABLED_VAR: &str = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

/// How deep `ChainableRamRoleArn` profiles may nest before a loop is assumed.
const MAX_CHAIN_DEPTH: usize = 8;

/// Reads a profile of `~/.aliyun/config.json` (or `ALIBABA_CLOUD_CONFIG_FILE`): the one named by
/// `ALIBABA_CLOUD_PROFILE`, else the file's `current`. Off when
/// `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true`.
///
/// Modes: `AK`, `StsToken`, `RamRoleArn` (`AssumeRole` with the profile's AccessKey),
/// `EcsRamRole` (instance metadata), `OIDC` and `ChainableRamRoleArn` (`AssumeRole` with the
/// credentials of `source_profile`). Any other mode is an [`CredentialsError::Unsupported`]
/// naming it.
///
/// The file is read at the first call that finds it; the source it describes is kept (and
/// cached, for temporary credentials) from then on.
///
/// No file at the default path means the source is absent
/// ([`CredentialsError::NotConfigured`]): a chain goes on. Anything else that is wrong stops a
/// chain ([`CredentialsError::Invalid`]): `ALIBABA_CLOUD_CONFIG_FILE` naming a missing file;
/// a path that is not a regular file (a directory, a FIFO, `/dev/zero`, a dangling link) or is
/// larger than [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES); malformed JSON; a profile that does
/// not exist; a mode without its fields; an id, secret or token that is not printable ASCII
/// (used as given, never trimmed, as the official SDKs do).
///
/// The credentials are described as ``CLI profile `<name>` (mode <mode>) of <path>``.
#[derive(Debug)]
pub struct CliProfileProvider {
    config: ChainConfig,
    profile: Option<String>,
    resolved: super::ResolvedSource,
}

impl CliProfileProvider {
    /// Reads the file named by the process environment, under `$HOME`.
    pub fn new() -> CliProfileProvider {
        CliProfileProvider::from_config(&ChainConfig::from_process())
    }

    /// Reads the file named by `config`'s environment, under its home directory.
    pub fn from_config(config: &ChainConfig) -> CliProfileProvider {
        CliProfileProvider {
            config: config.clone(),
            profile: None,
            resolved: Mutex::new(None),
        }
    }

    /// Reads `profile` whatever `ALIBABA_CLOUD_PROFILE` and `current` say.
    #[must_use]
    pub fn profile(mut self, profile: impl Into<String>) -> CliProfileProvider {
        self.profile = Some(profile.into());
        self
    }

    /// The file read: `ALIBABA_CLOUD_CONFIG_FILE`, else `~/.aliyun/config.json`.
    pub fn path(&self) -> Result<PathBuf, CredentialsError> {
        self.config.file(CONFIG_FILE_VAR, ".aliyun/config.json")
    }

    /// The credentials of the source the profile names.
    async fn credentials(&self) -> Result<Credentials, CredentialsError> {
        self.source()?.provide_credentials().await
    }

    fn source(&self) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        self.check_enabled()?;
        super::resolve_once(&self.resolved, || self.resolve())
    }

    /// The `region_id` of the profile this source reads (empty reads as none), and the
    /// profile's description: where the client takes its region when nothing else gives one.
    /// The credentials are not looked at.
    pub(crate) fn region(&self) -> Result<(Option<String>, String), CredentialsError> {
        self.check_enabled()?;
        let chosen = self.load()?;
        let region = chosen
            .profile()
            .map(|profile| profile.region_id.clone())
            .filter(|region| !region.is_empty());
        let label = format!(
            "CLI profile `{}` of {}",
            chosen.name.escape_debug(),
            chosen.path.display()
        );
        Ok((region, label))
    }

    fn check_enabled(&self) -> Result<(), CredentialsError> {
        if self.config.env.is_true(CLI_PROFILE_DISABLED_VAR) {
            return Err(CredentialsError::Disabled(format!(
                "{CLI_PROFILE_DISABLED_VAR}=true"
            )));
        }
        Ok(())
    }

    fn resolve(&self) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let chosen = self.load()?;
        let resolver = Resolver {
            file: &chosen.file,
            path: &chosen.path,
            config: &self.config,
        };
        let source = resolver.source(&chosen.name, 0)?;
        let mode = chosen.profile().map_or("", |profile| profile.mode.as_str());
        Ok(Labelled::shared(
            source,
            format!(
                "CLI profile `{}` (mode {}) of {}",
                chosen.name.escape_debug(),
                mode.escape_debug(),
                chosen.path.display()
            ),
        ))
    }

    /// Reads the file and picks the profile: the caller's, else `ALIBABA_CLOUD_PROFILE`'s, else
    /// the file's `current`, which must exist.
    fn load(&self) -> Result<Chosen, CredentialsError> {
        let path = self.path()?;
        let text = read_profile_file(&self.config, &path, CONFIG_FILE_VAR, "CLI configuration")?;
        // serde's messages can quote a value, so only the position is reported.
        let file: CliConfig = serde_json::from_slice(&text).map_err(|error| {
            CredentialsError::Invalid(format!(
                "{} is not a valid CLI configuration (line {}, column {})",
                path.display(),
                error.line(),
                error.column()
            ))
        })?;
        let (name, named_by) = if let Some(name) = self.profile.clone() {
            (name, "the caller")
        } else if let Some(name) = self.config.env.get(PROFILE_VAR) {
            (name, PROFILE_VAR)
        } else if let Some(name) = file.current.clone().filter(|name| !name.is_empty()) {
            (name, "its `current`")
        } else {
            return Err(CredentialsError::Invalid(format!(
                "{} names no current profile and {PROFILE_VAR} is not set",
                path.display()
            )));
        };
        if !file.profiles.iter().any(|profile| profile.name == name) {
            return Err(CredentialsError::Invalid(format!(
                "{} has no profile named `{}` (named by {named_by}); set \
                 {CLI_PROFILE_DISABLED_VAR}=true to skip the CLI configuration",
                path.display(),
                name.escape_debug()
            )));
        }
        Ok(Chosen { path, file, name })
    }
}

/// The CLI configuration file read, and the name of the profile chosen in it.
struct Chosen {
    path: PathBuf,
    file: CliConfig,
    name: String,
}

impl Chosen {
    /// The chosen profile.
    fn profile(&self) -> Option<&CliProfile> {
        self.file
            .profiles
            .iter()
            .find(|profile| profile.name == self.name)
    }
}

provide_credentials_by!(CliProfileProvider, credentials, default);

/// `~/.aliyun/config.json`. No `Debug`: it holds secrets.
#[derive(Deserialize)]
struct CliConfig {
    #[serde(default)]
    current: Option<String>,
    #[serde(default)]
    profiles: Vec<CliProfile>,
}

/// One entry of `profiles`, with the keys this crate reads. No `Debug`: it holds secrets.
#[derive(Deserialize, Default)]
#[serde(default)]
struct CliProfile {
    name: String,
    mode: String,
    access_key_id: String,
    access_key_secret: String,
    sts_token: String,
    ram_role_arn: String,
    ram_session_name: String,
    expired_seconds: Option<u32>,
    sts_region: String,
    enable_vpc: Option<bool>,
    source_profile: String,
    ram_role_name: String,
    oidc_token_file: String,
    oidc_provider_arn: String,
    policy: String,
    external_id: String,
    sts_endpoint: String,
    region_id: String,
}

/// Turns a named profile into a source, following `source_profile` links.
struct Resolver<'a> {
    file: &'a CliConfig,
    path: &'a Path,
    config: &'a ChainConfig,
}

impl Resolver<'_> {
    fn source(
        &self,
        name: &str,
        depth: usize,
    ) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        if depth > MAX_CHAIN_DEPTH {
            return Err(CredentialsError::Invalid(format!(
                "profile `{name}` of {} is more than {MAX_CHAIN_DEPTH} `source_profile` links deep \
                 (a loop?)",
                self.path.display()
            )));
        }
        let profile = self
            .file
            .profiles
            .iter()
            .find(|profile| profile.name == name)
            .ok_or_else(|| {
                CredentialsError::Invalid(format!(
                    "{} has no profile named `{name}`",
                    self.path.display()
                ))
            })?;
        let required = |key: &str, value: &str| {
            if value.is_empty() {
                Err(CredentialsError::Invalid(format!(
                    "profile `{name}` of {} (mode `{}`) needs a non-empty `{key}`",
                    self.path.display(),
                    profile.mode
                )))
            } else {
                Ok(value.to_owned())
            }
        };
        // Used as given, never trimmed, as the official SDKs do.
        let well_formed = |key: &str, value: &str| {
            let value = required(key, value)?;
            check_value(
                &format!("`{key}` of profile `{name}` of {}", self.path.display()),
                &value,
            )?;
            Ok::<_, CredentialsError>(value)
        };
        let access_key = || {
            Ok::<_, CredentialsError>(Credentials::new(
                well_formed("access_key_id", &profile.access_key_id)?,
                well_formed("access_key_secret", &profile.access_key_secret)?,
            ))
        };
        Ok(match profile.mode.as_str() {
            "AK" => Arc::new(access_key()?),
            "StsToken" => Arc::new(
                access_key()?.with_security_token(well_formed("sts_token", &profile.sts_token)?),
            ),
            "RamRoleArn" => self.assume_role(profile, access_key()?, &well_formed)?,
            "ChainableRamRoleArn" => {
                let source_name = required("source_profile", &profile.source_profile)?;
                let source = self.source(&source_name, depth + 1)?;
                self.assume_role(profile, source, &well_formed)?
            }
            "EcsRamRole" => {
                let mut provider = EcsRamRoleProvider::from_config(self.config);
                if !profile.ram_role_name.is_empty() {
                    provider = provider.role_name(profile.ram_role_name.clone());
                }
                Arc::new(CachedProvider::new(provider))
            }
            "OIDC" => {
                let builder = OidcProvider::builder(
                    well_formed("ram_role_arn", &profile.ram_role_arn)?,
                    well_formed("oidc_provider_arn", &profile.oidc_provider_arn)?,
                    required("oidc_token_file", &profile.oidc_token_file)?,
                )
                .session(self.sts_session(profile));
                Arc::new(CachedProvider::new(builder.build()?))
            }
            "" => {
                return Err(CredentialsError::Invalid(format!(
                    "profile `{name}` of {} has no `mode`",
                    self.path.display()
                )));
            }
            other => {
                return Err(CredentialsError::Unsupported(format!(
                    "profile `{name}` of {} uses mode `{other}`, which aliyun-rpc does not \
                     support (supported: AK, StsToken, RamRoleArn, EcsRamRole, OIDC, \
                     ChainableRamRoleArn)",
                    self.path.display()
                )));
            }
        })
    }

    /// The STS settings a profile names; the chain's STS URL override wins over the profile's
    /// `sts_endpoint`, and empty or zero values keep the defaults.
    fn sts_session(&self, profile: &CliProfile) -> StsSession {
        let given = |text: &str| (!text.is_empty()).then(|| text.to_owned());
        let defaults = StsSession::default();
        StsSession {
            role_session_name: given(&profile.ram_session_name),
            duration_seconds: profile
                .expired_seconds
                .filter(|&seconds| seconds > 0)
                .unwrap_or(defaults.duration_seconds),
            policy: given(&profile.policy),
            target: StsTarget {
                url: self
                    .config
                    .sts_endpoint
                    .clone()
                    .or_else(|| given(&profile.sts_endpoint)),
                region: given(&profile.sts_region),
                vpc: profile.enable_vpc,
            },
            env: self.config.env.clone(),
        }
    }

    fn assume_role(
        &self,
        profile: &CliProfile,
        source: impl ProvideCredentials + 'static,
        required: &dyn Fn(&str, &str) -> Result<String, CredentialsError>,
    ) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let mut builder =
            RamRoleArnProvider::builder(source, required("ram_role_arn", &profile.ram_role_arn)?)
                .session(self.sts_session(profile));
        if !profile.external_id.is_empty() {
            builder = builder.external_id(profile.external_id.clone());
        }
        Ok(Arc::new(CachedProvider::new(builder.build()?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn disabled_by_the_switch() {
        let config =
            ChainConfig::with_vars(&[(CLI_PROFILE_DISABLED_VAR, "true")]).home("/nonexistent");
        let provider = CliProfileProvider::from_config(&config);
        crate::credentials::assert_disabled(provider, CLI_PROFILE_DISABLED_VAR).await;
    }
}
