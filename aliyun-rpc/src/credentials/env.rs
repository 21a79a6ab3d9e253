//! Credentials from environment variables: the `ALIBABA_CLOUD_*` names, then older aliases.

use super::config::Env;
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// The AccessKey id variable.
pub const ACCESS_KEY_ID_VAR: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
/// The AccessKey secret variable.
pub const ACCESS_KEY_SECRET_VAR: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
/// The STS security token variable (optional).
pub const SECURITY_TOKEN_VAR: &str = "ALIBABA_CLOUD_SECURITY_TOKEN";

/// One family of variable names: id (with its alternative spellings), secret, optional token.
struct Family {
    ids: &'static [&'static str],
    secret: &'static str,
    token: Option<&'static str>,
}

/// The families, in the order they are tried.
const FAMILIES: &[Family] = &[
    // The official names; old credentials-go also read the misspelled `..._Id`.
    Family {
        ids: &[ACCESS_KEY_ID_VAR, "ALIBABA_CLOUD_ACCESS_KEY_Id"],
        secret: ACCESS_KEY_SECRET_VAR,
        token: Some(SECURITY_TOKEN_VAR),
    },
    // Terraform and Pulumi.
    Family {
        ids: &["ALICLOUD_ACCESS_KEY"],
        secret: "ALICLOUD_SECRET_KEY",
        token: Some("ALICLOUD_SECURITY_TOKEN"),
    },
    // The legacy Python SDK.
    Family {
        ids: &["ALIYUN_ACCESS_KEY_ID"],
        secret: "ALIYUN_ACCESS_KEY_SECRET",
        token: None,
    },
];

/// Reads the environment at every request, as the official credential chain's first link does.
///
/// The variables are read as families, in this order; the first family with any of its
/// variables set is used, and must be complete:
///
/// 1. `ALIBABA_CLOUD_ACCESS_KEY_ID` (or the older spelling `ALIBABA_CLOUD_ACCESS_KEY_Id`),
///    `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, optional `ALIBABA_CLOUD_SECURITY_TOKEN`;
/// 2. `ALICLOUD_ACCESS_KEY`, `ALICLOUD_SECRET_KEY`, optional `ALICLOUD_SECURITY_TOKEN`
///    (Terraform, Pulumi);
/// 3. `ALIYUN_ACCESS_KEY_ID`, `ALIYUN_ACCESS_KEY_SECRET` (the legacy Python SDK).
///
/// An id is never paired with another family's secret or token. Empty values count as unset.
#[derive(Debug, Clone, Default)]
pub struct EnvironmentProvider {
    env: Env,
}

impl EnvironmentProvider {
    /// A provider reading the process environment.
    pub fn new() -> EnvironmentProvider {
        EnvironmentProvider::default()
    }

    /// A provider reading `env` instead of the process environment.
    pub fn with_env(env: Env) -> EnvironmentProvider {
        EnvironmentProvider { env }
    }

    /// Reads the variables now.
    pub fn load(&self) -> Result<Credentials, CredentialsError> {
        let env = &self.env;
        self.load_from(|name| env.get(name))
    }

