//! Credentials from the `ALIBABA_CLOUD_*` environment variables.

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// The AccessKey id variable.
pub const ACCESS_KEY_ID_VAR: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
/// The AccessKey secret variable.
pub const ACCESS_KEY_SECRET_VAR: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
/// The STS security token variable (optional).
pub const SECURITY_TOKEN_VAR: &str = "ALIBABA_CLOUD_SECURITY_TOKEN";

/// Reads the environment at every request, as the official credential chain's first link does.
/// Empty values count as unset.
#[derive(Debug, Clone, Default)]
pub struct EnvironmentProvider {
    _private: (),
}

impl EnvironmentProvider {
    /// A provider reading the process environment.
    pub fn new() -> EnvironmentProvider {
        EnvironmentProvider::default()
    }

    /// Reads the variables now.
    pub fn load(&self) -> Result<Credentials, CredentialsError> {
        self.load_from(|name| std::env::var(name).ok())
    }

    /// Reads the variables through `lookup`, so tests need not touch the process environment.
    pub fn load_from(
        &self,
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Credentials, CredentialsError> {
        let read = |name: &str| lookup(name).filter(|value| !value.is_empty());
        let id = read(ACCESS_KEY_ID_VAR)
            .ok_or_else(|| CredentialsError::Missing(ACCESS_KEY_ID_VAR.to_owned()))?;
        let secret = read(ACCESS_KEY_SECRET_VAR)
            .ok_or_else(|| CredentialsError::Missing(ACCESS_KEY_SECRET_VAR.to_owned()))?;
        if secret.trim() != secret {
            // A secret pasted with a trailing newline signs wrongly and fails with a confusing
            // SignatureDoesNotMatch; say so here instead.
            return Err(CredentialsError::Invalid(format!(
                "{ACCESS_KEY_SECRET_VAR} has leading or trailing whitespace"
            )));
        }
        let credentials = Credentials::new(id, secret);
        Ok(match read(SECURITY_TOKEN_VAR) {
            Some(token) => credentials.with_security_token(token),
            None => credentials,
        })
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
    fn whitespace_around_the_secret_is_rejected_without_showing_it() {
        let error = EnvironmentProvider::new()
            .load_from(env(&[
                (ACCESS_KEY_ID_VAR, "id"),
                (ACCESS_KEY_SECRET_VAR, "SENTINEL\n"),
            ]))
            .unwrap_err();
        assert!(!error.to_string().contains("SENTINEL"));
    }
}
