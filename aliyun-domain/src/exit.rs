//! Exit statuses, and the error that ends a command early.

use aliyun_rpc::Error;

use crate::terminal;

/// Every domain was renewed, or the command did what it was asked.
pub const SUCCESS: u8 = 0;
/// Some renewals failed or their outcome is unknown.
pub const NOT_ALL_RENEWED: u8 = 1;
/// The same status for a task of any kind (`task`, `nameservers set --wait`): a domain's part
/// of it failed, or the wait gave up while some still ran.
pub const NOT_ALL_DONE: u8 = NOT_ALL_RENEWED;
/// Bad arguments or input (clap uses the same status for its usage errors).
pub const USAGE: u8 = 2;
/// The service or the network failed, or no credentials could be had.
pub const SERVICE: u8 = 3;
/// `renew` was interrupted (SIGINT, SIGTERM, SIGHUP or `--timeout`) after it may have ordered
/// something: the orders placed are named on stderr and kept in the journal.
pub const INTERRUPTED: u8 = 4;

/// Why a command stopped early: a message for stderr and the exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// [`USAGE`] or [`SERVICE`].
    pub status: u8,
    /// What went wrong and, where it helps, what to do.
    pub message: String,
}

impl Failure {
    /// A usage or input error.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            status: USAGE,
            message: message.into(),
        }
    }

    /// A service, network or credentials error.
    pub fn service(message: impl Into<String>) -> Failure {
        Failure {
            status: SERVICE,
            message: message.into(),
        }
    }

    /// A client error while doing `what`: a request the user can fix (a malformed endpoint, a
    /// parameter that breaks a rule) is a usage error, anything else a service error.
    pub fn from_rpc(what: &str, error: &Error) -> Failure {
        let message = format!("{what}: {error}");
        match error {
            Error::InvalidRequest { .. } | Error::Config(_) | Error::Endpoint(_) => {
                Failure::usage(message)
            }
            Error::Credentials(_) => Failure::service(format!(
                "{message}; set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET \
                 (or configure another source of the credential chain){}",
                crate::embedded::OR_TRY_IT
            )),
            _ => Failure::service(message),
        }
    }

    /// Prints the message on stderr, made safe for the terminal (it can quote the service's
    /// `Message` or a domain name the server sent), and gives the status.
    pub fn report(&self) -> u8 {
        eprintln!("aliyun-domain: error: {}", self.printable());
        self.status
    }

    /// The message as [`report`](Failure::report) prints it: control, format and invisible
    /// characters shown as escapes such as `\u{1b}`, all on one line.
    pub fn printable(&self) -> String {
        terminal::sanitize(&self.message).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// QueryDomainList refused by the service with this status, code and message.
    fn list_refused(status: u16, code: &str, message: &str) -> Error {
        Error::Service(Box::new(aliyun_rpc::ServiceError::new(
            "QueryDomainList",
            status,
            code,
            message,
        )))
    }

    #[test]
    fn configuration_errors_are_usage_errors_and_the_rest_service_errors() {
        let config = Error::Config("endpoint `x` is not a URL".into());
        assert_eq!(Failure::from_rpc("listing", &config).status, USAGE);
        let service = list_refused(503, "ServiceUnavailable", "try later");
        let failure = Failure::from_rpc("cannot list domains", &service);
        assert_eq!(failure.status, SERVICE);
        assert!(failure.message.starts_with("cannot list domains: "));
    }

    #[test]
    fn a_service_message_prints_with_its_escapes_visible_on_one_line() {
        let service = list_refused(
            400,
            "Bad\u{1b}]0;pwned\u{7}",
            "line one\r\nline two \u{1b}[2J\u{202e}",
        );
        let failure = Failure::from_rpc("cannot list domains", &service);
        let printed = failure.printable();
        assert!(
            !printed.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{printed:?}"
        );
        assert!(printed.contains("Bad\\u{1b}]0;pwned\\u{7}"), "{printed}");
        assert!(printed.contains("line one\\r\\nline two \\u{1b}[2J\\u{202e}"));
        assert!(
            failure.message.contains('\u{1b}'),
            "the message itself is kept"
        );
    }
}
