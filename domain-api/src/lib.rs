//! Alibaba Cloud Domain (API version 2018-01-29) for `aliyun-rpc`.
//!
//! Each action is a struct declared with `#[derive(aliyun_rpc::Rpc)]`; send it with
//! [`aliyun_rpc::Client::call`]. Listing actions also stream every item across pages with
//! [`all_items`].
//!
//! ```no_run
//! use domain_api::{OrderRenewParam, SaveBatchTaskForCreatingOrderRenew};
//!
//! # async fn run() -> Result<(), aliyun_rpc::Error> {
//! let client = aliyun_rpc::Client::builder().build()?;
//! let renewal = SaveBatchTaskForCreatingOrderRenew::new([
//!     OrderRenewParam::new("example.com", 1, 1_767_225_600_000),
//! ]);
//! let task = client.call(&renewal).await?;
//! println!("task {} (request {})", task.task_no, task.request_id);
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]

mod domain_name;
mod pagination;
mod parameter_names;
mod prohibition_lock_action;
mod query_domain_by_domain_name;
mod query_domain_list;
mod query_task_detail_list;
mod query_task_list;
mod save_batch_task_for_creating_order_renew;
mod save_batch_task_for_modifying_domain_dns;
mod save_single_task_for_creating_order_renew;
mod save_single_task_for_transfer_prohibition_lock;
mod save_single_task_for_update_prohibition_lock;
mod task_submitted;
mod types;
pub mod workflow;

pub use aliyun_rpc::pages::PageLimits;
pub use domain_name::domain_key;
pub use pagination::{ListPage, all_items, all_items_within};
pub use query_domain_by_domain_name::{QueryDomainByDomainName, QueryDomainByDomainNameResponse};
pub use query_domain_list::{DomainSummary, QueryDomainList, QueryDomainListResponse};
pub use query_task_detail_list::{QueryTaskDetailList, QueryTaskDetailListResponse, TaskDetail};
pub use query_task_list::{QueryTaskList, QueryTaskListResponse, TaskInfo};
pub use save_batch_task_for_creating_order_renew::{
    OrderRenewParam, SaveBatchTaskForCreatingOrderRenew, SaveBatchTaskForCreatingOrderRenewResponse,
};
pub use save_batch_task_for_modifying_domain_dns::SaveBatchTaskForModifyingDomainDns;
pub use save_single_task_for_creating_order_renew::SaveSingleTaskForCreatingOrderRenew;
pub use save_single_task_for_transfer_prohibition_lock::SaveSingleTaskForTransferProhibitionLock;
pub use save_single_task_for_update_prohibition_lock::SaveSingleTaskForUpdateProhibitionLock;
pub use task_submitted::TaskSubmittedResponse;
pub use types::{
    DomainQueryType, Lang, OrderKey, ProductDomainType, SortOrder, Tag, TaskInfoStatus, TaskStatus,
    TaskStatusFilter,
};

/// The Domain product: API version 2018-01-29 at `domain.aliyuncs.com`, or
/// `domain-intl.aliyuncs.com` for a client built with `Site::International`.
#[derive(Debug, Clone, Copy)]
pub struct Domain;

impl aliyun_rpc::Product for Domain {
    const NAME: &'static str = "Domain";
    const VERSION: &'static str = "2018-01-29";
    const ENDPOINT: &'static str = "domain.aliyuncs.com";
    const ENDPOINTS: aliyun_rpc::Endpoints = aliyun_rpc::Endpoints::central(Self::ENDPOINT)
        .with_international("domain-intl.aliyuncs.com");
    const PARAMETER_NAMES: &'static [&'static str] = parameter_names::PARAMETER_NAMES;
}
