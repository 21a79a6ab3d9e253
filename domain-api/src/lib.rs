//! Alibaba Cloud Domain (API version 2018-01-29) for `aliyun-rpc`.
//!
//! Every action of the API is a struct declared with `#[derive(aliyun_rpc::Rpc)]`: build it with
//! its generated `new` (the required parameters) and `with_…` setters (the optional ones), and
//! send it with [`aliyun_rpc::Client::call`]. Every rule of the service's metadata (required,
//! enums, bounds, list sizes) is checked before anything is sent. Listing actions also stream
//! every item across pages with [`all_items`].
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
//!
//! # Actions by task
//!
//! All 133 actions of Domain 2018-01-29, each a struct declared with the derive (its page names
//! its help-centre page). Actions that cost money are marked in their own docs and are never
//! resent after an ambiguous failure.
//!
//! **Registration, renewal and orders**
//!
//! | action | what it does |
//! |---|---|
//! | [`CheckDomain`] | Whether a domain can be registered, and at what price. |
//! | [`CheckIntlFixPriceDomainStatus`] | The sale status of a fixed-price domain of the international site. |
//! | [`CreateIntlFixedPriceDomainOrder`] | Orders a fixed-price domain on the international site (costs money). |
//! | [`GetIntlFixPriceDomainListUrl`] | Where to download the list of fixed-price domains of the international site. |
//! | [`QueryDomainRealTimePrice`] | Live prices of domain operations. |
//! | [`QueryIntlFixedPriceOrderList`] | The account's fixed-price domain orders of the international site. |
//! | [`SaveBatchTaskForCreatingOrderActivate`] | Registers up to 1,000 new domains in one task; costs money, never resent. |
//! | [`SaveBatchTaskForCreatingOrderRedeem`] | Redeems up to 1,000 expired domains in their redemption period; costs money, never resent. |
//! | [`SaveBatchTaskForCreatingOrderRenew`] | Renews many domains in one paid order. |
//! | [`SaveBatchTaskForReserveDropListDomain`] | Back-orders up to 5,000 domains from the drop list; costs money when it succeeds, never resent. |
//! | [`SaveSingleTaskForCreatingOrderActivate`] | Registers one new domain; costs money, never resent. |
//! | [`SaveSingleTaskForCreatingOrderRedeem`] | Redeems one expired domain; costs money, never resent. |
//! | [`SaveSingleTaskForCreatingOrderRenew`] | Renews one domain (a paid order). |
//! | [`SaveSingleTaskForReserveDropListDomain`] | Back-orders one domain from the drop list; costs money when it succeeds, never resent. |
//! | [`SaveTaskForSubmittingDomainDelete`] | Deletes a domain at its registry; cannot be undone. |
//! | [`SetupDomainAutoRenew`] | Turns automatic (charged) renewal of a domain on or off. |
//!
//! **Transfer in**
//!
//! | action | what it does |
//! |---|---|
//! | [`CheckTransferInFeasibility`] | Whether a domain can be transferred in. |
//! | [`ConfirmTransferInEmail`] | Confirms the registrant email for domains being transferred in. |
//! | [`QueryTransferInByInstanceId`] | One transfer in, by instance id. |
//! | [`QueryTransferInList`] | The account's transfers in, a page at a time. |
//! | [`SaveBatchTaskForCreatingOrderTransfer`] | Transfers up to 1,000 domains in from other registrars with their codes; costs money, never resent. |
//! | [`SaveSingleTaskForCancelingTransferIn`] | Cancels a pending transfer in. |
//! | [`SaveSingleTaskForCreatingOrderTransfer`] | Transfers one domain in from another registrar; costs money, never resent. |
//! | [`TransferInCheckMailToken`] | Submits the token of a transfer-in confirmation mail. |
//! | [`TransferInReenterTransferAuthorizationCode`] | Gives a transfer in a new authorization (EPP) code. |
//! | [`TransferInRefetchWhoisEmail`] | Reads the registrant's email of a transfer in again from WHOIS. |
//! | [`TransferInResendMailToken`] | Sends the transfer-in confirmation mail again. |
//!
//! **Transfer out**
//!
//! | action | what it does |
//! |---|---|
//! | [`QueryTransferOutInfo`] | The transfer out of a domain. |
//! | [`SaveBatchTaskForApplyQuickTransferOutOpenly`] | Opens up to 10 domains for a quick transfer out, without the usual approval wait. |
//! | [`SaveBatchTaskForTransferOutByAuthorizationCode`] | Starts the transfer out of up to 100 domains, each with the authorization code you set. |
//! | [`SaveSingleTaskForApplyQuickTransferOutOpenly`] | Opens one domain for a quick transfer out. |
//! | [`SaveSingleTaskForApprovingTransferOut`] | Approves a pending transfer out at once instead of waiting out the registry's period. |
//! | [`SaveSingleTaskForCancelingTransferOut`] | Cancels a pending transfer out, so the domain stays. |
//! | [`SaveSingleTaskForQueryingTransferAuthorizationCode`] | Has the domain's transfer authorization code e-mailed to its registrant. |
//! | [`SaveSingleTaskForTransferOutByAuthorizationCode`] | Starts the transfer out of one domain with the authorization code you set. |
//!
//! **Registrant and contacts**
//!
//! | action | what it does |
//! |---|---|
//! | [`DeleteContactTemplates`] | Deletes several registrant profiles (contact templates) at once. |
//! | [`DeleteRegistrantProfile`] | Deletes one registrant profile. |
//! | [`QueryContactInfo`] | One contact of a domain. |
//! | [`QueryDomainAdminDivision`] | China's administrative divisions, as registrant addresses use them. |
//! | [`QueryRegistrantProfiles`] | The account's registrant profiles, a page at a time. |
//! | [`SaveBatchTaskForDomainNameProxyService`] | Turns WHOIS privacy protection on or off for up to 1,000 domains. |
//! | [`SaveBatchTaskForUpdatingContactInfoByNewContact`] | Changes one WHOIS contact of up to 1,000 domains to details given inline. |
//! | [`SaveBatchTaskForUpdatingContactInfoByRegistrantProfileId`] | Changes one WHOIS contact of up to 1,000 domains to a saved registrant profile. |
//! | [`SaveRegistrantProfile`] | Creates or updates a saved registrant profile; answers with its id. |
//! | [`SaveSingleTaskForDomainNameProxyService`] | Turns WHOIS privacy protection on or off for one domain. |
//! | [`SaveSingleTaskForUpdatingContactInfo`] | Changes one WHOIS contact of one domain to a saved registrant profile. |
//! | [`SaveTaskForUpdatingRegistrantInfoByIdentityCredential`] | Changes the holder of up to 1,000 domains to new details, with the new holder's identity document. |
//! | [`SaveTaskForUpdatingRegistrantInfoByRegistrantProfileID`](SaveTaskForUpdatingRegistrantInfoByRegistrantProfileId) | Changes the holder of up to 1,000 domains to a saved, verified registrant profile. |
//! | [`SetDefaultRegistrantProfile`] | Makes a registrant profile the account's default for new registrations. |
//! | [`VerifyContactField`] | Checks contact details against the registry's rules without saving them. |
//!
//! **Real-name verification and qualifications**
//!
//! | action | what it does |
//! |---|---|
//! | [`CancelDomainVerification`] | Withdraws a domain's (or its contact's) real-name review under way. |
//! | [`CancelQualificationVerification`] | Withdraws the qualification review of a `.餐厅`/`.商标` domain. |
//! | [`GetQualificationUploadPolicy`] | An upload policy for qualification documents. |
//! | [`QueryDomainRealNameVerificationInfo`] | The document a domain's real-name verification was made with. |
//! | [`QueryFailReasonForDomainRealNameVerification`] | Why a domain's real-name verification failed. |
//! | [`QueryFailReasonForRegistrantProfileRealNameVerification`] | Why a registrant profile's real-name verification failed. |
//! | [`QueryFailingReasonListForQualification`] | Why a qualification review failed. |
//! | [`QueryQualificationDetail`] | The qualification review of a domain under a restricted suffix. |
//! | [`QueryRegistrantProfileRealNameVerificationInfo`] | The document a registrant profile's real-name verification was made with. |
//! | [`RegistrantProfileRealNameVerification`] | Submits an identity document for a registrant profile's real-name verification. |
//! | [`ResetQualificationVerification`] | Starts the qualification review of a `.餐厅`/`.商标` domain over. |
//! | [`SaveRegistrantProfileRealNameVerification`] | Saves a registrant profile and submits it with an identity document for real-name verification. |
//! | [`SaveTaskForSubmittingDomainRealNameVerificationByIdentityCredential`] | Submits up to 1,000 domains for real-name verification with an identity document (scan in the body). |
//! | [`SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID`](SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileId) | Submits one domain for real-name verification with a verified registrant profile. |
//!
//! **Name servers, DNS hosts and DNSSEC**
//!
//! | action | what it does |
//! |---|---|
//! | [`QueryDSRecord`] | The DS records of a domain. |
//! | [`QueryDnsHost`] | The name-server hosts registered under a domain. |
//! | [`SaveBatchTaskForModifyingDomainDns`] | Changes the name servers of domains (or back to Alibaba Cloud DNS). |
//! | [`SaveSingleTaskForAddingDSRecord`](SaveSingleTaskForAddingDsRecord) | Publishes a DNSSEC DS record for a domain at its registry. |
//! | [`SaveSingleTaskForCreatingDnsHost`] | Registers a DNS host (glue record: name and addresses) under a domain. |
//! | [`SaveSingleTaskForDeletingDSRecord`](SaveSingleTaskForDeletingDsRecord) | Removes one DNSSEC DS record of a domain, by key tag. |
//! | [`SaveSingleTaskForDeletingDnsHost`] | Removes a DNS host registered under a domain. |
//! | [`SaveSingleTaskForModifyingDSRecord`](SaveSingleTaskForModifyingDsRecord) | Replaces the DNSSEC DS record of a domain that has the given key tag. |
//! | [`SaveSingleTaskForModifyingDnsHost`] | Replaces the addresses of a DNS host under a domain. |
//! | [`SaveSingleTaskForSynchronizingDSRecord`](SaveSingleTaskForSynchronizingDsRecord) | Reads a domain's DS records back from its registry. |
//! | [`SaveSingleTaskForSynchronizingDnsHost`] | Reads a domain's DNS hosts back from its registry. |
//!
//! **Locks**
//!
//! | action | what it does |
//! |---|---|
//! | [`CheckMaxYearOfServerLock`] | The most years a registry lock can be bought or renewed for. |
//! | [`CheckProcessingServerLockApply`] | Whether a registry-lock application for a domain is still being processed. |
//! | [`ListServerLock`] | The domains' registry locks, a page at a time. |
//! | [`QueryServerLock`] | One registry lock. |
//! | [`SaveBatchTaskForTransferProhibitionLock`] | Turns the transfer lock of up to 1,000 domains on or off. |
//! | [`SaveBatchTaskForUpdateProhibitionLock`] | Turns the update lock of up to 1,000 domains on or off. |
//! | [`SaveSingleTaskForTransferProhibitionLock`] | Turns one domain's transfer lock on or off. |
//! | [`SaveSingleTaskForUpdateProhibitionLock`] | Turns one domain's update lock on or off. |
//!
//! **Groups and remarks**
//!
//! | action | what it does |
//! |---|---|
//! | [`ChangeResourceGroup`] | Moves a domain to another resource group of the account. |
//! | [`DeleteDomainGroup`] | Deletes a domain group (its domains stay, ungrouped). |
//! | [`QueryDomainGroupList`] | The account's domain groups. |
//! | [`SaveBatchDomainRemark`] | Sets or clears the private note of several domains at once (no task). |
//! | [`SaveDomainGroup`] | Creates a domain group, or renames one; answers with the group. |
//! | [`UpdateDomainToDomainGroup`] | Adds domains to a group, or replaces its domains, from a list or a spreadsheet. |
//!
//! **Queries and listings**
//!
//! | action | what it does |
//! |---|---|
//! | [`AcknowledgeTaskResult`] | Marks finished task details as seen, so `PollTaskResult` stops returning them. |
//! | [`BatchFuzzyMatchDomainSensitiveWord`] | Checks several keywords for the registries' sensitive words, one result each. |
//! | [`CancelTask`] | Cancels a task whose details are not all done (finished details keep their outcome). |
//! | [`DomainKnowledgeRetrieve`] | Searches Alibaba's domain knowledge base for passages matching a keyword. |
//! | [`FuzzyMatchDomainSensitiveWord`] | Checks a keyword for the registries' sensitive words. |
//! | [`PollTaskResult`] | The finished details of the account's tasks, a page at a time. |
//! | [`QueryAdvancedDomainList`] | The account's domains matching an advanced search, a page at a time. |
//! | [`QueryChangeLogList`] | The log of operations on the account's domains, a page at a time. |
//! | [`QueryDomainByDomainName`] | One domain's details: status, expiration, registrant, name servers, locks. |
//! | [`QueryDomainByInstanceId`] | One domain's details, by instance id. |
//! | [`QueryDomainList`] | The account's domains with their expiration dates, a page at a time. |
//! | [`QueryDomainSuffix`] | The suffixes the advanced search knows. |
//! | [`QueryTaskDetailHistory`] | The details of one task, a cursor page at a time. |
//! | [`QueryTaskDetailList`] | The per-domain details of tasks (how each domain of an order ended), a page at a time. |
//! | [`QueryTaskInfoHistory`] | The account's tasks, a cursor page at a time. |
//! | [`QueryTaskList`] | The account's tasks, a page at a time. |
//! | [`ScrollDomainList`] | The account's domains matching an advanced search, scroll by scroll. |
//!
//! **Email verification**
//!
//! | action | what it does |
//! |---|---|
//! | [`DeleteEmailVerification`] | Removes addresses from the account's verified list. |
//! | [`EmailVerified`] | Asks about one address's verification (SDK-only, undocumented). |
//! | [`ListEmailVerification`] | The email addresses asked to be verified, a page at a time. |
//! | [`QueryEmailVerification`] | The verification of one email address. |
//! | [`ResendEmailVerification`] | Sends the verification mail again to addresses whose mail expired. |
//! | [`SubmitEmailVerification`] | Sends verification mails to email addresses, with the outcome per address. |
//! | [`VerifyEmail`] | Completes an address's verification with the token of its mail. |
//!
//! **Reviews and special business**
//!
//! | action | what it does |
//! |---|---|
//! | [`CancelOperationAudit`] | Withdraws a self-service request not reviewed yet. |
//! | [`DomainSpecialBizCancel`] | Cancels a special-business procedure of a domain. |
//! | [`GetOperationOssUploadPolicy`] | An upload policy for the documents of a reviewed operation. |
//! | [`QueryDomainSpecialBizDetail`] | A special business of a domain, by id. |
//! | [`QueryDomainSpecialBizInfoByDomain`] | A domain's special business of one kind. |
//! | [`QueryOperationAuditInfoDetail`] | One manual review of a self-service operation. |
//! | [`QueryOperationAuditInfoList`] | The manual reviews of self-service operations, a page at a time. |
//! | [`SubmitDomainSpecialBizCredentials`] | Submits the documents a special-business procedure asks for. |
//! | [`SubmitOperationAuditInfo`] | Submits a self-service request (such as an offline account move) for review. |
//! | [`SubmitOperationCredentials`] | Adds the documents to a self-service request. |
//!
//! **Trademarks, ENS, .art and certificates**
//!
//! | action | what it does |
//! |---|---|
//! | [`CheckDomainSunriseClaim`] | Whether a domain is a trademark claimed in its sunrise or claims period. |
//! | [`LookupTmchNotice`] | The trademark notice behind a claim key. |
//! | [`QueryArtExtension`] | The artwork details of a `.art` domain. |
//! | [`QueryEnsAssociation`] | The wallet a domain is bound to in ENS. |
//! | [`QueryLocalEnsAssociation`] | The ENS wallet Alibaba Cloud has on record for a domain. |
//! | [`SaveBatchTaskForGenerateDomainCertificate`] | Generates the registration certificates of several domains (domains sent as one JSON array). |
//! | [`SaveSingleTaskForAssociatingEns`] | Binds an Ethereum Name Service address to a domain. |
//! | [`SaveSingleTaskForDisassociatingEns`] | Removes the ENS address bound to a domain. |
//! | [`SaveSingleTaskForGenerateDomainCertificate`] | Generates the registration certificate of one domain. |
//! | [`SaveSingleTaskForSaveArtExtension`] | Records the artwork details (title, maker, materials, …) of a `.art` domain. |

