//! Credentials from a section of the INI file `~/.alibabacloud/credentials`.
//!
//! ```ini
//! [default]
//! type = access_key
//! access_key_id = LTAI…
//! access_key_secret = …
//! ```

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::cache::CachedProvider;
use super::config::{ChainConfig, PROFILE_VAR};
use super::ecs::EcsRamRoleProvider;
use super::file::read_profile_file;
use super::label::Labelled;
use super::oidc::OidcProvider;
use super::sts::{RamRoleArnProvider, StsSession, StsTarget};
use super::value::check_value;
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// Overrides the path of the INI credentials file.
pub const CREDENTIALS_FILE_VAR: &str = "ALIBABA_CLOUD_CREDENTIALS_FILE";

/// The section read when `ALIBABA_CLOUD_PROFILE` is unset.
const DEFAULT_SECTION: &str = "default";

/// Reads one section of `~/.alibabacloud/credentials` (or `ALIBABA_CLOUD_CREDENTIALS_FILE`):
/// the section named by `ALIBABA_CLOUD_PROFILE`, else `[default]`.
///
/// Its `type` is one of `access_key` (`access_key_id`, `access_key_secret`), `ecs_ram_role`
/// (optional `role_name`), `ram_role_arn` (`access_key_id`, `access_key_secret`, `role_arn`,
/// `role_session_name`, optional `policy`) or `oidc_role_arn` (`role_arn`, `oidc_provider_arn`,
/// `oidc_token_file_path`, `role_session_name`). Empty values are rejected.
///
/// The file is read at the first call that finds it; the source it describes is kept (and
/// cached, for temporary credentials) from then on.
///
/// No file at the default path means the source is absent
/// ([`CredentialsError::NotConfigured`]): a chain goes on. Anything else that is wrong stops a
/// chain ([`CredentialsError::Invalid`]): `ALIBABA_CLOUD_CREDENTIALS_FILE` naming a missing
/// file; a path that is not a regular file (a directory, a FIFO, `/dev/zero`, a dangling link)
/// or is larger than [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES); text that is not UTF-8 or not
/// INI; a missing section or key. As in the INI readers of the official SDKs, whitespace around
/// names and values is trimmed; what remains of an id or secret must be printable ASCII.
///
/// The credentials are described as `credentials file <path>, section [<name>] (type <type>)`.
#[derive(Debug)]
pub struct IniProfileProvider {
    config: ChainConfig,
    section: Option<String>,
    resolved: super::ResolvedSource,
}

impl IniProfileProvider {
    /// Reads the file named by the process environment, under `$HOME`.
    pub fn new() -> IniProfileProvider {
        IniProfileProvider::from_config(&ChainConfig::from_process())
    }

    /// Reads the file named by `config`'s environment, under its home directory.
    pub fn from_config(config: &ChainConfig) -> IniProfileProvider {
        IniProfileProvider {
            config: config.clone(),
            section: None,
            resolved: Mutex::new(None),
        }
    }

    /// Reads `section` whatever `ALIBABA_CLOUD_PROFILE` says.
    #[must_use]
    pub fn section(mut self, section: impl Into<String>) -> IniProfileProvider {
        self.section = Some(section.into());
        self
    }

    /// The file read: `ALIBABA_CLOUD_CREDENTIALS_FILE`, else `~/.alibabacloud/credentials`.
    pub fn path(&self) -> Result<PathBuf, CredentialsError> {
        self.config
            .file(CREDENTIALS_FILE_VAR, ".alibabacloud/credentials")
    }

    /// The credentials of the source the profile names.
    async fn credentials(&self) -> Result<Credentials, CredentialsError> {
        self.source()?.provide_credentials().await
    }

    fn source(&self) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        super::resolve_once(&self.resolved, || self.resolve())
    }

    fn resolve(&self) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let path = self.path()?;
        let bytes = read_profile_file(
            &self.config,
            &path,
            CREDENTIALS_FILE_VAR,
            "credentials file",
        )?;
        let text = String::from_utf8(bytes).map_err(|_| {
            CredentialsError::Invalid(format!(
                "the credentials file {} is not UTF-8 text",
                path.display()
            ))
        })?;
        let file = IniFile::parse(&text).map_err(|problem| {
            CredentialsError::Invalid(format!("{}: {problem}", path.display()))
        })?;
        let name = self
            .section
            .clone()
            .or_else(|| self.config.env.get(PROFILE_VAR))
            .unwrap_or_else(|| DEFAULT_SECTION.to_owned());
        let entries = file.section(&name).ok_or_else(|| {
            CredentialsError::Invalid(format!(
                "{} has no section [{}]",
                path.display(),
                name.escape_debug()
            ))
        })?;
        let section = Section {
            name: &name,
            path: &path,
            entries,
        };
        let source = section.source(&self.config)?;
        let kind = section.optional("type").unwrap_or_default();
        Ok(Labelled::shared(
            source,
            format!(
                "credentials file {}, section [{}] (type {})",
                path.display(),
                name.escape_debug(),
                kind.escape_debug()
            ),
        ))
    }
}

provide_credentials_by!(IniProfileProvider, credentials, default);

/// One section, with what errors need to name it.
struct Section<'a> {
    name: &'a str,
    path: &'a std::path::Path,
    entries: &'a [(String, String)],
}

