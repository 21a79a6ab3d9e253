//! Credentials from environment variables: the `ALIBABA_CLOUD_*` names, then older aliases.

use super::config::Env;
use super::value::check_value;
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
/// The variables are read as families, in this order:
///
/// 1. `ALIBABA_CLOUD_ACCESS_KEY_ID` (or the older spelling `ALIBABA_CLOUD_ACCESS_KEY_Id`),
///    `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, optional `ALIBABA_CLOUD_SECURITY_TOKEN`;
/// 2. `ALICLOUD_ACCESS_KEY`, `ALICLOUD_SECRET_KEY`, optional `ALICLOUD_SECURITY_TOKEN`
///    (Terraform, Pulumi);
/// 3. `ALIYUN_ACCESS_KEY_ID`, `ALIYUN_ACCESS_KEY_SECRET` (the legacy Python SDK).
///
/// A family whose variables are all unset or empty is absent, and the next one is tried (as in
/// credentials-go, where an empty variable reads as unset); with none present the error is
/// [`CredentialsError::Missing`], and a chain goes on to its next source. The first family with
/// any variable set is used, and must then be complete and well formed: an id without its
/// secret (or the reverse, or a token without either) is an [`CredentialsError::Invalid`]
/// naming both variables, and so is a value that is not printable ASCII. An id is never paired
/// with another family's secret or token.
///
/// **Nothing is trimmed.** The official providers (credentials-go, credentials-python,
/// credentials-java, credentials-nodejs) use the values exactly as given, so a secret ending in
/// a carriage return or starting with a space would sign every request wrongly there. Here it
/// is an error naming the variable and the character (`ALIBABA_CLOUD_ACCESS_KEY_SECRET ends with
/// a carriage return (U+000D)`), never the value, and the chain stops there instead of falling
/// through to a CLI profile that may belong to another account.
///
/// The credentials are described as `environment (<id variable>)` ([`Credentials::source`]).
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
        let read = |name: &'static str| {
            lookup(name)
                .filter(|value| !value.is_empty())
                .map(|value| (name, value))
        };
        for family in FAMILIES {
            let id = family.ids.iter().find_map(|name| read(name));
            let secret = read(family.secret);
            let token = family.token.and_then(read);
            let Some(present) = [&id, &secret, &token]
                .into_iter()
                .find_map(|set| set.as_ref().map(|(name, _)| *name))
            else {
                continue;
            };
            let incomplete = |missing: &str| {
                CredentialsError::Invalid(format!(
                    "{present} is set but {missing} is not (or is empty); set both, or unset \
                     {present}"
                ))
            };
            let (id_name, id) = id.ok_or_else(|| incomplete(family.ids[0]))?;
            let (secret_name, secret) = secret.ok_or_else(|| incomplete(family.secret))?;
            check_value(id_name, &id)?;
            check_value(secret_name, &secret)?;
            let credentials =
                Credentials::new(id, secret).with_source(format!("environment ({id_name})"));
            return Ok(match token {
                Some((token_name, token)) => {
                    check_value(token_name, &token)?;
                    credentials.with_security_token(token)
                }
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

    /// What the provider reads from exactly these variables.
    fn load(pairs: &[(&str, &str)]) -> Result<Credentials, CredentialsError> {
        EnvironmentProvider::new().load_from(env(pairs))
    }

    #[test]
    fn reads_id_secret_and_optional_token() {
        let plain = load(&[(ACCESS_KEY_ID_VAR, "id"), (ACCESS_KEY_SECRET_VAR, "s")]).unwrap();
        assert_eq!(plain.access_key_id(), "id");
        assert!(plain.security_token().is_none());
        let sts = load(&[
            (ACCESS_KEY_ID_VAR, "id"),
            (ACCESS_KEY_SECRET_VAR, "s"),
            (SECURITY_TOKEN_VAR, "tok"),
        ])
        .unwrap();
        assert_eq!(sts.security_token().unwrap().expose(), "tok");
    }

    #[test]
    fn an_empty_secret_beside_an_id_is_invalid_and_names_both_variables() {
        let error = load(&[(ACCESS_KEY_ID_VAR, "id"), (ACCESS_KEY_SECRET_VAR, "")]).unwrap_err();
        assert!(!error.source_is_absent());
        assert!(
            error.to_string().starts_with(
                "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not"
            ),
            "{error}"
        );
    }

    #[test]
    fn a_family_of_empty_values_is_absent() {
        let error = load(&[
            (ACCESS_KEY_ID_VAR, ""),
            (ACCESS_KEY_SECRET_VAR, ""),
            (SECURITY_TOKEN_VAR, ""),
        ])
        .unwrap_err();
        assert!(error.source_is_absent());
    }

    #[test]
    fn the_source_names_the_id_variable() {
        let credentials =
            load(&[("ALICLOUD_ACCESS_KEY", "tf"), ("ALICLOUD_SECRET_KEY", "s")]).unwrap();
        assert_eq!(
            credentials.source(),
            Some("environment (ALICLOUD_ACCESS_KEY)")
        );
    }

    #[test]
    fn nothing_set_names_the_official_id_variable() {
        let error = load(&[]).unwrap_err();
        assert_eq!(
            error,
            CredentialsError::Missing(ACCESS_KEY_ID_VAR.to_owned())
        );
    }

    #[test]
    fn whitespace_around_the_secret_is_rejected_without_showing_it() {
        let error = load(&[
            (ACCESS_KEY_ID_VAR, "id"),
            (ACCESS_KEY_SECRET_VAR, "SENTINEL\n"),
        ])
        .unwrap_err();
        assert!(!error.to_string().contains("SENTINEL"));
    }

    #[test]
    fn official_names_win_over_aliases() {
        let credentials = load(&[
            ("ALIYUN_ACCESS_KEY_ID", "aliyun"),
            ("ALIYUN_ACCESS_KEY_SECRET", "s3"),
            ("ALICLOUD_ACCESS_KEY", "alicloud"),
            ("ALICLOUD_SECRET_KEY", "s2"),
            (ACCESS_KEY_ID_VAR, "official"),
            (ACCESS_KEY_SECRET_VAR, "s1"),
        ])
        .unwrap();
        assert_eq!(credentials.access_key_id(), "official");
        assert_eq!(credentials.access_key_secret().expose(), "s1");
    }

    #[test]
    fn the_old_mixed_case_id_spelling_is_read() {
        let credentials = load(&[
            ("ALIBABA_CLOUD_ACCESS_KEY_Id", "old"),
            (ACCESS_KEY_SECRET_VAR, "s"),
        ])
        .unwrap();
        assert_eq!(credentials.access_key_id(), "old");
    }

    #[test]
    fn terraform_names_with_their_token() {
        let credentials = load(&[
            ("ALICLOUD_ACCESS_KEY", "tf"),
            ("ALICLOUD_SECRET_KEY", "s"),
            ("ALICLOUD_SECURITY_TOKEN", "tok"),
            ("ALIYUN_ACCESS_KEY_ID", "aliyun"),
            ("ALIYUN_ACCESS_KEY_SECRET", "s3"),
        ])
        .unwrap();
        assert_eq!(credentials.access_key_id(), "tf");
        assert_eq!(credentials.security_token().unwrap().expose(), "tok");
    }

    #[test]
    fn legacy_python_names_come_last() {
        let credentials = load(&[
            ("ALIYUN_ACCESS_KEY_ID", "aliyun"),
            ("ALIYUN_ACCESS_KEY_SECRET", "s3"),
            ("ALICLOUD_SECRET_KEY", ""),
        ])
        .unwrap();
        assert_eq!(credentials.access_key_id(), "aliyun");
        assert!(credentials.security_token().is_none());
    }

    #[test]
    fn a_half_set_family_is_an_error_not_mixed_with_another() {
        let error = load(&[
            ("ALICLOUD_ACCESS_KEY", "tf"),
            ("ALIYUN_ACCESS_KEY_ID", "aliyun"),
            ("ALIYUN_ACCESS_KEY_SECRET", "s3"),
        ])
        .unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("ALICLOUD_ACCESS_KEY is set but ALICLOUD_SECRET_KEY is not"),
            "{error}"
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