#![forbid(unsafe_code)]

mod acknowledge_task_result;
mod acknowledged;
#[cfg(test)]
mod answer_shapes_tests;
mod batch_fuzzy_match_domain_sensitive_word;
mod cancel_domain_verification;
mod cancel_operation_audit;
mod cancel_qualification_verification;
mod cancel_task;
mod change_resource_group;
mod check_domain;
mod check_domain_sunrise_claim;
mod check_intl_fix_price_domain_status;
mod check_max_year_of_server_lock;
mod check_processing_server_lock_apply;
mod check_transfer_in_feasibility;
mod confirm_transfer_in_email;
mod contact_details;
mod create_intl_fixed_price_domain_order;
mod cursor_page;
mod delete_contact_templates;
mod delete_domain_group;
mod delete_email_verification;
mod delete_registrant_profile;
mod dns_host;
mod domain_knowledge_retrieve;
mod domain_name;
mod domain_search_filter;
mod domain_special_biz_cancel;
mod ds_record;
mod email_verification;
mod email_verification_results;
mod email_verified;
mod ens_association;
mod fail_reasons;
mod fuzzy_match_domain_sensitive_word;
mod get_intl_fix_price_domain_list_url;
mod get_operation_oss_upload_policy;
mod get_qualification_upload_policy;
mod identity_credential;
mod list_email_verification;
mod list_server_lock;
mod lookup_tmch_notice;
mod module_envelope;
mod operation_audit;
mod pagination;
mod parameter_names;
mod payment;
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
mod registrant_profile;
mod registrant_profile_real_name_verification;
mod resend_email_verification;
mod reset_qualification_verification;
mod save_batch_domain_remark;
mod save_batch_task_for_apply_quick_transfer_out_openly;
mod save_batch_task_for_creating_order_activate;
mod save_batch_task_for_creating_order_redeem;
mod save_batch_task_for_creating_order_renew;
mod save_batch_task_for_creating_order_transfer;
mod save_batch_task_for_domain_name_proxy_service;
mod save_batch_task_for_generate_domain_certificate;
mod save_batch_task_for_modifying_domain_dns;
mod save_batch_task_for_reserve_drop_list_domain;
mod save_batch_task_for_transfer_out_by_authorization_code;
mod save_batch_task_for_transfer_prohibition_lock;
mod save_batch_task_for_update_prohibition_lock;
mod save_batch_task_for_updating_contact_info_by_new_contact;
mod save_batch_task_for_updating_contact_info_by_registrant_profile_id;
mod save_domain_group;
mod save_registrant_profile;
mod save_registrant_profile_real_name_verification;
mod save_single_task_for_adding_ds_record;
mod save_single_task_for_apply_quick_transfer_out_openly;
mod save_single_task_for_approving_transfer_out;
mod save_single_task_for_associating_ens;
mod save_single_task_for_canceling_transfer_in;
mod save_single_task_for_canceling_transfer_out;
mod save_single_task_for_creating_dns_host;
mod save_single_task_for_creating_order_activate;
mod save_single_task_for_creating_order_redeem;
mod save_single_task_for_creating_order_renew;
mod save_single_task_for_creating_order_transfer;
mod save_single_task_for_deleting_dns_host;
mod save_single_task_for_deleting_ds_record;
mod save_single_task_for_disassociating_ens;
mod save_single_task_for_domain_name_proxy_service;
mod save_single_task_for_generate_domain_certificate;
mod save_single_task_for_modifying_dns_host;
mod save_single_task_for_modifying_ds_record;
mod save_single_task_for_querying_transfer_authorization_code;
mod save_single_task_for_reserve_drop_list_domain;
mod save_single_task_for_save_art_extension;
mod save_single_task_for_synchronizing_dns_host;
mod save_single_task_for_synchronizing_ds_record;
mod save_single_task_for_transfer_out_by_authorization_code;
mod save_single_task_for_transfer_prohibition_lock;
mod save_single_task_for_update_prohibition_lock;
mod save_single_task_for_updating_contact_info;
mod save_task_for_submitting_domain_delete;
mod save_task_for_submitting_domain_real_name_verification_by_identity_credential;
mod save_task_for_submitting_domain_real_name_verification_by_registrant_profile_id;
mod save_task_for_updating_registrant_info_by_identity_credential;
mod save_task_for_updating_registrant_info_by_registrant_profile_id;
mod scroll_domain_list;
mod sensitive_words;
mod server_lock;
mod set_default_registrant_profile;
mod setup_domain_auto_renew;
mod single_domain_task_action;
mod special_biz;
mod special_biz_result;
mod submit_domain_special_biz_credentials;
mod submit_email_verification;
mod submit_operation_audit_info;
mod submit_operation_credentials;
mod succeeded_and_failed_domains;
mod task_submitted;
#[cfg(test)]
mod test_wire;
mod transfer_in_check_mail_token;
mod transfer_in_info;
mod transfer_in_reenter_transfer_authorization_code;
mod transfer_in_refetch_whois_email;
mod transfer_in_resend_mail_token;
mod types;
mod update_domain_to_domain_group;
mod verify_contact_field;
mod verify_email;
pub mod workflow;

