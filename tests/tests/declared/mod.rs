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
            domain_api::QueryDomainByDomainName,
            domain_api::QueryDomainList,
            domain_api::QueryTaskDetailList,
            domain_api::QueryTaskList,
            domain_api::SaveBatchTaskForCreatingOrderRenew,
            domain_api::SaveBatchTaskForModifyingDomainDns,
            domain_api::SaveSingleTaskForCreatingOrderRenew,
            domain_api::SaveSingleTaskForTransferProhibitionLock,
            domain_api::SaveSingleTaskForUpdateProhibitionLock
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
