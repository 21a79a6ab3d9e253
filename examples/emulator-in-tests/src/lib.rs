//! A user's domain automation and its tests, written against the published crates only: the code
//! here renews a domain and moves it to other name servers with `aliyun-rpc` and `domain-api`,
//! and `tests/emulator.rs` checks it against `domain-emulator`, started from the test itself.
#![forbid(unsafe_code)]

use aliyun_rpc::Client;
use domain_api::{
    QueryDomainByDomainName, SaveBatchTaskForModifyingDomainDns,
    SaveSingleTaskForCreatingOrderRenew,
};

/// The tasks [`renew_and_delegate`] submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    /// The renewal task.
    pub renewal_task: String,
    /// The name-server change task.
    pub name_server_task: String,
}

/// Renews `domain` by one year from its current expiration and delegates it to `name_servers`.
pub async fn renew_and_delegate(
    client: &Client,
    domain: &str,
    name_servers: &[&str],
) -> Result<Submitted, aliyun_rpc::Error> {
    let current = client.call(&QueryDomainByDomainName::new(domain)).await?;
    let expiration = current.expiration_date_long.unwrap_or_default();
    let renewal = client
        .call(&SaveSingleTaskForCreatingOrderRenew::new(
            domain, 1, expiration,
        ))
        .await?;
    let delegation = client
        .call(&SaveBatchTaskForModifyingDomainDns::to_name_servers(
            [domain],
            name_servers.iter().copied(),
        ))
        .await?;
    Ok(Submitted {
        renewal_task: renewal.task_no,
        name_server_task: delegation.task_no,
    })
}
