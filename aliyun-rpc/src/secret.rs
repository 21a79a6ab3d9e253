//! A string that never prints itself.

use std::fmt;

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

/// Replaces every occurrence of each secret (raw, percent-encoded once and twice) in `text`.
///
/// Server messages can echo a signed string that contains the security token, so anything taken
/// from a response passes through here before it reaches an error.
pub(crate) fn redact(text: &str, secrets: &[&Secret]) -> String {
    let mut out = text.to_owned();
    for secret in secrets {
        let raw = secret.expose();
        if raw.is_empty() {
            continue;
        }
        let once = crate::encode::percent_encode(raw);
        let twice = crate::encode::percent_encode(&once);
        for form in [twice, once, raw.to_owned()] {
            if out.contains(&form) {
                out = out.replace(&form, REDACTED);
            }
        }
    }
    out
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
