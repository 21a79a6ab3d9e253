//! The Domain 2018-01-29 actions the emulator implements, one file each, plus shared parameter
//! parsing.

mod catalog;
mod change_task;
mod check_domain;
mod cursor_page;
mod dns_host;
mod domain_fields;
mod domain_filters;
mod email_verification;
mod not_modelled;
mod params;
mod poll_task_result;
mod prohibition_lock;
mod query_advanced_domain_list;
mod query_change_log_list;
mod query_contact_info;
mod query_dns_host;
mod query_domain_by_domain_name;
mod query_domain_by_instance_id;
mod query_domain_group_list;
mod query_domain_list;
mod query_task_detail_history;
mod query_task_detail_list;
mod query_task_info_history;
mod query_task_list;
mod query_transfer_out_info;
mod real_name;
mod reference_data;
mod registrant_profiles;
mod renewal;
mod save_batch_task_for_creating_order_renew;
mod save_batch_task_for_modifying_domain_dns;
mod save_batch_task_for_updating_contact_info_by_new_contact;
mod save_single_task_for_creating_order_renew;
mod scroll_domain_list;
mod server_lock;
mod transfer_in;
mod transfer_out;
mod verify_contact_field;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::respond::ApiError;
use crate::state::State;

use crate::transfer_out::TransferOutStep;
use dns_host::HostAction;
use not_modelled::Nothing;
use prohibition_lock::Lock;

/// The actions the emulator implements, as sent in `Action` or `x-acs-action`. Every other
/// action of the API (see `catalog`) is answered with `UnsupportedOperation` naming it.
pub const EMULATED_ACTIONS: [&str; 64] = [
    "BatchFuzzyMatchDomainSensitiveWord",
    "CheckDomain",
    "CheckDomainSunriseClaim",
    "CheckMaxYearOfServerLock",
    "CheckProcessingServerLockApply",
    "CheckTransferInFeasibility",
    "FuzzyMatchDomainSensitiveWord",
    "ListEmailVerification",
    "ListServerLock",
    "LookupTmchNotice",
    "PollTaskResult",
    "QueryAdvancedDomainList",
    "QueryArtExtension",
    "QueryChangeLogList",
    "QueryContactInfo",
    "QueryDSRecord",
    "QueryDnsHost",
    "QueryDomainAdminDivision",
    "QueryDomainByDomainName",
    "QueryDomainByInstanceId",
    "QueryDomainGroupList",
    "QueryDomainList",
    "QueryDomainRealNameVerificationInfo",
    "QueryDomainSuffix",
    "QueryEmailVerification",
    "QueryEnsAssociation",
    "QueryFailReasonForDomainRealNameVerification",
    "QueryFailReasonForRegistrantProfileRealNameVerification",
    "QueryFailingReasonListForQualification",
    "QueryLocalEnsAssociation",
    "QueryOperationAuditInfoDetail",
    "QueryOperationAuditInfoList",
    "QueryQualificationDetail",
    "QueryRegistrantProfileRealNameVerificationInfo",
    "QueryRegistrantProfiles",
    "QueryServerLock",
    "QueryTaskDetailHistory",
    "QueryTaskDetailList",
    "QueryTaskInfoHistory",
    "QueryTaskList",
    "QueryTransferInByInstanceId",
    "QueryTransferInList",
    "QueryTransferOutInfo",
    "SaveBatchTaskForApplyQuickTransferOutOpenly",
    "SaveBatchTaskForCreatingOrderRenew",
    "SaveBatchTaskForModifyingDomainDns",
    "SaveBatchTaskForTransferOutByAuthorizationCode",
    "SaveBatchTaskForTransferProhibitionLock",
    "SaveBatchTaskForUpdateProhibitionLock",
    "SaveBatchTaskForUpdatingContactInfoByNewContact",
    "SaveSingleTaskForApplyQuickTransferOutOpenly",
    "SaveSingleTaskForApprovingTransferOut",
    "SaveSingleTaskForCancelingTransferOut",
    "SaveSingleTaskForCreatingDnsHost",
    "SaveSingleTaskForCreatingOrderRenew",
    "SaveSingleTaskForDeletingDnsHost",
    "SaveSingleTaskForModifyingDnsHost",
    "SaveSingleTaskForQueryingTransferAuthorizationCode",
    "SaveSingleTaskForSynchronizingDnsHost",
    "SaveSingleTaskForTransferOutByAuthorizationCode",
    "SaveSingleTaskForTransferProhibitionLock",
    "SaveSingleTaskForUpdateProhibitionLock",
    "ScrollDomainList",
    "VerifyContactField",
];

/// Whether the emulator implements `action`.
pub(crate) fn is_emulated(action: &str) -> bool {
    EMULATED_ACTIONS.contains(&action)
}

/// Whether `action` is an action of Domain 2018-01-29 at all, emulated or not.
pub(crate) fn is_api_action(action: &str) -> bool {
    catalog::ALL_ACTIONS.binary_search(&action).is_ok()
}

