//! Where the credential sources look: the environment, the home directory, and the metadata and
//! STS endpoints, injectable so that tests never touch the process environment or `$HOME`.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use super::CredentialsError;
use super::ecs::DEFAULT_METADATA_BASE_URL;

/// Names the profile of `~/.aliyun/config.json` or the section of `~/.alibabacloud/credentials`.
pub const PROFILE_VAR: &str = "ALIBABA_CLOUD_PROFILE";
/// The region of the STS endpoint (`sts.<region>.aliyuncs.com`).
pub const STS_REGION_VAR: &str = "ALIBABA_CLOUD_STS_REGION";
/// `true` sends STS calls to the VPC endpoint (`sts-vpc.<region>.aliyuncs.com`).
pub const VPC_ENDPOINT_ENABLED_VAR: &str = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";
/// The `RoleSessionName` of `AssumeRole` and `AssumeRoleWithOIDC` when none is configured.
pub const ROLE_SESSION_NAME_VAR: &str = "ALIBABA_CLOUD_ROLE_SESSION_NAME";

type Lookup = dyn Fn(&str) -> Option<String> + Send + Sync;

/// A read-only view of environment variables: the process environment, or any lookup a test
/// supplies. Empty values read as unset. `Debug` never shows a value.
#[derive(Clone)]
pub struct Env(Arc<Lookup>);

impl Env {
    /// The process environment, read at each lookup.
    pub fn process() -> Env {
        Env(Arc::new(|name| std::env::var(name).ok()))
    }

    /// Variables answered by `lookup`.
    pub fn from_fn(lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Env {
        Env(Arc::new(lookup))
    }

    /// Exactly these variables, and no others.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Env {
        let map: std::collections::HashMap<String, String> = pairs
            .into_iter()
            .map(|(name, value)| (name.into(), value.into()))
            .collect();
        Env::from_fn(move |name| map.get(name).cloned())
    }

    /// The value of `name`; `None` when unset or empty.
    pub fn get(&self, name: &str) -> Option<String> {
        (self.0)(name).filter(|value| !value.is_empty())
    }

    /// Whether `name` is `true` (any case), the only value that switches a setting on.
    pub fn is_true(&self, name: &str) -> bool {
        self.get(name)
            .is_some_and(|value| value.trim().eq_ignore_ascii_case("true"))
    }
}

impl Default for Env {
    fn default() -> Env {
        Env::process()
    }
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Env(..)")
    }
}

/// What the default chain and the file-based sources read: the environment, the home directory
/// and two endpoints.
///
/// [`ChainConfig::from_process`] is what [`DefaultCredentialsChain::new`] uses; tests build one
/// with [`ChainConfig::new`] and point it at temporary files and loopback servers.
///
/// [`DefaultCredentialsChain::new`]: super::DefaultCredentialsChain::new
#[derive(Debug, Clone)]
pub struct ChainConfig {
    pub(crate) env: Env,
    pub(crate) home: Option<PathBuf>,
    pub(crate) metadata_base_url: String,
    pub(crate) sts_endpoint: Option<String>,
}

impl ChainConfig {
    /// The file named by the variable `var`, else `relative` (folders split by `/`) under the
    /// home directory: where the profile files are looked for.
    pub(crate) fn file(&self, var: &str, relative: &str) -> Result<PathBuf, CredentialsError> {
        if let Some(path) = self.env.get(var) {
            return Ok(PathBuf::from(path));
        }
        self.home
            .as_ref()
            .map(|home| {
                relative
                    .split('/')
                    .fold(home.clone(), |path, part| path.join(part))
            })
            .ok_or_else(|| CredentialsError::Missing("the home directory (HOME)".to_owned()))
    }

    /// The process environment and its home directory (`$HOME`, or `%USERPROFILE%` on Windows).
    pub fn from_process() -> ChainConfig {
        let env = Env::process();
        let home = env
            .get("HOME")
            .or_else(|| env.get("USERPROFILE"))
            .map(PathBuf::from);
        ChainConfig {
            home,
            ..ChainConfig::new(env)
        }
    }

