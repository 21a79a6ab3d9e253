//! `SubmitDomainSpecialBizCredentials`, Domain 2018-01-29: submit the documents a special-business
//! procedure asks for.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-submitdomainspecialbizcredentials>

use crate::special_biz_result::SpecialBizResultResponse;

/// Submits the documents of a special-business procedure (a registry procedure outside the ordinary
/// flows) after uploading them. All its parameters but `UserClientIp` go in the form body. The
/// answer is Alibaba's generic envelope: check its `Success` field.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "SubmitDomainSpecialBizCredentials", product = crate::Domain, response = SpecialBizResultResponse)]
#[non_exhaustive]
pub struct SubmitDomainSpecialBizCredentials {
    /// `BizId`: the procedure, as `QueryDomainSpecialBizInfoByDomain` gives it; sent in the form
    /// body. Optional.
    #[rpc(body)]
    pub biz_id: Option<i64>,
    /// `Credentials`: the documents as a JSON array of `{"credentialType": …, "credentialUrl": …}`
    /// objects, the URLs being the uploaded files' keys; sent in the form body. Optional.
    #[rpc(body)]
    pub credentials: Option<String>,
    /// `Extend`: further settings as a JSON object (such as `{"addTransferLock":true}`); sent in
    /// the form body. Optional.
    #[rpc(body)]
    pub extend: Option<String>,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
}
