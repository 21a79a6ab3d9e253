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

#[cfg(test)]
mod answer_shapes_tests;
mod check_domain;
mod check_domain_sunrise_claim;
mod check_intl_fix_price_domain_status;
mod check_max_year_of_server_lock;
mod check_processing_server_lock_apply;
mod check_transfer_in_feasibility;
mod cursor_page;
mod domain_name;
mod domain_search_filter;
mod email_verification;
mod ens_association;
mod fail_reasons;
mod get_intl_fix_price_domain_list_url;
mod get_operation_oss_upload_policy;
mod get_qualification_upload_policy;
mod list_email_verification;
mod list_server_lock;
mod lookup_tmch_notice;
mod module_envelope;
mod operation_audit;
mod pagination;
mod parameter_names;
mod poll_task_result;
mod prohibition_lock_action;
mod query_advanced_domain_list;
mod query_art_extension;
mod query_change_log_list;
mod query_contact_info;
mod query_dns_host;
mod query_domain_admin_division;
mod query_domain_by_domain_name;
mod query_domain_by_instance_id;
mod query_domain_group_list;
mod query_domain_list;
mod query_domain_real_name_verification_info;
mod query_domain_real_time_price;
mod query_domain_special_biz_detail;
mod query_domain_special_biz_info_by_domain;
mod query_domain_suffix;
mod query_ds_record;
mod query_email_verification;
mod query_ens_association;
mod query_fail_reason_for_domain_real_name_verification;
mod query_fail_reason_for_registrant_profile_real_name_verification;
mod query_failing_reason_list_for_qualification;
mod query_intl_fixed_price_order_list;
mod query_local_ens_association;
mod query_operation_audit_info_detail;
mod query_operation_audit_info_list;
mod query_qualification_detail;
mod query_registrant_profile_real_name_verification_info;
mod query_registrant_profiles;
mod query_server_lock;
mod query_task_detail_history;
mod query_task_detail_list;
mod query_task_info_history;
mod query_task_list;
mod query_transfer_in_by_instance_id;
mod query_transfer_in_list;
mod query_transfer_out_info;
mod real_name_verification_info;
mod save_batch_task_for_creating_order_renew;
mod save_batch_task_for_modifying_domain_dns;
mod save_single_task_for_creating_order_renew;
mod save_single_task_for_transfer_prohibition_lock;
mod save_single_task_for_update_prohibition_lock;
mod scroll_domain_list;
mod server_lock;
mod special_biz;
mod task_submitted;
mod transfer_in_info;
mod types;
pub mod workflow;