impl Section<'_> {
    fn optional(&self, key: &str) -> Option<String> {
        self.entries
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value.clone())
            .filter(|value| !value.is_empty())
    }

    fn required(&self, key: &str) -> Result<String, CredentialsError> {
        self.optional(key).ok_or_else(|| {
            CredentialsError::Invalid(format!(
                "section [{}] of {} needs a non-empty `{key}`",
                self.name,
                self.path.display()
            ))
        })
    }

    /// A key that signs requests or names a role: present, and printable ASCII once trimmed.
    fn key(&self, key: &str) -> Result<String, CredentialsError> {
        let value = self.required(key)?;
        check_value(
            &format!(
                "`{key}` of section [{}] of {}",
                self.name,
                self.path.display()
            ),
            &value,
        )?;
        Ok(value)
    }

    /// The STS settings a role section names; the chain's STS URL override is its only target
    /// setting.
    fn sts_session(&self, config: &ChainConfig) -> Result<StsSession, CredentialsError> {
        Ok(StsSession {
            role_session_name: Some(self.required("role_session_name")?),
            policy: self.optional("policy"),
            target: StsTarget {
                url: config.sts_endpoint.clone(),
                ..StsTarget::default()
            },
            env: config.env.clone(),
            ..StsSession::default()
        })
    }

    fn source(
        &self,
        config: &ChainConfig,
    ) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let kind = self.required("type")?;
        Ok(match kind.as_str() {
            "access_key" => Arc::new(Credentials::new(
                self.key("access_key_id")?,
                self.key("access_key_secret")?,
            )),
            "ecs_ram_role" => {
                let mut provider = EcsRamRoleProvider::from_config(config);
                if let Some(role) = self.optional("role_name") {
                    provider = provider.role_name(role);
                }
                Arc::new(CachedProvider::new(provider))
            }
            "ram_role_arn" => {
                let source =
                    Credentials::new(self.key("access_key_id")?, self.key("access_key_secret")?);
                let provider = RamRoleArnProvider::builder(source, self.key("role_arn")?)
                    .session(self.sts_session(config)?)
                    .build()?;
                Arc::new(CachedProvider::new(provider))
            }
            "oidc_role_arn" => {
                let provider = OidcProvider::builder(
                    self.key("role_arn")?,
                    self.key("oidc_provider_arn")?,
                    self.required("oidc_token_file_path")?,
                )
                .session(self.sts_session(config)?)
                .build()?;
                Arc::new(CachedProvider::new(provider))
            }
            other => {
                return Err(CredentialsError::Unsupported(format!(
                    "section [{}] of {} has type `{other}`, which aliyun-rpc does not support \
                     (supported: access_key, ecs_ram_role, ram_role_arn, oidc_role_arn)",
                    self.name,
                    self.path.display()
                )));
            }
        })
    }
}

/// A parsed INI file: sections in file order, each with its `key = value` entries.
///
/// Blank lines and lines starting with `#` or `;` are skipped; names and values are trimmed;
/// a value wrapped in double quotes loses them. Entries before the first section are ignored.
#[derive(Debug, Default, PartialEq, Eq)]
struct IniFile {
    sections: Vec<(String, Vec<(String, String)>)>,
}

impl IniFile {
    /// Parses `text`. An error names the line, never its content (it may hold a secret).
    fn parse(text: &str) -> Result<IniFile, String> {
        let mut file = IniFile::default();
        let mut current: Option<usize> = None;
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                let name = rest
                    .strip_suffix(']')
                    .ok_or_else(|| format!("line {}: a section header lacks its `]`", index + 1))?
                    .trim();
                current = Some(match file.sections.iter().position(|(n, _)| n == name) {
                    Some(position) => position,
                    None => {
                        file.sections.push((name.to_owned(), Vec::new()));
                        file.sections.len() - 1
                    }
                });
                continue;
            }
            let (key, value) = line.split_once('=').ok_or_else(|| {
                format!(
                    "line {} is neither a `[section]` nor a `key = value` line",
                    index + 1
                )
            })?;
            let value = value.trim();
            let value = value
                .strip_prefix('"')
                .and_then(|inner| inner.strip_suffix('"'))
                .unwrap_or(value);
            if let Some(position) = current {
                file.sections[position]
                    .1
                    .push((key.trim().to_owned(), value.to_owned()));
            }
        }
        Ok(file)
    }

    fn section(&self, name: &str) -> Option<&[(String, String)]> {
        self.sections
            .iter()
            .find(|(section, _)| section == name)
            .map(|(_, entries)| entries.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_comments_and_quotes() {
        let text = "stray = ignored\n# comment\n; another\n[default]\ntype = access_key\n\
                    access_key_id=id\n  access_key_secret = \"a=b\"  \n\n[ other ]\ntype=ecs_ram_role\n";
        let file = IniFile::parse(text).unwrap();
        assert_eq!(file.sections.len(), 2);
        let default = file.section("default").unwrap();
        assert_eq!(default[0], ("type".to_owned(), "access_key".to_owned()));
        assert_eq!(
            default[2],
            ("access_key_secret".to_owned(), "a=b".to_owned())
        );
        assert_eq!(file.section("other").unwrap().len(), 1);
        assert!(file.section("missing").is_none());
    }

    #[test]
    fn errors_name_the_line_but_not_its_content() {
        let error = IniFile::parse("[default]\nSENTINEL-SECRET\n").unwrap_err();
        assert_eq!(
            error,
            "line 2 is neither a `[section]` nor a `key = value` line"
        );
        let error = IniFile::parse("[default\n").unwrap_err();
        assert!(error.contains("line 1"));
    }

    #[test]
    fn repeated_sections_merge_and_later_keys_win() {
        let file = IniFile::parse("[a]\nk = 1\n[b]\n[a]\nk = 2\n").unwrap();
        let section = Section {
            name: "a",
            path: std::path::Path::new("f"),
            entries: file.section("a").unwrap(),
        };
        assert_eq!(section.optional("k").as_deref(), Some("2"));
    }
}
