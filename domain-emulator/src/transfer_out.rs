//! The transfer of a domain to another registrar, as the account sees it: the authorization code
//! is issued, the gaining registrar's request arrives with it, the request waits for approval (or
//! for the registry's waiting period to end) and the domain leaves the account, unless the owner
//! cancels it or the transfer lock is on.

use serde::{Deserialize, Serialize};

use crate::calendar::DAY_MS;
use crate::state::State;

/// How long a pending transfer waits before the registry completes it by itself (ICANN's
/// five-day auto-acknowledgement).
pub(crate) const WAITING_PERIOD_MS: i64 = 5 * DAY_MS;

/// How long an authorization code stays valid (the emulator's choice; registries differ).
const CODE_VALIDITY_MS: i64 = 30 * DAY_MS;

/// Where a transfer out stands, with the `Status` codes QueryTransferOutInfo reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum TransferOutStatus {
    /// `3`: the authorization code was sent to the registrant.
    CodeIssued,
    /// `4`: the gaining registrar's request arrived and waits.
    Pending,
    /// `5`: the domain left the account.
    Done,
    /// `8`: the owner cancelled it, or the registry refused it.
    Failed,
}

impl TransferOutStatus {
    /// The `Status` code of QueryTransferOutInfo.
    pub(crate) fn code(self) -> u8 {
        match self {
            Self::CodeIssued => 3,
            Self::Pending => 4,
            Self::Done => 5,
            Self::Failed => 8,
        }
    }
}

/// One domain's transfer out. It outlives the domain, so that QueryTransferOutInfo can still
/// say that it left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TransferOut {
    pub(crate) status: TransferOutStatus,
    /// Where the code was sent: the registrant's e-mail address at the time.
    pub(crate) email: String,
    pub(crate) authorization_code: String,
    pub(crate) code_sent_ms: i64,
    pub(crate) code_expires_ms: i64,
    /// When the gaining registrar's request arrived.
    pub(crate) pending_since_ms: Option<i64>,
    /// A quick transfer out was applied for: a request completes as soon as it arrives.
    pub(crate) quick: bool,
    /// Why it failed (`clientRejected`, `clientTransferProhibited`, …); empty otherwise.
    pub(crate) result_code: String,
    pub(crate) result_msg: String,
}

/// What a transfer-out task does when it executes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum TransferOutStep {
    /// Issues a new authorization code (`SaveSingleTaskForQueryingTransferAuthorizationCode`).
    IssueCode,
    /// The gaining registrar's request with this code (`…TransferOutByAuthorizationCode`).
    Request(String),
    /// The owner approves the pending request: the domain leaves at once.
    Approve,
    /// The owner cancels the transfer (pending or only a code issued).
    Cancel,
    /// Applies for a quick transfer out: a code if none is valid, and no waiting.
    Quick,
}

impl TransferOutStep {
    /// The emulator's own `TaskType` names: the documentation lists none for these tasks.
    pub(crate) fn task_type(&self) -> &'static str {
        match self {
            Self::IssueCode => "QUERY_TRANSFER_AUTH_CODE",
            Self::Request(_) => "TRANSFER_OUT_BY_AUTH_CODE",
            Self::Approve => "APPROVE_TRANSFER_OUT",
            Self::Cancel => "CANCEL_TRANSFER_OUT",
            Self::Quick => "QUICK_TRANSFER_OUT",
        }
    }
}

/// The refusal when the transfer lock is on.
const LOCKED: &str = "The domain has the transfer lock on; turn it off first.";

impl State {
    /// The transfer out of `domain_name`, if one was ever started.
    pub(crate) fn transfer_out(&self, domain_name: &str) -> Option<&TransferOut> {
        self.transfer_outs.get(&domain_name.to_ascii_lowercase())
    }

