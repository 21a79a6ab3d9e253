//! The recorder: every API call the emulator answered, for a test's assertions.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;

/// Parameters that carry or reveal secrets, left out of recorded calls.
const SECRET_PARAMETERS: [&str; 2] = ["Signature", "SecurityToken"];

/// How many calls are kept; older ones are forgotten first, so a long-running emulator does not
/// grow without bound.
pub(crate) const RECORDER_CAPACITY: usize = 10_000;

/// What the client got for one call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallOutcome {
    /// A success document.
    Success,
    /// An error document with this HTTP status and `Code`.
    Error {
        /// The HTTP status.
        status: u16,
        /// The error `Code`, e.g. `DomainNotExist` or `Throttling.User`.
        code: String,
    },
    /// The connection was closed without any response (a fault).
    Dropped,
}

/// One API call as the emulator saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedCall {
    /// The `Action` (V1) or `x-acs-action` (V3); empty when the request named none.
    pub action: String,
    /// Query and form parameters, without `Signature` and `SecurityToken`.
    pub parameters: BTreeMap<String, String>,
    /// What the client got.
    pub outcome: CallOutcome,
    /// Whether the action itself was carried out successfully, whatever the client saw: `true`
    /// for a success, and for a fault that struck after processing (a 503 or a dropped
    /// connection that hides a created task).
    pub applied: bool,
    /// The request id of the answer (also in its body and `x-acs-request-id` header).
    pub request_id: String,
}

impl RecordedCall {
    /// The value of one recorded parameter.
    pub fn parameter(&self, name: &str) -> Option<&str> {
        self.parameters.get(name).map(String::as_str)
    }

    /// The error code, if the client got an error.
    pub fn error_code(&self) -> Option<&str> {
        match &self.outcome {
            CallOutcome::Error { code, .. } => Some(code),
            CallOutcome::Success | CallOutcome::Dropped => None,
        }
    }
}

/// The calls answered so far, oldest first.
#[derive(Debug, Default)]
pub(crate) struct Recorder {
    calls: Mutex<VecDeque<RecordedCall>>,
}

impl Recorder {
    /// Records a call, leaving out the secret parameters.
    pub(crate) fn record(
        &self,
        action: &str,
        mut parameters: BTreeMap<String, String>,
        outcome: CallOutcome,
        applied: bool,
        request_id: &str,
    ) {
        for name in SECRET_PARAMETERS {
            parameters.remove(name);
        }
        let mut calls = self
            .calls
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if calls.len() == RECORDER_CAPACITY {
            calls.pop_front();
        }
        calls.push_back(RecordedCall {
            action: action.to_owned(),
            parameters,
            outcome,
            applied,
            request_id: request_id.to_owned(),
        });
    }

    /// A copy of the calls, oldest first.
    pub(crate) fn calls(&self) -> Vec<RecordedCall> {
        self.calls
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .iter()
            .cloned()
            .collect()
    }

    /// How many calls are kept.
    pub(crate) fn len(&self) -> usize {
        self.calls
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .len()
    }

    /// Forgets every call.
    pub(crate) fn clear(&self) {
        self.calls
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_left_out_and_the_oldest_calls_go_first() {
        let recorder = Recorder::default();
        let parameters: BTreeMap<String, String> = [
            ("Signature", "c2VjcmV0"),
            ("SecurityToken", "token"),
            ("DomainName", "a.com"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        for _ in 0..=RECORDER_CAPACITY {
            recorder.record("A", parameters.clone(), CallOutcome::Success, true, "ID");
        }
        recorder.record(
            "B",
            parameters,
            CallOutcome::Error {
                status: 400,
                code: "X".into(),
            },
            false,
            "ID2",
        );
        let calls = recorder.calls();
        assert_eq!(calls.len(), RECORDER_CAPACITY);
        let last = calls.last().unwrap();
        assert_eq!(last.action, "B");
        assert_eq!(last.error_code(), Some("X"));
        assert_eq!(last.parameter("DomainName"), Some("a.com"));
        assert_eq!(last.parameter("Signature"), None);
        assert_eq!(last.parameter("SecurityToken"), None);
        recorder.clear();
        assert!(recorder.calls().is_empty());
    }
}
