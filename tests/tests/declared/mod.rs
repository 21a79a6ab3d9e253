//! The actions each product crate declares, for the tests that hold every declaration against
//! the product's spec (`metadata_drift`, `golden_responses`).
//!
//! `metadata_drift` reads the crates' sources and fails when an action declared there is missing
//! here, so a new action cannot escape the checks.

// Each test file uses the lists it needs.
#![allow(unused_macros, unused_imports)]

/// Calls `$then!(Type, …)` with every action `domain-api` declares.
macro_rules! domain_actions {
    ($then:ident) => {
        $then!(
            domain_api::AcknowledgeTaskResult,
            domain_api::BatchFuzzyMatchDomainSensitiveWord,
            domain_api::CancelDomainVerification,
            domain_api::CancelOperationAudit,
            domain_api::CancelQualificationVerification,
            domain_api::CancelTask,
            domain_api::ChangeResourceGroup,
            domain_api::ConfirmTransferInEmail,
            domain_api::CreateIntlFixedPriceDomainOrder,
            domain_api::DeleteContactTemplates,
            domain_api::DeleteDomainGroup,
            domain_api::DeleteEmailVerification,
            domain_api::DeleteRegistrantProfile,
            domain_api::DomainKnowledgeRetrieve,
            domain_api::DomainSpecialBizCancel,
            domain_api::EmailVerified,
            domain_api::FuzzyMatchDomainSensitiveWord,
            domain_api::QueryDomainByDomainName,
            domain_api::QueryDomainList,
            domain_api::QueryTaskDetailList,
            domain_api::QueryTaskList,
            domain_api::RegistrantProfileRealNameVerification,
            domain_api::ResendEmailVerification,
            domain_api::ResetQualificationVerification,
            domain_api::SaveBatchTaskForCreatingOrderRenew,
            domain_api::SaveBatchTaskForModifyingDomainDns,
            domain_api::SaveSingleTaskForCreatingOrderRenew,
            domain_api::SaveSingleTaskForTransferProhibitionLock,
            domain_api::SaveSingleTaskForUpdateProhibitionLock,
            domain_api::SetDefaultRegistrantProfile,
            domain_api::SetupDomainAutoRenew,
            domain_api::SubmitDomainSpecialBizCredentials,
            domain_api::SubmitEmailVerification,
            domain_api::SubmitOperationAuditInfo,
            domain_api::SubmitOperationCredentials,
            domain_api::TransferInCheckMailToken,
            domain_api::TransferInReenterTransferAuthorizationCode,
            domain_api::TransferInRefetchWhoisEmail,
            domain_api::TransferInResendMailToken,
            domain_api::UpdateDomainToDomainGroup,
            domain_api::VerifyContactField,
            domain_api::VerifyEmail
        )
    };
}

/// Calls `$then!(Type, …)` with every action `alidns-api` declares.
macro_rules! alidns_actions {
    ($then:ident) => {
        $then!(
            alidns_api::AddDomainRecord,
            alidns_api::DeleteDomainRecord,
            alidns_api::DeleteSubDomainRecords,
            alidns_api::DescribeDomainInfo,
            alidns_api::DescribeDomainRecordInfo,
            alidns_api::DescribeDomainRecords,
            alidns_api::DescribeDomains,
            alidns_api::DescribeSubDomainRecords,
            alidns_api::SetDomainRecordStatus,
            alidns_api::UpdateDomainRecord
        )
    };
}

pub(crate) use {alidns_actions, domain_actions};
