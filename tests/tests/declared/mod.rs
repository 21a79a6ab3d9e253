//! The actions each product crate declares, for the tests that hold every declaration against
//! the product's spec (`metadata_drift`, `golden_responses`).
//!
//! `metadata_drift` reads the crates' sources and fails when an action declared there is missing
//! here, so a new action cannot escape the checks.

/// Calls `$then!(Type, …)` with every action `domain-api` declares.
macro_rules! domain_actions {
    ($then:ident) => {
        $then!(
            domain_api::QueryDomainByDomainName,
            domain_api::QueryDomainList,
            domain_api::QueryTaskDetailList,
            domain_api::QueryTaskList,
            domain_api::SaveBatchTaskForCreatingOrderRenew,
            domain_api::SaveSingleTaskForCreatingOrderRenew
        )
    };
}

pub(crate) use domain_actions;
