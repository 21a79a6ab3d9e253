//! `ListEmailVerification`, Domain 2018-01-29: the email addresses asked to be verified, a page at
//! a time.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-listemailverification>

use crate::email_verification::EmailVerification;
use crate::pagination::ListPage;
use crate::types::Lang;

/// Lists the email addresses the service has asked their owners to verify (a registrant's address
/// must be verified, or the domain is suspended), filtered by address, state and date. Stream every
/// entry with `client.items(..)`.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "ListEmailVerification",
    product = crate::Domain,
    response = ListPage<EmailVerification>
)]
#[non_exhaustive]
pub struct ListEmailVerification {
    /// `Lang`: the language of error messages: `zh` (Chinese) or `en` (English, what the service
    /// uses when it is omitted). Optional.
    pub lang: Option<Lang>,
    /// `BeginCreateTime`: only entries created at or after this time, in milliseconds since the
    /// Unix epoch. Optional.
    pub begin_create_time: Option<i64>,
    /// `EndCreateTime`: only entries created at or before this time, in milliseconds since the Unix
    /// epoch. Optional.
    pub end_create_time: Option<i64>,
    /// `Email`: only this address (one address). Optional.
    pub email: Option<String>,
    /// `VerificationStatus`: only entries in this state: `0` waiting for the owner, `1` verified.
    /// Optional.
    pub verification_status: Option<i32>,
    /// `PageNum`: the page to read, counted from 1; a page stream moves it. Optional. The service
    /// starts from 1 when it is omitted.
    #[rpc(min = 1, page_number)]
    pub page_num: Option<u32>,
    /// `PageSize`: entries per page; the service gives 500 when it is omitted, at most 5000.
    /// Optional.
    pub page_size: Option<u32>,
    /// `UserClientIp`: the IP address of the end user the call is made for, which the service keeps
    /// with the operation. Optional.
    pub user_client_ip: Option<String>,
}