pub use aliyun_rpc::pages::PageLimits;
pub use check_domain::{CheckDomain, CheckDomainResponse, DomainPrice};
pub use check_domain_sunrise_claim::{CheckDomainSunriseClaim, CheckDomainSunriseClaimResponse};
pub use check_intl_fix_price_domain_status::{
    CheckIntlFixPriceDomainStatus, IntlFixPriceDomainStatus,
};
pub use check_max_year_of_server_lock::{
    CheckMaxYearOfServerLock, CheckMaxYearOfServerLockResponse,
};
pub use check_processing_server_lock_apply::{
    CheckProcessingServerLockApply, CheckProcessingServerLockApplyResponse,
};
pub use check_transfer_in_feasibility::{
    CheckTransferInFeasibility, CheckTransferInFeasibilityResponse,
};
pub use cursor_page::CursorPage;
pub use domain_name::domain_key;
pub use domain_search_filter::DomainSearchFilter;
pub use email_verification::EmailVerification;
pub use ens_association::EnsAssociationResponse;
pub use fail_reasons::{FailReason, FailReasonsResponse};
pub use get_intl_fix_price_domain_list_url::{
    GetIntlFixPriceDomainListUrl, IntlFixPriceDomainListUrl,
};
pub use get_operation_oss_upload_policy::{
    GetOperationOssUploadPolicy, GetOperationOssUploadPolicyResponse,
};
pub use get_qualification_upload_policy::{
    GetQualificationUploadPolicy, GetQualificationUploadPolicyResponse,
};
pub use list_email_verification::ListEmailVerification;
pub use list_server_lock::{ListServerLock, ServerLockOrderKey};
pub use lookup_tmch_notice::{
    LookupTmchNotice, LookupTmchNoticeResponse, TmchAddress, TmchClaim, TmchClassDesc, TmchContact,
    TmchHolder, TmchJurisdiction,
};
pub use module_envelope::ModuleEnvelope;
pub use operation_audit::OperationAudit;
pub use pagination::{ListPage, all_items, all_items_within};
pub use poll_task_result::{PollTaskResult, TaskResultStatus};
pub use query_advanced_domain_list::QueryAdvancedDomainList;
pub use query_art_extension::{QueryArtExtension, QueryArtExtensionResponse};
pub use query_change_log_list::{ChangeLog, QueryChangeLogList};
pub use query_contact_info::{ContactType, QueryContactInfo, QueryContactInfoResponse};
pub use query_dns_host::{DnsHostEntry, QueryDnsHost, QueryDnsHostResponse};
pub use query_domain_admin_division::{
    AdminDivision, ChildDivision, QueryDomainAdminDivision, QueryDomainAdminDivisionResponse,
};
pub use query_domain_by_domain_name::{QueryDomainByDomainName, QueryDomainByDomainNameResponse};
pub use query_domain_by_instance_id::QueryDomainByInstanceId;
pub use query_domain_group_list::{
    DomainGroup, QueryDomainGroupList, QueryDomainGroupListResponse,
};
pub use query_domain_list::{DomainSummary, QueryDomainList, QueryDomainListResponse};
pub use query_domain_real_name_verification_info::QueryDomainRealNameVerificationInfo;
pub use query_domain_real_time_price::{
    DomainPriceQuery, QueryDomainRealTimePrice, RealTimePrice, RealTimePrices,
};
pub use query_domain_special_biz_detail::QueryDomainSpecialBizDetail;
pub use query_domain_special_biz_info_by_domain::QueryDomainSpecialBizInfoByDomain;
pub use query_domain_suffix::{QueryDomainSuffix, QueryDomainSuffixResponse};
pub use query_ds_record::{DsRecordEntry, QueryDSRecord, QueryDsRecordResponse};
pub use query_email_verification::QueryEmailVerification;
pub use query_ens_association::QueryEnsAssociation;
pub use query_fail_reason_for_domain_real_name_verification::QueryFailReasonForDomainRealNameVerification;
pub use query_fail_reason_for_registrant_profile_real_name_verification::QueryFailReasonForRegistrantProfileRealNameVerification;
pub use query_failing_reason_list_for_qualification::QueryFailingReasonListForQualification;
pub use query_intl_fixed_price_order_list::{
    IntlFixedPriceOrder, IntlFixedPriceOrderPage, QueryIntlFixedPriceOrderList,
};
pub use query_local_ens_association::QueryLocalEnsAssociation;
pub use query_operation_audit_info_detail::QueryOperationAuditInfoDetail;
pub use query_operation_audit_info_list::QueryOperationAuditInfoList;
pub use query_qualification_detail::{
    QualificationDocument, QueryQualificationDetail, QueryQualificationDetailResponse,
};
pub use query_registrant_profile_real_name_verification_info::QueryRegistrantProfileRealNameVerificationInfo;
pub use query_registrant_profiles::{
    QueryRegistrantProfiles, RealNameStatus, RegistrantProfileSummary,
};
pub use query_server_lock::QueryServerLock;
pub use query_task_detail_history::QueryTaskDetailHistory;
pub use query_task_detail_list::{QueryTaskDetailList, QueryTaskDetailListResponse, TaskDetail};
pub use query_task_info_history::QueryTaskInfoHistory;
pub use query_task_list::{QueryTaskList, QueryTaskListResponse, TaskInfo};
pub use query_transfer_in_by_instance_id::QueryTransferInByInstanceId;
pub use query_transfer_in_list::QueryTransferInList;
pub use query_transfer_out_info::{QueryTransferOutInfo, QueryTransferOutInfoResponse};
pub use real_name_verification_info::RealNameVerificationInfo;
pub use save_batch_task_for_creating_order_renew::{
    OrderRenewParam, SaveBatchTaskForCreatingOrderRenew, SaveBatchTaskForCreatingOrderRenewResponse,
};
pub use save_batch_task_for_modifying_domain_dns::SaveBatchTaskForModifyingDomainDns;
pub use save_single_task_for_creating_order_renew::SaveSingleTaskForCreatingOrderRenew;
pub use save_single_task_for_transfer_prohibition_lock::SaveSingleTaskForTransferProhibitionLock;
pub use save_single_task_for_update_prohibition_lock::SaveSingleTaskForUpdateProhibitionLock;
pub use scroll_domain_list::{ScrollDomainList, ScrollDomainListResponse};
pub use server_lock::ServerLock;
pub use special_biz::{SpecialBiz, SpecialBizContact, SpecialBizCredential, SpecialBizOrder};
pub use task_submitted::TaskSubmittedResponse;
pub use transfer_in_info::TransferInInfo;
pub use types::{
    DomainQueryType, Lang, OrderKey, ProductDomainType, SortOrder, Tag, TaskInfoStatus, TaskStatus,
    TaskStatusFilter,
};

/// The Domain product: API version 2018-01-29 at `domain.aliyuncs.com`.
#[derive(Debug, Clone, Copy)]
pub struct Domain;

impl aliyun_rpc::Product for Domain {
    const NAME: &'static str = "Domain";
    const VERSION: &'static str = "2018-01-29";
    const ENDPOINT: &'static str = "domain.aliyuncs.com";
    const PARAMETER_NAMES: &'static [&'static str] = parameter_names::PARAMETER_NAMES;
}