/// Every action of Domain 2018-01-29 the emulator does not implement, sorted.
pub fn unemulated_actions() -> impl Iterator<Item = &'static str> {
    catalog::ALL_ACTIONS
        .iter()
        .copied()
        .filter(|action| !is_emulated(action))
}

/// What an action may use besides its parameters.
pub(crate) struct Context<'a> {
    pub(crate) state: &'a mut State,
    pub(crate) now_ms: i64,
    /// The caller's IP as reported by QueryTaskList (`UserClientIp` wins when given).
    pub(crate) client_ip: &'a str,
    /// Generates a lowercase UUID-like task number.
    pub(crate) new_task_no: &'a mut dyn FnMut() -> String,
    /// How long a new task stays out of `QueryTaskList` (the listing-lag fault).
    pub(crate) listing_lag_ms: i64,
}

/// A successful action: the response fields (without `RequestId`) and whether state changed.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub(crate) fields: Map<String, Value>,
    pub(crate) mutated: bool,
}

impl Outcome {
    fn read(fields: Value) -> Self {
        Self::from_value(fields, false)
    }

    fn write(fields: Value) -> Self {
        Self::from_value(fields, true)
    }

    fn from_value(fields: Value, mutated: bool) -> Self {
        let Value::Object(fields) = fields else {
            unreachable!("actions build JSON objects")
        };
        Self { fields, mutated }
    }
}