    /// Reads the variables through `lookup`, so tests need not touch the process environment.
    pub fn load_from(
        &self,
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Credentials, CredentialsError> {
        let read = |name: &str| lookup(name).filter(|value| !value.is_empty());
        for family in FAMILIES {
            let id = family.ids.iter().find_map(|name| read(name));
            let secret = read(family.secret);
            let token = family.token.and_then(read);
            if id.is_none() && secret.is_none() && token.is_none() {
                continue;
            }
            let id = id.ok_or_else(|| CredentialsError::Missing(family.ids[0].to_owned()))?;
            let secret =
                secret.ok_or_else(|| CredentialsError::Missing(family.secret.to_owned()))?;
            if secret.trim() != secret {
                // A secret pasted with a trailing newline signs wrongly and fails with a
                // confusing SignatureDoesNotMatch; say so here instead.
                return Err(CredentialsError::Invalid(format!(
                    "{} has leading or trailing whitespace",
                    family.secret
                )));
            }
            let credentials = Credentials::new(id, secret);
            return Ok(match token {
                Some(token) => credentials.with_security_token(token),
                None => credentials,
            });
        }
        Err(CredentialsError::Missing(ACCESS_KEY_ID_VAR.to_owned()))
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move { self.load() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn reads_id_secret_and_optional_token() {
        let provider = EnvironmentProvider::new();
        let plain = provider
            .load_from(env(&[
                (ACCESS_KEY_ID_VAR, "id"),
                (ACCESS_KEY_SECRET_VAR, "s"),
            ]))
            .unwrap();
        assert_eq!(plain.access_key_id(), "id");
        assert!(plain.security_token().is_none());
        let sts = provider
            .load_from(env(&[
                (ACCESS_KEY_ID_VAR, "id"),
                (ACCESS_KEY_SECRET_VAR, "s"),
                (SECURITY_TOKEN_VAR, "tok"),
            ]))
            .unwrap();
        assert_eq!(sts.security_token().unwrap().expose(), "tok");
    }

    #[test]
    fn empty_values_count_as_missing_and_name_the_variable() {
        let provider = EnvironmentProvider::new();
        let error = provider
            .load_from(env(&[
                (ACCESS_KEY_ID_VAR, "id"),
                (ACCESS_KEY_SECRET_VAR, ""),
            ]))
            .unwrap_err();
        assert_eq!(
            error,
            CredentialsError::Missing(ACCESS_KEY_SECRET_VAR.to_owned())
        );
    }

    #[test]
    fn nothing_set_names_the_official_id_variable() {
        let error = EnvironmentProvider::new().load_from(env(&[])).unwrap_err();
        assert_eq!(
            error,
            CredentialsError::Missing(ACCESS_KEY_ID_VAR.to_owned())
        );
    }

    #[test]
    fn whitespace_around_the_secret_is_rejected_without_showing_it() {
        let error = EnvironmentProvider::new()
            .load_from(env(&[
                (ACCESS_KEY_ID_VAR, "id"),
                (ACCESS_KEY_SECRET_VAR, "SENTINEL\n"),
            ]))
            .unwrap_err();
        assert!(!error.to_string().contains("SENTINEL"));
    }

    #[test]
    fn official_names_win_over_aliases() {
        let credentials = EnvironmentProvider::new()
            .load_from(env(&[
                ("ALIYUN_ACCESS_KEY_ID", "aliyun"),
                ("ALIYUN_ACCESS_KEY_SECRET", "s3"),
                ("ALICLOUD_ACCESS_KEY", "alicloud"),
                ("ALICLOUD_SECRET_KEY", "s2"),
                (ACCESS_KEY_ID_VAR, "official"),
                (ACCESS_KEY_SECRET_VAR, "s1"),
            ]))
            .unwrap();
        assert_eq!(credentials.access_key_id(), "official");
        assert_eq!(credentials.access_key_secret().expose(), "s1");
    }

    #[test]
    fn the_old_mixed_case_id_spelling_is_read() {
        let credentials = EnvironmentProvider::new()
            .load_from(env(&[
                ("ALIBABA_CLOUD_ACCESS_KEY_Id", "old"),
                (ACCESS_KEY_SECRET_VAR, "s"),
            ]))
            .unwrap();
        assert_eq!(credentials.access_key_id(), "old");
    }

    #[test]
    fn terraform_names_with_their_token() {
        let credentials = EnvironmentProvider::new()
            .load_from(env(&[
                ("ALICLOUD_ACCESS_KEY", "tf"),
                ("ALICLOUD_SECRET_KEY", "s"),
                ("ALICLOUD_SECURITY_TOKEN", "tok"),
                ("ALIYUN_ACCESS_KEY_ID", "aliyun"),
                ("ALIYUN_ACCESS_KEY_SECRET", "s3"),
            ]))
            .unwrap();
        assert_eq!(credentials.access_key_id(), "tf");
        assert_eq!(credentials.security_token().unwrap().expose(), "tok");
    }

    #[test]
    fn legacy_python_names_come_last() {
        let credentials = EnvironmentProvider::new()
            .load_from(env(&[
                ("ALIYUN_ACCESS_KEY_ID", "aliyun"),
                ("ALIYUN_ACCESS_KEY_SECRET", "s3"),
                ("ALICLOUD_SECRET_KEY", ""),
            ]))
            .unwrap();
        assert_eq!(credentials.access_key_id(), "aliyun");
        assert!(credentials.security_token().is_none());
    }

    #[test]
    fn a_half_set_family_is_an_error_not_mixed_with_another() {
        let error = EnvironmentProvider::new()
            .load_from(env(&[
                ("ALICLOUD_ACCESS_KEY", "tf"),
                ("ALIYUN_ACCESS_KEY_ID", "aliyun"),
                ("ALIYUN_ACCESS_KEY_SECRET", "s3"),
            ]))
            .unwrap_err();
        assert_eq!(
            error,
            CredentialsError::Missing("ALICLOUD_SECRET_KEY".to_owned())
        );
    }

    #[tokio::test]
    async fn with_env_reads_the_injected_variables() {
        let provider = EnvironmentProvider::with_env(Env::from_pairs([
            (ACCESS_KEY_ID_VAR, "injected"),
            (ACCESS_KEY_SECRET_VAR, "s"),
        ]));
        let credentials = provider.provide_credentials().await.unwrap();
        assert_eq!(credentials.access_key_id(), "injected");
    }
}
