//! What the metadata service and a credentials URI have in common: a small HTTP client and the
//! JSON document they answer with.

use std::time::{Duration, SystemTime};

use serde_json::Value;

use super::value::problem;
use super::{Credentials, CredentialsError};

/// A client for credential endpoints: `timeout` for connecting and for the whole exchange, no
/// redirects, and no proxy (a proxy must never see, or stand in for, a credential endpoint).
pub(crate) fn http_client(timeout: Duration) -> Result<reqwest::Client, CredentialsError> {
    reqwest::Client::builder()
        .connect_timeout(timeout)
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .user_agent(concat!(
            "aliyun-rpc/",
            env!("CARGO_PKG_VERSION"),
            " (rust; credentials)"
        ))
        .build()
        .map_err(|error| {
            CredentialsError::Unavailable(format!("cannot build an HTTP client: {error}"))
        })
}

/// Describes an HTTP failure without its URL.
pub(crate) fn describe(error: reqwest::Error) -> String {
    let timeout = error.is_timeout();
    let mut message = crate::http_failure::message_without_url(error);
    if timeout {
        message.push_str(" (timed out)");
    }
    message
}

/// Reads `{"Code":"Success","AccessKeyId","AccessKeySecret","SecurityToken","Expiration"}`.
///
/// `what` names the source in errors. No error quotes the body: it holds the secret.
pub(crate) fn parse_document(what: &str, body: &[u8]) -> Result<Credentials, CredentialsError> {
    let document: Value = serde_json::from_slice(body).map_err(|error| {
        CredentialsError::Unavailable(format!(
            "{what} answered with something other than JSON (line {}, column {})",
            error.line(),
            error.column()
        ))
    })?;
    let field = |name: &str| document.get(name).and_then(Value::as_str);
    match field("Code") {
        Some("Success") => {}
        Some(code) => {
            return Err(CredentialsError::Unavailable(format!(
                "{what} answered with Code `{}`",
                printable(code)
            )));
        }
        None => {
            return Err(CredentialsError::Unavailable(format!(
                "{what} answered without a `Code`"
            )));
        }
    }
    let required = |name: &str| {
        let value = field(name)
            .filter(|value| !value.is_empty())
            .ok_or_else(|| {
                CredentialsError::Unavailable(format!("{what} answered without `{name}`"))
            })?;
        // A value with a control character would sign wrongly, break a header, or reach a
        // terminal when the id is shown.
        match problem(value) {
            None => Ok(value),
            Some(problem) => Err(CredentialsError::Unavailable(format!(
                "{what} answered with an `{name}` that {problem}"
            ))),
        }
    };
    let credentials = Credentials::new(required("AccessKeyId")?, required("AccessKeySecret")?)
        .with_security_token(required("SecurityToken")?);
    Ok(match field("Expiration") {
        Some(expiration) => credentials.with_expiration(parse_expiration(what, expiration)?),
        None => credentials,
    })
}

/// Parses an `Expiration` (`YYYY-MM-DDThh:mm:ssZ`).
pub(crate) fn parse_expiration(what: &str, text: &str) -> Result<SystemTime, CredentialsError> {
    humantime::parse_rfc3339_weak(text.trim()).map_err(|_| {
        CredentialsError::Unavailable(format!(
            "{what} answered with an `Expiration` that is not a UTC time (`{}`)",
            printable(text)
        ))
    })
}

/// A short excerpt of a non-secret value, safe to put in a message.
fn printable(text: &str) -> String {
    text.chars()
        .take(64)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    #[test]
    fn a_success_document_gives_temporary_credentials() {
        let body = br#"{"Code":"Success","AccessKeyId":"STS.id","AccessKeySecret":"s","SecurityToken":"t","Expiration":"2016-02-23T12:46:24Z","LastUpdated":"2016-02-23T06:46:24Z"}"#;
        let credentials = parse_document("test", body).unwrap();
        assert_eq!(credentials.access_key_id(), "STS.id");
        assert_eq!(credentials.security_token().unwrap().expose(), "t");
        assert_eq!(
            credentials.expiration(),
            Some(UNIX_EPOCH + Duration::from_secs(1_456_231_584))
        );
    }

    #[test]
    fn another_code_is_named_and_the_body_is_not_quoted() {
        let body = br#"{"Code":"Failed","AccessKeySecret":"SENTINEL"}"#;
        let error = parse_document("metadata", body).unwrap_err();
        assert_eq!(error.to_string(), "metadata answered with Code `Failed`");
        let garbage = parse_document("metadata", b"SENTINEL").unwrap_err();
        assert!(!garbage.to_string().contains("SENTINEL"));
    }

    #[test]
    fn values_with_control_characters_are_refused_without_quoting_them() {
        let body = br#"{"Code":"Success","AccessKeyId":"STS.\u001b[2J","AccessKeySecret":"SENTINEL\r","SecurityToken":"t"}"#;
        let error = parse_document("uri", body).unwrap_err().to_string();
        assert_eq!(
            error,
            "uri answered with an `AccessKeyId` that contains a control character (U+001B)"
        );
        let body = br#"{"Code":"Success","AccessKeyId":"id","AccessKeySecret":"SENTINEL\r","SecurityToken":"t"}"#;
        let error = parse_document("uri", body).unwrap_err().to_string();
        assert!(error.contains("ends with a carriage return"), "{error}");
        assert!(!error.contains("SENTINEL"));
    }

    #[test]
    fn missing_fields_and_bad_times_are_named() {
        let body = br#"{"Code":"Success","AccessKeyId":"id","AccessKeySecret":"s"}"#;
        assert!(
            parse_document("uri", body)
                .unwrap_err()
                .to_string()
                .contains("`SecurityToken`")
        );
        let body = br#"{"Code":"Success","AccessKeyId":"id","AccessKeySecret":"s","SecurityToken":"t","Expiration":"tomorrow"}"#;
        assert!(
            parse_document("uri", body)
                .unwrap_err()
                .to_string()
                .contains("`tomorrow`")
        );
    }
}