    /// Variables from `env`, no home directory, the real metadata service and STS endpoint.
    pub fn new(env: Env) -> ChainConfig {
        ChainConfig {
            env,
            home: None,
            metadata_base_url: DEFAULT_METADATA_BASE_URL.to_owned(),
            sts_endpoint: None,
        }
    }

    /// Looks for `.aliyun/config.json` and `.alibabacloud/credentials` under `home`.
    #[must_use]
    pub fn home(mut self, home: impl Into<PathBuf>) -> ChainConfig {
        self.home = Some(home.into());
        self
    }

    /// Asks the instance metadata service at `url` instead of `http://100.100.100.200`.
    #[must_use]
    pub fn metadata_base_url(mut self, url: impl Into<String>) -> ChainConfig {
        self.metadata_base_url = url.into();
        self
    }

    /// Sends every STS call to `url` (e.g. `http://127.0.0.1:8080/`), whatever the region,
    /// VPC or profile settings say.
    #[must_use]
    pub fn sts_endpoint(mut self, url: impl Into<String>) -> ChainConfig {
        self.sts_endpoint = Some(url.into());
        self
    }

    /// The environment the sources read.
    pub fn env(&self) -> &Env {
        &self.env
    }

    /// The home directory, if known.
    pub fn home_dir(&self) -> Option<&std::path::Path> {
        self.home.as_deref()
    }
}

impl Default for ChainConfig {
    fn default() -> ChainConfig {
        ChainConfig::from_process()
    }
}

#[cfg(test)]
impl ChainConfig {
    /// A configuration with exactly the variables `pairs` and no home directory.
    pub(crate) fn with_vars(pairs: &[(&str, &str)]) -> ChainConfig {
        ChainConfig::new(Env::from_pairs(pairs.iter().copied()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::{
        CONFIG_FILE_VAR, CREDENTIALS_FILE_VAR, CliProfileProvider, IniProfileProvider,
    };

    #[test]
    fn profile_paths_come_from_their_variable_else_the_home_directory() {
        type PathOf = fn(&ChainConfig) -> Result<PathBuf, CredentialsError>;
        let cli: PathOf = |config| CliProfileProvider::from_config(config).path();
        let ini: PathOf = |config| IniProfileProvider::from_config(config).path();
        for (path_of, var, named, under_home) in [
            (
                cli,
                CONFIG_FILE_VAR,
                "/etc/aliyun.json",
                "/home/u/.aliyun/config.json",
            ),
            (
                ini,
                CREDENTIALS_FILE_VAR,
                "/etc/creds",
                "/home/u/.alibabacloud/credentials",
            ),
        ] {
            let config = ChainConfig::with_vars(&[(var, named)]);
            assert_eq!(path_of(&config).unwrap(), PathBuf::from(named));
            let config = ChainConfig::with_vars(&[]).home("/home/u");
            assert_eq!(path_of(&config).unwrap(), PathBuf::from(under_home));
            assert!(path_of(&ChainConfig::with_vars(&[])).is_err(), "{var}");
        }
    }

    #[test]
    fn empty_values_read_as_unset_and_only_true_switches_on() {
        let env = Env::from_pairs([("A", ""), ("B", "TRUE"), ("C", "yes"), ("D", "x")]);
        assert_eq!(env.get("A"), None);
        assert_eq!(env.get("D").as_deref(), Some("x"));
        assert!(env.is_true("B"));
        assert!(!env.is_true("C"));
        assert!(!env.is_true("missing"));
    }

    #[test]
    fn debug_shows_no_values() {
        let env = Env::from_pairs([("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "SENTINEL")]);
        let config = ChainConfig::new(env.clone()).home("/tmp/h");
        assert!(!format!("{env:?}").contains("SENTINEL"));
        assert!(!format!("{config:?}").contains("SENTINEL"));
        assert_eq!(config.metadata_base_url, DEFAULT_METADATA_BASE_URL);
        assert_eq!(config.home_dir(), Some(std::path::Path::new("/tmp/h")));
    }
}
