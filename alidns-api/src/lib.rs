//! Alibaba Cloud DNS (Alidns, API version 2015-01-09) for `aliyun-rpc`: the domains an account
//! hosts and their DNS records.
//!
//! Every action is a struct declared with `#[derive(aliyun_rpc::Rpc)]` against the [`Alidns`]
//! product; send it with [`aliyun_rpc::Client::call`]. The three listings stream every item
//! across pages with [`aliyun_rpc::Client::items`]. Required parameters are the arguments of each
//! action's `new`; the optional ones are public fields.
//!
//! | task | actions |
//! |---|---|
//! | domains | [`DescribeDomains`] (paged), [`DescribeDomainInfo`] |
//! | reading records | [`DescribeDomainRecords`] (paged), [`DescribeSubDomainRecords`] (paged), [`DescribeDomainRecordInfo`] |
//! | changing records | [`AddDomainRecord`], [`UpdateDomainRecord`], [`SetDomainRecordStatus`] |
//! | removing records | [`DeleteDomainRecord`], [`DeleteSubDomainRecords`] |
//!
//! ```no_run
//! use alidns_api::{AddDomainRecord, DescribeDomainRecords, RecordContent, RecordType};
//! use futures_util::TryStreamExt;
//!
//! # async fn run() -> Result<(), aliyun_rpc::Error> {
//! let client = aliyun_rpc::Client::builder().build()?;
//! let added = client
//!     .call(&AddDomainRecord::new(
//!         "example.com",
//!         RecordContent::new("www", RecordType::A, "192.0.2.1").with_ttl(600),
//!     ))
//!     .await?;
//! println!("record {}", added.record_id);
//! let records: Vec<_> = client
//!     .items(DescribeDomainRecords::new("example.com"))
//!     .try_collect()
//!     .await?;
//! println!("{} records", records.len());
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]

mod add_domain_record;
mod call_options;
mod delete_domain_record;
mod delete_sub_domain_records;
mod describe_domain_info;
mod describe_domain_record_info;
mod describe_domain_records;
mod describe_domains;
mod describe_sub_domain_records;
mod hosted_domain;
mod parameter_names;
mod record;
mod record_changed;
mod record_content;
mod set_domain_record_status;
mod types;
mod update_domain_record;

pub use add_domain_record::{AddDomainRecord, AddDomainRecordResponse};
pub use call_options::CallOptions;
pub use delete_domain_record::{DeleteDomainRecord, DeleteDomainRecordResponse};
pub use delete_sub_domain_records::{DeleteSubDomainRecords, DeleteSubDomainRecordsResponse};
pub use describe_domain_info::{DescribeDomainInfo, DescribeDomainInfoResponse};
pub use describe_domain_record_info::{DescribeDomainRecordInfo, DescribeDomainRecordInfoResponse};
pub use describe_domain_records::DescribeDomainRecords;
pub use describe_domains::{DescribeDomains, DescribeDomainsResponse};
pub use describe_sub_domain_records::DescribeSubDomainRecords;
pub use hosted_domain::{HostedDomain, RecordLine};
pub use record::{Record, RecordsPage};
pub use record_changed::RecordChanged;
pub use record_content::RecordContent;
pub use set_domain_record_status::{SetDomainRecordStatus, SetDomainRecordStatusResponse};
pub use types::{
    DomainSearchMode, Lang, RecordSearchMode, RecordStatus, RecordType, SortDirection, Tag,
};
pub use update_domain_record::{UpdateDomainRecord, UpdateDomainRecordResponse};

/// The Alidns product: API version 2015-01-09 at its one public host, `alidns.aliyuncs.com`
/// (the metadata lists no regional hosts).
#[derive(Debug, Clone, Copy)]
pub struct Alidns;

impl aliyun_rpc::Product for Alidns {
    const NAME: &'static str = "Alidns";
    const VERSION: &'static str = "2015-01-09";
    const ENDPOINT: &'static str = "alidns.aliyuncs.com";
    const PARAMETER_NAMES: &'static [&'static str] = parameter_names::PARAMETER_NAMES;
}