/// Runs `action` against the account.
pub(crate) fn dispatch(
    action: &str,
    params: &BTreeMap<String, String>,
    context: &mut Context<'_>,
) -> Result<Outcome, ApiError> {
    check_required(action, params)?;
    // The task ticker sleeps while no task is pending, so a transfer whose waiting period ended
    // by the system clock alone is completed here, before any action looks at the account.
    context.state.complete_due_transfer_outs(context.now_ms);
    match action {
        "SaveBatchTaskForCreatingOrderRenew" => {
            save_batch_task_for_creating_order_renew::handle(params, context)
        }
        "SaveSingleTaskForCreatingOrderRenew" => {
            save_single_task_for_creating_order_renew::handle(params, context)
        }
        "QueryTaskDetailList" => query_task_detail_list::handle(params, context),
        "QueryTaskList" => query_task_list::handle(params, context),
        "QueryDomainList" => query_domain_list::handle(params, context),
        "QueryDomainByDomainName" => query_domain_by_domain_name::handle(params, context),
        "QueryDomainByInstanceId" => query_domain_by_instance_id::handle(params, context),
        "QueryDomainGroupList" => query_domain_group_list::handle(params, context),
        "QueryAdvancedDomainList" => query_advanced_domain_list::handle(params, context),
        "ScrollDomainList" => scroll_domain_list::handle(params, context),
        "QueryContactInfo" => query_contact_info::handle(params, context),
        "QueryDnsHost" => query_dns_host::handle(params, context),
        "SaveSingleTaskForCreatingDnsHost" => dns_host::handle(HostAction::Create, params, context),
        "SaveSingleTaskForModifyingDnsHost" => {
            dns_host::handle(HostAction::Modify, params, context)
        }
        "SaveSingleTaskForDeletingDnsHost" => dns_host::handle(HostAction::Delete, params, context),
        "SaveSingleTaskForSynchronizingDnsHost" => {
            dns_host::handle(HostAction::Synchronize, params, context)
        }
        "QueryTaskDetailHistory" => query_task_detail_history::handle(params, context),
        "QueryTaskInfoHistory" => query_task_info_history::handle(params, context),
        "SaveBatchTaskForUpdatingContactInfoByNewContact" => {
            save_batch_task_for_updating_contact_info_by_new_contact::handle(params, context)
        }
        "SaveBatchTaskForModifyingDomainDns" => {
            save_batch_task_for_modifying_domain_dns::handle(params, context)
        }
        "SaveSingleTaskForTransferProhibitionLock" => {
            prohibition_lock::single(Lock::Transfer, params, context)
        }
        "SaveBatchTaskForTransferProhibitionLock" => {
            prohibition_lock::batch(Lock::Transfer, params, context)
        }
        "SaveSingleTaskForUpdateProhibitionLock" => {
            prohibition_lock::single(Lock::Update, params, context)
        }
        "SaveBatchTaskForUpdateProhibitionLock" => {
            prohibition_lock::batch(Lock::Update, params, context)
        }
        "BatchFuzzyMatchDomainSensitiveWord" => {
            not_modelled::handle(Nothing::SensitiveWords, params, context)
        }
        "CheckDomain" => check_domain::handle(params, context),
        "CheckDomainSunriseClaim" => not_modelled::handle(Nothing::SunriseClaim, params, context),
        "CheckMaxYearOfServerLock" => server_lock::max_year(params, context),
        "CheckProcessingServerLockApply" => server_lock::processing(params, context),
        "CheckTransferInFeasibility" => transfer_in::feasibility(params, context),
        "FuzzyMatchDomainSensitiveWord" => {
            not_modelled::handle(Nothing::SensitiveWord, params, context)
        }
        "ListEmailVerification" => email_verification::list(params, context),
        "ListServerLock" => server_lock::list(params, context),
        "LookupTmchNotice" => not_modelled::handle(Nothing::TmchNotice, params, context),
        "PollTaskResult" => poll_task_result::handle(params, context),
        "QueryArtExtension" => not_modelled::handle(Nothing::ArtExtension, params, context),
        "QueryChangeLogList" => query_change_log_list::handle(params, context),
        "QueryDSRecord" => not_modelled::handle(Nothing::DsRecords, params, context),
        "QueryDomainAdminDivision" => reference_data::admin_divisions(params, context),
        "QueryDomainRealNameVerificationInfo" => real_name::info(params, context),
        "QueryDomainSuffix" => reference_data::suffixes(params, context),
        "QueryEmailVerification" => email_verification::query(params, context),
        "QueryEnsAssociation" => not_modelled::handle(Nothing::EnsAssociation, params, context),
        "QueryFailReasonForDomainRealNameVerification" => {
            real_name::domain_fail_reasons(params, context)
        }
        "QueryFailReasonForRegistrantProfileRealNameVerification" => {
            registrant_profiles::fail_reasons(params, context)
        }
        "QueryFailingReasonListForQualification" => {
            not_modelled::handle(Nothing::QualificationFailures, params, context)
        }
        "QueryLocalEnsAssociation" => {
            not_modelled::handle(Nothing::EnsAssociation, params, context)
        }
        "QueryOperationAuditInfoDetail" => {
            not_modelled::handle(Nothing::AuditDetail, params, context)
        }
        "QueryOperationAuditInfoList" => not_modelled::handle(Nothing::AuditList, params, context),
        "QueryQualificationDetail" => not_modelled::handle(Nothing::Qualification, params, context),
        "QueryRegistrantProfileRealNameVerificationInfo" => {
            registrant_profiles::real_name_info(params, context)
        }
        "QueryRegistrantProfiles" => registrant_profiles::query(params, context),
        "QueryServerLock" => server_lock::query(params, context),
        "QueryTransferInByInstanceId" => transfer_in::by_instance_id(params, context),
        "QueryTransferInList" => transfer_in::list(params, context),
        "QueryTransferOutInfo" => query_transfer_out_info::handle(params, context),
        "SaveBatchTaskForApplyQuickTransferOutOpenly" => transfer_out::batch_quick(params, context),
        "SaveBatchTaskForTransferOutByAuthorizationCode" => {
            transfer_out::batch_by_code(params, context)
        }
        "SaveSingleTaskForApplyQuickTransferOutOpenly" => {
            transfer_out::single(TransferOutStep::Quick, params, context)
        }
        "SaveSingleTaskForApprovingTransferOut" => {
            transfer_out::single(TransferOutStep::Approve, params, context)
        }
        "SaveSingleTaskForCancelingTransferOut" => {
            transfer_out::single(TransferOutStep::Cancel, params, context)
        }
        "SaveSingleTaskForQueryingTransferAuthorizationCode" => {
            transfer_out::single(TransferOutStep::IssueCode, params, context)
        }
        "SaveSingleTaskForTransferOutByAuthorizationCode" => transfer_out::by_code(params, context),
        "VerifyContactField" => verify_contact_field::handle(params, context),
        // Authentication already refused unknown and unemulated actions.
        _ => Err(ApiError::new(
            404,
            "InvalidAction.NotFound",
            "Specified api is not found, please check your url and method.",
        )),
    }
}

/// `Missing<Name>` for the first parameter the catalog says `action` requires and `params`
/// lacks: present means a non-empty `Name`, or any `Name.…` entry of a list or an object.
fn check_required(action: &str, params: &BTreeMap<String, String>) -> Result<(), ApiError> {
    let Ok(index) = catalog::REQUIRED_PARAMETERS.binary_search_by(|(name, _)| name.cmp(&action))
    else {
        return Ok(());
    };
    for name in catalog::REQUIRED_PARAMETERS[index].1 {
        let present = params.iter().any(|(key, value)| {
            !value.is_empty()
                && key
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        });
        if !present {
            return Err(ApiError::missing(name));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalog_is_sorted_and_holds_every_emulated_action() {
        assert!(catalog::ALL_ACTIONS.is_sorted());
        assert!(EMULATED_ACTIONS.is_sorted());
        assert!(
            catalog::REQUIRED_PARAMETERS
                .iter()
                .map(|(name, _)| name)
                .is_sorted()
        );
        assert!(EMULATED_ACTIONS.iter().all(|a| is_api_action(a)));
        assert!(is_api_action("QueryDnsHost"));
        assert!(!is_api_action("DescribeInstances"));
        assert_eq!(
            unemulated_actions().count() + EMULATED_ACTIONS.len(),
            catalog::ALL_ACTIONS.len()
        );
    }
}
