//! Alibaba Cloud Domain (API version 2018-01-29) for `aliyun-rpc`.
//!
//! Each action is a struct declared with `#[derive(aliyun_rpc::Rpc)]`; send it with
//! [`aliyun_rpc::Client::call`].
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

mod save_batch_task_for_creating_order_renew;
mod types;

pub use save_batch_task_for_creating_order_renew::{
    OrderRenewParam, SaveBatchTaskForCreatingOrderRenew, SaveBatchTaskForCreatingOrderRenewResponse,
};
pub use types::Lang;

/// The Domain product: API version 2018-01-29 at `domain.aliyuncs.com`.
#[derive(Debug, Clone, Copy)]
pub struct Domain;

impl aliyun_rpc::Product for Domain {
    const NAME: &'static str = "Domain";
    const VERSION: &'static str = "2018-01-29";
    const ENDPOINT: &'static str = "domain.aliyuncs.com";
}
