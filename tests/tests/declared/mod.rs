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
            domain_api::CheckDomain,
            domain_api::CheckDomainSunriseClaim,
            domain_api::CheckIntlFixPriceDomainStatus,
            domain_api::CheckMaxYearOfServerLock,
            domain_api::CheckProcessingServerLockApply,
            domain_api::CheckTransferInFeasibility,
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
            domain_api::SaveBatchTaskForCreatingOrderRenew,
            domain_api::SaveBatchTaskForModifyingDomainDns,
            domain_api::SaveSingleTaskForCreatingOrderRenew,
            domain_api::SaveSingleTaskForTransferProhibitionLock,
            domain_api::SaveSingleTaskForUpdateProhibitionLock,
            domain_api::ScrollDomainList
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