pub use acknowledge_task_result::{AcknowledgeTaskResult, AcknowledgeTaskResultResponse};
pub use acknowledged::AcknowledgedResponse;
pub use aliyun_rpc::pages::PageLimits;
pub use batch_fuzzy_match_domain_sensitive_word::{
    BatchFuzzyMatchDomainSensitiveWord, BatchFuzzyMatchDomainSensitiveWordResponse,
};
pub use cancel_domain_verification::{CancelDomainVerification, VerificationReview};
pub use cancel_operation_audit::CancelOperationAudit;
pub use cancel_qualification_verification::CancelQualificationVerification;
pub use cancel_task::{CancelTask, CancelTaskData, CancelTaskResponse};
pub use change_resource_group::{ChangeResourceGroup, ChangeResourceGroupResponse};
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
pub use confirm_transfer_in_email::ConfirmTransferInEmail;
pub use contact_details::{ContactDetails, ContactPhone, ContactType, RegistrantType};
pub use create_intl_fixed_price_domain_order::{
    CreateIntlFixedPriceDomainOrder, CreateIntlFixedPriceDomainOrderResponse, FixedPriceDomainOrder,
};
pub use cursor_page::CursorPage;
pub use delete_contact_templates::DeleteContactTemplates;
pub use delete_domain_group::DeleteDomainGroup;
pub use delete_email_verification::DeleteEmailVerification;
pub use delete_registrant_profile::DeleteRegistrantProfile;
pub use dns_host::DnsHost;
pub use domain_knowledge_retrieve::{
    DomainKnowledgeRetrieve, DomainKnowledgeRetrieveResponse, KnowledgePassage,
};
pub use domain_name::domain_key;
pub use domain_search_filter::DomainSearchFilter;
pub use domain_special_biz_cancel::DomainSpecialBizCancel;
pub use ds_record::DsRecord;
pub use email_verification::EmailVerification;
pub use email_verification_results::{EmailVerificationResult, EmailVerificationResultsResponse};
pub use email_verified::EmailVerified;
pub use ens_association::EnsAssociationResponse;
pub use fail_reasons::{FailReason, FailReasonsResponse};
pub use fuzzy_match_domain_sensitive_word::{
    FuzzyMatchDomainSensitiveWord, FuzzyMatchDomainSensitiveWordResponse,
};
pub use get_intl_fix_price_domain_list_url::{
    GetIntlFixPriceDomainListUrl, IntlFixPriceDomainListUrl,
};
pub use get_operation_oss_upload_policy::{
    GetOperationOssUploadPolicy, GetOperationOssUploadPolicyResponse,
};
pub use get_qualification_upload_policy::{
    GetQualificationUploadPolicy, GetQualificationUploadPolicyResponse,
};
pub use identity_credential::IdentityCredential;
pub use list_email_verification::ListEmailVerification;
pub use list_server_lock::{ListServerLock, ServerLockOrderKey};
pub use lookup_tmch_notice::{
    LookupTmchNotice, LookupTmchNoticeResponse, TmchAddress, TmchClaim, TmchClassDesc, TmchContact,
    TmchHolder, TmchJurisdiction,
};
pub use module_envelope::ModuleEnvelope;
pub use operation_audit::OperationAudit;
pub use pagination::{ListPage, all_items, all_items_within};
pub use payment::Payment;
pub use poll_task_result::{PollTaskResult, TaskResultStatus};
pub use query_advanced_domain_list::QueryAdvancedDomainList;
pub use query_art_extension::{QueryArtExtension, QueryArtExtensionResponse};
pub use query_change_log_list::{ChangeLog, QueryChangeLogList};
pub use query_contact_info::{QueryContactInfo, QueryContactInfoResponse};
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
pub use registrant_profile::{RegistrantProfileDetails, RegistrantProfileSavedResponse};
pub use registrant_profile_real_name_verification::RegistrantProfileRealNameVerification;
pub use resend_email_verification::ResendEmailVerification;
pub use reset_qualification_verification::ResetQualificationVerification;
pub use save_batch_domain_remark::SaveBatchDomainRemark;
pub use save_batch_task_for_apply_quick_transfer_out_openly::SaveBatchTaskForApplyQuickTransferOutOpenly;
pub use save_batch_task_for_creating_order_activate::{
    OrderActivateParam, SaveBatchTaskForCreatingOrderActivate,
};
pub use save_batch_task_for_creating_order_redeem::{
    OrderRedeemParam, SaveBatchTaskForCreatingOrderRedeem,
};
pub use save_batch_task_for_creating_order_renew::{
    OrderRenewParam, SaveBatchTaskForCreatingOrderRenew, SaveBatchTaskForCreatingOrderRenewResponse,
};
pub use save_batch_task_for_creating_order_transfer::{
    OrderTransferParam, SaveBatchTaskForCreatingOrderTransfer,
};
pub use save_batch_task_for_domain_name_proxy_service::SaveBatchTaskForDomainNameProxyService;
pub use save_batch_task_for_generate_domain_certificate::SaveBatchTaskForGenerateDomainCertificate;
pub use save_batch_task_for_modifying_domain_dns::SaveBatchTaskForModifyingDomainDns;
pub use save_batch_task_for_reserve_drop_list_domain::{
    ReserveDropDomain, SaveBatchTaskForReserveDropListDomain,
};
pub use save_batch_task_for_transfer_out_by_authorization_code::{
    SaveBatchTaskForTransferOutByAuthorizationCode, TransferOutParam,
};
pub use save_batch_task_for_transfer_prohibition_lock::SaveBatchTaskForTransferProhibitionLock;
pub use save_batch_task_for_update_prohibition_lock::SaveBatchTaskForUpdateProhibitionLock;
pub use save_batch_task_for_updating_contact_info_by_new_contact::SaveBatchTaskForUpdatingContactInfoByNewContact;
pub use save_batch_task_for_updating_contact_info_by_registrant_profile_id::SaveBatchTaskForUpdatingContactInfoByRegistrantProfileId;
pub use save_domain_group::{SaveDomainGroup, SaveDomainGroupResponse};
pub use save_registrant_profile::SaveRegistrantProfile;
pub use save_registrant_profile_real_name_verification::SaveRegistrantProfileRealNameVerification;
pub use save_single_task_for_adding_ds_record::SaveSingleTaskForAddingDsRecord;
pub use save_single_task_for_apply_quick_transfer_out_openly::SaveSingleTaskForApplyQuickTransferOutOpenly;
pub use save_single_task_for_approving_transfer_out::SaveSingleTaskForApprovingTransferOut;
pub use save_single_task_for_associating_ens::SaveSingleTaskForAssociatingEns;
pub use save_single_task_for_canceling_transfer_in::SaveSingleTaskForCancelingTransferIn;
pub use save_single_task_for_canceling_transfer_out::SaveSingleTaskForCancelingTransferOut;
pub use save_single_task_for_creating_dns_host::SaveSingleTaskForCreatingDnsHost;
pub use save_single_task_for_creating_order_activate::SaveSingleTaskForCreatingOrderActivate;
pub use save_single_task_for_creating_order_redeem::SaveSingleTaskForCreatingOrderRedeem;
pub use save_single_task_for_creating_order_renew::SaveSingleTaskForCreatingOrderRenew;
pub use save_single_task_for_creating_order_transfer::SaveSingleTaskForCreatingOrderTransfer;
pub use save_single_task_for_deleting_dns_host::SaveSingleTaskForDeletingDnsHost;
pub use save_single_task_for_deleting_ds_record::SaveSingleTaskForDeletingDsRecord;
pub use save_single_task_for_disassociating_ens::SaveSingleTaskForDisassociatingEns;
pub use save_single_task_for_domain_name_proxy_service::SaveSingleTaskForDomainNameProxyService;
pub use save_single_task_for_generate_domain_certificate::SaveSingleTaskForGenerateDomainCertificate;
pub use save_single_task_for_modifying_dns_host::SaveSingleTaskForModifyingDnsHost;
pub use save_single_task_for_modifying_ds_record::SaveSingleTaskForModifyingDsRecord;
pub use save_single_task_for_querying_transfer_authorization_code::SaveSingleTaskForQueryingTransferAuthorizationCode;
pub use save_single_task_for_reserve_drop_list_domain::SaveSingleTaskForReserveDropListDomain;
pub use save_single_task_for_save_art_extension::SaveSingleTaskForSaveArtExtension;
pub use save_single_task_for_synchronizing_dns_host::SaveSingleTaskForSynchronizingDnsHost;
pub use save_single_task_for_synchronizing_ds_record::SaveSingleTaskForSynchronizingDsRecord;
pub use save_single_task_for_transfer_out_by_authorization_code::SaveSingleTaskForTransferOutByAuthorizationCode;
pub use save_single_task_for_transfer_prohibition_lock::SaveSingleTaskForTransferProhibitionLock;
pub use save_single_task_for_update_prohibition_lock::SaveSingleTaskForUpdateProhibitionLock;
pub use save_single_task_for_updating_contact_info::SaveSingleTaskForUpdatingContactInfo;
pub use save_task_for_submitting_domain_delete::SaveTaskForSubmittingDomainDelete;
pub use save_task_for_submitting_domain_real_name_verification_by_identity_credential::SaveTaskForSubmittingDomainRealNameVerificationByIdentityCredential;
pub use save_task_for_submitting_domain_real_name_verification_by_registrant_profile_id::{
    RealNameVerificationSubmittedResponse,
    SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileId,
};
pub use save_task_for_updating_registrant_info_by_identity_credential::SaveTaskForUpdatingRegistrantInfoByIdentityCredential;
pub use save_task_for_updating_registrant_info_by_registrant_profile_id::SaveTaskForUpdatingRegistrantInfoByRegistrantProfileId;
pub use scroll_domain_list::{ScrollDomainList, ScrollDomainListResponse};
pub use sensitive_words::{MatchedSensitiveWord, SensitiveWordMatch};
pub use server_lock::ServerLock;
pub use set_default_registrant_profile::SetDefaultRegistrantProfile;
pub use setup_domain_auto_renew::{SetupDomainAutoRenew, SetupDomainAutoRenewResponse};
pub use special_biz::{SpecialBiz, SpecialBizContact, SpecialBizCredential, SpecialBizOrder};
pub use special_biz_result::SpecialBizResultResponse;
pub use submit_domain_special_biz_credentials::SubmitDomainSpecialBizCredentials;
pub use submit_email_verification::SubmitEmailVerification;
pub use submit_operation_audit_info::{SubmitOperationAuditInfo, SubmitOperationAuditInfoResponse};
pub use submit_operation_credentials::SubmitOperationCredentials;
pub use succeeded_and_failed_domains::SucceededAndFailedDomainsResponse;
pub use task_submitted::TaskSubmittedResponse;
pub use transfer_in_check_mail_token::TransferInCheckMailToken;
pub use transfer_in_info::TransferInInfo;
pub use transfer_in_reenter_transfer_authorization_code::TransferInReenterTransferAuthorizationCode;
pub use transfer_in_refetch_whois_email::TransferInRefetchWhoisEmail;
pub use transfer_in_resend_mail_token::TransferInResendMailToken;
pub use types::{
    DomainQueryType, Lang, OrderKey, ProductDomainType, SortOrder, Tag, TaskInfoStatus, TaskStatus,
    TaskStatusFilter,
};
pub use update_domain_to_domain_group::UpdateDomainToDomainGroup;
pub use verify_contact_field::VerifyContactField;
pub use verify_email::VerifyEmail;

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
