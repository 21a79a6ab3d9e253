//! Value types shared by several Domain actions.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// The language of error messages (`Lang`): English unless asked otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "lowercase")]
pub enum Lang {
    /// `zh`: Chinese.
    Zh,
    /// `en`: English (the service's default).
    #[default]
    En,
}

/// A tag: a key and its value. Sent as a `Tag.N` entry of a filter, and read from the `Tag`
/// list of a domain in answers (`{"Tag": {"Tag": [{"Key": …, "Value": …}]}}`).
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// `Key`; a filter's key must not be empty (an answer's may be, and reads as empty).
    #[rpc(non_empty)]
    #[serde(default)]
    pub key: String,
    /// `Value`.
    pub value: Option<String>,
}

/// The state of one domain's part of a task (`TaskStatus` / `TaskStatusCode` of a task detail).
///
/// Reads the documented strings (`EXECUTE_SUCCESS`) and the numeric codes (`2`, or `"2"`) alike;
/// anything else is kept as [`TaskStatus::Other`] rather than failing the whole page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskStatus {
    /// `WAITING_EXECUTE` (0): queued.
    WaitingExecute,
    /// `EXECUTING` (1): in progress.
    Executing,
    /// `EXECUTE_SUCCESS` (2): done.
    ExecuteSuccess,
    /// `EXECUTE_FAILURE` (3): failed after the service's own retries; final.
    ExecuteFailure,
    /// A value this client does not know.
    Other(String),
}

impl TaskStatus {
    /// Whether the status can no longer change.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            TaskStatus::ExecuteSuccess | TaskStatus::ExecuteFailure
        )
    }

    /// The status of a numeric `TaskStatusCode`.
    pub fn from_code(code: i64) -> TaskStatus {
        match code {
            0 => TaskStatus::WaitingExecute,
            1 => TaskStatus::Executing,
            2 => TaskStatus::ExecuteSuccess,
            3 => TaskStatus::ExecuteFailure,
            other => TaskStatus::Other(other.to_string()),
        }
    }

    /// The status of a `TaskStatus` string or of a code written as a string.
    pub fn from_text(text: &str) -> TaskStatus {
        match text.trim() {
            "WAITING_EXECUTE" => TaskStatus::WaitingExecute,
            "EXECUTING" => TaskStatus::Executing,
            "EXECUTE_SUCCESS" => TaskStatus::ExecuteSuccess,
            "EXECUTE_FAILURE" => TaskStatus::ExecuteFailure,
            other => other
                .parse::<i64>()
                .map(TaskStatus::from_code)
                .unwrap_or_else(|_| TaskStatus::Other(other.to_owned())),
        }
    }

    /// The documented string.
    pub fn as_str(&self) -> &str {
        match self {
            TaskStatus::WaitingExecute => "WAITING_EXECUTE",
            TaskStatus::Executing => "EXECUTING",
            TaskStatus::ExecuteSuccess => "EXECUTE_SUCCESS",
            TaskStatus::ExecuteFailure => "EXECUTE_FAILURE",
            TaskStatus::Other(other) => other,
        }
    }
}

impl fmt::Display for TaskStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Visits a string or an integer and converts it with two functions.
struct TextOrCode<T> {
    from_text: fn(&str) -> T,
    from_code: fn(i64) -> T,
}

impl<T> Visitor<'_> for TextOrCode<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a status string or code")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        Ok((self.from_text)(text))
    }

    fn visit_i64<E: de::Error>(self, code: i64) -> Result<T, E> {
        Ok((self.from_code)(code))
    }

    fn visit_u64<E: de::Error>(self, code: u64) -> Result<T, E> {
        i64::try_from(code)
            .map(self.from_code)
            .map_err(|_| E::custom("status code out of range"))
    }
}

impl<'de> Deserialize<'de> for TaskStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TaskStatus, D::Error> {
        deserializer.deserialize_any(TextOrCode {
            from_text: TaskStatus::from_text,
            from_code: TaskStatus::from_code,
        })
    }
}

/// The filter `TaskStatus` of `QueryTaskDetailList`, sent as its numeric code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum TaskStatusFilter {
    /// `0`: waiting.
    #[rpc(rename = "0")]
    WaitingExecute,
    /// `1`: executing.
    #[rpc(rename = "1")]
    Executing,
    /// `2`: succeeded.
    #[rpc(rename = "2")]
    ExecuteSuccess,
    /// `3`: failed.
    #[rpc(rename = "3")]
    ExecuteFailure,
}

/// The state of a whole task (`TaskStatus` of `QueryTaskList`): it does not say whether each
/// domain succeeded; read `QueryTaskDetailList` for that.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskInfoStatus {
    /// `WAITING_EXECUTE`.
    WaitingExecute,
    /// `EXECUTING`.
    Executing,
    /// `COMPLETE`: every detail is finished, successfully or not.
    Complete,
    /// A value this client does not know (including the undocumented numeric codes).
    Other(String),
}

impl TaskInfoStatus {
    fn from_text(text: &str) -> TaskInfoStatus {
        match text.trim() {
            "WAITING_EXECUTE" => TaskInfoStatus::WaitingExecute,
            "EXECUTING" => TaskInfoStatus::Executing,
            "COMPLETE" => TaskInfoStatus::Complete,
            other => TaskInfoStatus::Other(other.to_owned()),
        }
    }

    fn from_code(code: i64) -> TaskInfoStatus {
        // Older documents number task states 1 to 3 unlike detail states; current ones omit them.
        TaskInfoStatus::Other(code.to_string())
    }
}

impl<'de> Deserialize<'de> for TaskInfoStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TaskInfoStatus, D::Error> {
        deserializer.deserialize_any(TextOrCode {
            from_text: TaskInfoStatus::from_text,
            from_code: TaskInfoStatus::from_code,
        })
    }
}

/// `QueryType` of `QueryDomainList`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum DomainQueryType {
    /// `1`: domains that need renewal.
    #[rpc(rename = "1")]
    NeedsRenewal,
    /// `2`: domains that need redemption.
    #[rpc(rename = "2")]
    NeedsRedemption,
}

/// `OrderKeyType` of `QueryDomainList`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum OrderKey {
    /// `RegistrationDate`.
    RegistrationDate,
    /// `ExpirationDate`.
    ExpirationDate,
}

/// `OrderByType` of `QueryDomainList`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "UPPERCASE")]
pub enum SortOrder {
    /// `ASC`.
    Asc,
    /// `DESC` (the service's default).
    Desc,
}

/// `ProductDomainType` of `QueryDomainList`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, aliyun_rpc::RpcValue)]
pub enum ProductDomainType {
    /// `New gTLD`.
    #[rpc(rename = "New gTLD")]
    NewGtld,
    /// `gTLD`.
    #[rpc(rename = "gTLD")]
    Gtld,
    /// `ccTLD`.
    #[rpc(rename = "ccTLD")]
    Cctld,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_status_reads_strings_and_codes_alike() {
        for (text, status) in [
            ("EXECUTE_SUCCESS", TaskStatus::ExecuteSuccess),
            ("2", TaskStatus::ExecuteSuccess),
            ("3", TaskStatus::ExecuteFailure),
            ("PAUSED", TaskStatus::Other("PAUSED".into())),
        ] {
            assert_eq!(TaskStatus::from_text(text), status);
        }
        assert_eq!(TaskStatus::from_code(0), TaskStatus::WaitingExecute);
        assert!(TaskStatus::from_code(3).is_terminal());
        assert!(!TaskStatus::from_code(1).is_terminal());
        assert!(!TaskStatus::from_code(9).is_terminal());
    }
}
