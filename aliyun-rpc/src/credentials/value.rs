//! Checks on the values that sign requests: an AccessKey id, secret or security token, an ARN.
//!
//! The official credential providers (credentials-go, credentials-python,
//! credentials-java, credentials-nodejs) use environment values and profile fields exactly as
//! given: they trim nothing. Neither does this crate, since a secret "fixed up" silently is
//! still not the one the user meant. A value with a space, a control character (a carriage
//! return from a Windows file, a newline from `echo`) or any character outside printable ASCII
//! is rejected, the error says which character and where, and never shows the value.

use super::CredentialsError;

/// Checks that `value`, named `what` in the error (`ALIBABA_CLOUD_ACCESS_KEY_SECRET`, "`access_key_secret`
/// of profile `default` of …"), is non-empty printable ASCII without spaces.
pub(crate) fn check_value(what: &str, value: &str) -> Result<(), CredentialsError> {
    match problem(value) {
        None => Ok(()),
        Some(problem) => Err(CredentialsError::Invalid(format!(
            "{what} {problem}; credential values are used exactly as given (nothing is trimmed, \
             as in the official SDKs), so fix the value"
        ))),
    }
}

/// What is wrong with `value`, if anything, without quoting it: `ends with a carriage return
/// (U+000D)`.
pub(crate) fn problem(value: &str) -> Option<String> {
    if value.is_empty() {
        return Some("is empty".to_owned());
    }
    let (index, bad) = value.char_indices().find(|&(_, c)| !c.is_ascii_graphic())?;
    let place = if index == 0 {
        "starts with"
    } else if index + bad.len_utf8() == value.len() {
        "ends with"
    } else {
        "contains"
    };
    Some(format!(
        "{place} {} (U+{:04X})",
        character_name(bad),
        u32::from(bad)
    ))
}

fn character_name(c: char) -> &'static str {
    match c {
        ' ' => "a space",
        '\t' => "a tab",
        '\r' => "a carriage return",
        '\n' => "a line feed",
        '\u{a0}' => "a no-break space",
        '\u{feff}' => "a byte order mark",
        c if c.is_control() => "a control character",
        c if c.is_whitespace() => "a space character",
        _ => "a character that is not printable ASCII",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(value: &str) -> String {
        check_value("VAR", value).unwrap_err().to_string()
    }

    #[test]
    fn printable_ascii_passes() {
        assert!(check_value("VAR", "LTAI5tAbc+/=.-_").is_ok());
    }

    #[test]
    fn the_problem_and_its_place_are_named_without_the_value() {
        assert!(message("SENTINEL\r").starts_with("VAR ends with a carriage return (U+000D);"));
        assert!(message(" SENTINEL").starts_with("VAR starts with a space (U+0020)"));
        assert!(message("SENT\tINEL").starts_with("VAR contains a tab (U+0009)"));
        assert!(message("SENTINEL\n").contains("a line feed (U+000A)"));
        assert!(message("SENT\u{7}INEL").contains("a control character (U+0007)"));
        assert!(message("\u{feff}SENTINEL").contains("a byte order mark (U+FEFF)"));
        assert!(message("SENTINEL\u{a0}").contains("a no-break space (U+00A0)"));
        assert!(message("SENTINÉL").contains("not printable ASCII (U+00C9)"));
        assert!(message("").starts_with("VAR is empty"));
        for value in ["SENTINEL\r", " SENTINEL", "SENTINÉL"] {
            assert!(!message(value).contains("SENTIN"));
        }
    }
}
