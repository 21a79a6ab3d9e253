//! A string that never prints itself.

use std::fmt;

pub(crate) mod redact;

pub(crate) use redact::Redactor;

/// What `Debug` and `Display` print instead of a secret.
pub(crate) const REDACTED: &str = "** redacted **";

/// A credential that must not leak: an AccessKey secret or a security token.
///
/// `Debug` and `Display` print `** redacted **`; the value is read only through [`Secret::expose`].
///
/// Clones share the value (a reference count), so that handing credentials to every request
/// copies no secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(std::sync::Arc<str>);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(std::sync::Arc::from(value.into()))
    }

    /// The secret value itself. Call it only where the value goes on the wire or into a MAC.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Secret {
        Secret::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Secret {
        Secret::new(value)
    }
}

/// `text` with every form of each secret found by a [`Redactor::values`] replaced.
///
/// For text the client built itself (a request it shows); what a server sent back goes through
/// [`Redactor::diagnostic`], which also hides any credential named as such.
pub(crate) fn redact(text: &str, secrets: &[&Secret]) -> String {
    Redactor::values(secrets.iter().copied()).redact(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_value() {
        let secret = Secret::new("hunter2-SENTINEL");
        assert_eq!(format!("{secret:?}"), REDACTED);
        assert_eq!(format!("{secret}"), REDACTED);
        assert_eq!(secret.expose(), "hunter2-SENTINEL");
    }

    #[test]
    fn redact_removes_raw_and_encoded_forms() {
        let token = Secret::new("a/b+c=");
        let text = "raw a/b+c= once a%2Fb%2Bc%3D twice a%252Fb%252Bc%253D";
        let clean = redact(text, &[&token]);
        assert!(!clean.contains("a/b+c="));
        assert!(!clean.contains("a%2Fb"));
        assert!(!clean.contains("a%252Fb"));
        assert_eq!(clean.matches(REDACTED).count(), 3);
    }
}