    /// Carries out one transfer-out step on `domain` (which is in the account) at `now`.
    pub(crate) fn execute_transfer_out(
        &mut self,
        domain_name: &str,
        step: &TransferOutStep,
        now: i64,
    ) -> Result<(), &'static str> {
        let Some(domain) = self.domain(domain_name) else {
            return Err("The domain does not exist.");
        };
        let locked = domain.transfer_prohibition_lock;
        let email = domain.email.clone();
        let key = domain_name.to_ascii_lowercase();
        let current = self.transfer_outs.get(&key).cloned();
        let code_valid = current.as_ref().is_some_and(|t| {
            matches!(
                t.status,
                TransferOutStatus::CodeIssued | TransferOutStatus::Pending
            ) && now < t.code_expires_ms
        });
        let next = match step {
            TransferOutStep::IssueCode | TransferOutStep::Quick if locked => return Err(LOCKED),
            TransferOutStep::IssueCode => self.issued(email, now, false),
            TransferOutStep::Quick => {
                let mut transfer = match current {
                    Some(t) if code_valid => t,
                    _ => self.issued(email, now, true),
                };
                transfer.quick = true;
                transfer
            }
            TransferOutStep::Request(code) => {
                let Some(mut transfer) = current.filter(|_| code_valid) else {
                    return Err("No valid authorization code was issued for the domain.");
                };
                if transfer.status == TransferOutStatus::Pending {
                    return Err("A transfer out of the domain is already pending.");
                }
                if *code != transfer.authorization_code {
                    return Err("The authorization code is not the domain's.");
                }
                if locked {
                    transfer.status = TransferOutStatus::Failed;
                    transfer.result_code = "clientTransferProhibited".to_owned();
                    transfer.result_msg = "The transfer lock is on.".to_owned();
                    self.transfer_outs.insert(key, transfer);
                    return Err(LOCKED);
                }
                transfer.status = TransferOutStatus::Pending;
                transfer.pending_since_ms = Some(now);
                transfer
            }
            TransferOutStep::Approve => match current {
                Some(t) if t.status == TransferOutStatus::Pending => t,
                _ => return Err("No transfer out of the domain is pending."),
            },
            TransferOutStep::Cancel => match current {
                Some(mut t) if code_valid => {
                    t.status = TransferOutStatus::Failed;
                    t.result_code = "clientRejected".to_owned();
                    t.result_msg = "The owner cancelled the transfer out.".to_owned();
                    t
                }
                _ => return Err("No transfer out of the domain is in progress."),
            },
        };
        let completes = next.status == TransferOutStatus::Pending
            && (next.quick || matches!(step, TransferOutStep::Approve));
        self.transfer_outs.insert(key.clone(), next);
        if completes {
            self.complete_transfer_out(&key);
        }
        Ok(())
    }

    /// A freshly issued code, sent to `email` at `now`.
    fn issued(&mut self, email: String, now: i64, quick: bool) -> TransferOut {
        TransferOut {
            status: TransferOutStatus::CodeIssued,
            email,
            authorization_code: format!("Emu-{}#Auth", self.next_serial()),
            code_sent_ms: now,
            code_expires_ms: now + CODE_VALIDITY_MS,
            pending_since_ms: None,
            quick,
            result_code: String::new(),
            result_msg: String::new(),
        }
    }

    /// Completes every pending transfer out whose waiting period has ended by `now` (the
    /// registry's auto-acknowledgement); a domain whose transfer lock went on meanwhile is
    /// refused by the registry instead. Returns whether anything changed.
    pub(crate) fn complete_due_transfer_outs(&mut self, now: i64) -> bool {
        let due: Vec<String> = self
            .transfer_outs
            .iter()
            .filter(|(_, t)| {
                t.status == TransferOutStatus::Pending
                    && t.pending_since_ms
                        .is_some_and(|since| now - since >= WAITING_PERIOD_MS)
            })
            .map(|(key, _)| key.clone())
            .collect();
        for key in &due {
            if self
                .domain(key)
                .is_some_and(|d| d.transfer_prohibition_lock)
            {
                if let Some(transfer) = self.transfer_outs.get_mut(key) {
                    transfer.status = TransferOutStatus::Failed;
                    transfer.result_code = "clientTransferProhibited".to_owned();
                    transfer.result_msg = "The transfer lock is on.".to_owned();
                }
            } else {
                self.complete_transfer_out(key);
            }
        }
        !due.is_empty()
    }

    /// The domain leaves the account.
    fn complete_transfer_out(&mut self, key: &str) {
        if let Some(transfer) = self.transfer_outs.get_mut(key) {
            transfer.status = TransferOutStatus::Done;
        }
        self.domains
            .retain(|d| !d.domain_name.eq_ignore_ascii_case(key));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::DomainRecord;

    const NOW: i64 = 1_700_000_000_000;

    fn account() -> State {
        State::with_domains(vec![DomainRecord::new("a.com", NOW + 365 * DAY_MS)])
    }

    #[test]
    fn a_pending_transfer_survives_a_restart_and_completes_after_the_waiting_period() {
        let mut state = account();
        state
            .execute_transfer_out("a.com", &TransferOutStep::IssueCode, NOW)
            .unwrap();
        let code = state
            .transfer_out("A.com")
            .unwrap()
            .authorization_code
            .clone();
        let step = TransferOutStep::Request(code);
        state.execute_transfer_out("a.com", &step, NOW).unwrap();
        assert_eq!(
            state.transfer_out("a.com").unwrap().status,
            TransferOutStatus::Pending
        );
        let saved = serde_json::to_string(&state).unwrap();
        let mut state: State = serde_json::from_str(&saved).unwrap();
        assert!(!state.complete_due_transfer_outs(NOW + WAITING_PERIOD_MS - 1));
        assert!(state.complete_due_transfer_outs(NOW + WAITING_PERIOD_MS));
        assert_eq!(state.transfer_out("a.com").unwrap().status.code(), 5);
        assert!(state.domain("a.com").is_none());
        // Gone from the account: nothing more can be done to it.
        assert!(
            state
                .execute_transfer_out("a.com", &TransferOutStep::IssueCode, NOW)
                .is_err()
        );
    }

    #[test]
    fn an_expired_code_is_refused() {
        let mut state = account();
        state
            .execute_transfer_out("a.com", &TransferOutStep::IssueCode, NOW)
            .unwrap();
        let code = state
            .transfer_out("a.com")
            .unwrap()
            .authorization_code
            .clone();
        let late = NOW + CODE_VALIDITY_MS;
        let refused = state.execute_transfer_out("a.com", &TransferOutStep::Request(code), late);
        assert_eq!(
            refused,
            Err("No valid authorization code was issued for the domain.")
        );
    }
}
