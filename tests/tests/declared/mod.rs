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
            domain_api::CheckDomain,
            domain_api::CheckDomainSunriseClaim,
            domain_api::CheckIntlFixPriceDomainStatus,
            domain_api::CheckMaxYearOfServerLock,
            domain_api::CheckProcessingServerLockApply,
            domain_api::CheckTransferInFeasibility,
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
            domain_api::GetIntlFixPriceDomainListUrl,
            domain_api::GetOperationOssUploadPolicy,
            domain_api::GetQualificationUploadPolicy,
            domain_api::ListEmailVerification,
            domain_api::ListServerLock,
            domain_api::LookupTmchNotice,
            domain_api::PollTaskResult,
            domain_api::QueryAdvancedDomainList,
            domain_api::QueryArtExtension,
            domain_api::QueryChangeLogList,
            domain_api::QueryContactInfo,
            domain_api::QueryDSRecord,
            domain_api::QueryDnsHost,
            domain_api::QueryDomainAdminDivision,
            domain_api::QueryDomainByDomainName,
            domain_api::QueryDomainByInstanceId,
            domain_api::QueryDomainGroupList,
            domain_api::QueryDomainList,
            domain_api::QueryDomainRealNameVerificationInfo,
            domain_api::QueryDomainRealTimePrice,
            domain_api::QueryDomainSpecialBizDetail,
            domain_api::QueryDomainSpecialBizInfoByDomain,
            domain_api::QueryDomainSuffix,
            domain_api::QueryEmailVerification,
            domain_api::QueryEnsAssociation,
            domain_api::QueryFailReasonForDomainRealNameVerification,
            domain_api::QueryFailReasonForRegistrantProfileRealNameVerification,
            domain_api::QueryFailingReasonListForQualification,
            domain_api::QueryIntlFixedPriceOrderList,
            domain_api::QueryLocalEnsAssociation,
            domain_api::QueryOperationAuditInfoDetail,
            domain_api::QueryOperationAuditInfoList,
            domain_api::QueryQualificationDetail,
            domain_api::QueryRegistrantProfileRealNameVerificationInfo,
            domain_api::QueryRegistrantProfiles,
            domain_api::QueryServerLock,
            domain_api::QueryTaskDetailHistory,
            domain_api::QueryTaskDetailList,
            domain_api::QueryTaskInfoHistory,
            domain_api::QueryTaskList,
            domain_api::QueryTransferInByInstanceId,
            domain_api::QueryTransferInList,
            domain_api::QueryTransferOutInfo,
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
            domain_api::ScrollDomainList,
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

/// Calls `$then!(Type, …)` with every action the test crate `examples/ecs-actions` declares.
macro_rules! ecs_actions {
    ($then:ident) => {
        $then!(
            ecs_actions::CreateAutoSnapshotPolicy,
            ecs_actions::DescribeInstances,
            ecs_actions::DescribeRegions
        )
    };
}

pub(crate) use {alidns_actions, domain_actions, ecs_actions};
