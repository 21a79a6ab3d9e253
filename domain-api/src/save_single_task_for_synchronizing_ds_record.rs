//! `SaveSingleTaskForSynchronizingDSRecord`, Domain 2018-01-29: read a domain's DS records back
//! from its registry.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforsynchronizingdsrecord>

use crate::single_domain_task_action::single_domain_task_action;

single_domain_task_action!(
    /// Reads the DNSSEC delegation-signer (DS) records of one domain back from its registry, so
    /// that what `QueryDSRecord` shows matches what the registry publishes. Charges nothing.
    SaveSingleTaskForSynchronizingDsRecord,
    action = "SaveSingleTaskForSynchronizingDSRecord"
);
