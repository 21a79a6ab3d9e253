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
            domain_api::SaveBatchDomainRemark,
            domain_api::SaveBatchTaskForApplyQuickTransferOutOpenly,
            domain_api::SaveBatchTaskForCreatingOrderActivate,
            domain_api::SaveBatchTaskForCreatingOrderRedeem,
            domain_api::SaveBatchTaskForCreatingOrderRenew,
            domain_api::SaveBatchTaskForCreatingOrderTransfer,
            domain_api::SaveBatchTaskForDomainNameProxyService,
            domain_api::SaveBatchTaskForGenerateDomainCertificate,
            domain_api::SaveBatchTaskForModifyingDomainDns,
            domain_api::SaveBatchTaskForReserveDropListDomain,
            domain_api::SaveBatchTaskForTransferOutByAuthorizationCode,
            domain_api::SaveBatchTaskForTransferProhibitionLock,
            domain_api::SaveBatchTaskForUpdateProhibitionLock,
            domain_api::SaveBatchTaskForUpdatingContactInfoByNewContact,
            domain_api::SaveBatchTaskForUpdatingContactInfoByRegistrantProfileId,
            domain_api::SaveDomainGroup,
            domain_api::SaveRegistrantProfile,
            domain_api::SaveRegistrantProfileRealNameVerification,
            domain_api::SaveSingleTaskForAddingDsRecord,
            domain_api::SaveSingleTaskForApplyQuickTransferOutOpenly,
            domain_api::SaveSingleTaskForApprovingTransferOut,
            domain_api::SaveSingleTaskForAssociatingEns,
            domain_api::SaveSingleTaskForCancelingTransferIn,
            domain_api::SaveSingleTaskForCancelingTransferOut,
            domain_api::SaveSingleTaskForCreatingDnsHost,
            domain_api::SaveSingleTaskForCreatingOrderActivate,
            domain_api::SaveSingleTaskForCreatingOrderRedeem,
            domain_api::SaveSingleTaskForCreatingOrderRenew,
            domain_api::SaveSingleTaskForCreatingOrderTransfer,
            domain_api::SaveSingleTaskForDeletingDnsHost,
            domain_api::SaveSingleTaskForDeletingDsRecord,
            domain_api::SaveSingleTaskForDisassociatingEns,
            domain_api::SaveSingleTaskForDomainNameProxyService,
            domain_api::SaveSingleTaskForGenerateDomainCertificate,
            domain_api::SaveSingleTaskForModifyingDnsHost,
            domain_api::SaveSingleTaskForModifyingDsRecord,
            domain_api::SaveSingleTaskForQueryingTransferAuthorizationCode,
            domain_api::SaveSingleTaskForReserveDropListDomain,
            domain_api::SaveSingleTaskForSaveArtExtension,
            domain_api::SaveSingleTaskForSynchronizingDnsHost,
            domain_api::SaveSingleTaskForSynchronizingDsRecord,
            domain_api::SaveSingleTaskForTransferOutByAuthorizationCode,
            domain_api::SaveSingleTaskForTransferProhibitionLock,
            domain_api::SaveSingleTaskForUpdateProhibitionLock,
            domain_api::SaveSingleTaskForUpdatingContactInfo,
            domain_api::SaveTaskForSubmittingDomainDelete,
            domain_api::SaveTaskForSubmittingDomainRealNameVerificationByIdentityCredential,
            domain_api::SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileId,
            domain_api::SaveTaskForUpdatingRegistrantInfoByIdentityCredential,
            domain_api::SaveTaskForUpdatingRegistrantInfoByRegistrantProfileId,
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
