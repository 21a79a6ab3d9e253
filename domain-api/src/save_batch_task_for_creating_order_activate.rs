//! `SaveBatchTaskForCreatingOrderActivate`, Domain 2018-01-29: register several new domains.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savebatchtaskforcreatingorderactivate>

use aliyun_rpc::ParamWriter;

use crate::contact_details::{ContactDetails, ContactPhone};
use crate::domain_name::reject_repeated_domains;
use crate::payment::Payment;
use crate::task_submitted::TaskSubmittedResponse;
use crate::types::Lang;

/// Registers up to 1,000 new domains in one asynchronous task; read each domain's outcome with
/// [`QueryTaskDetailList`](crate::QueryTaskDetailList).
///
/// **A registration costs money and has no idempotency token**: the client never resends it after
/// an ambiguous failure. Before anything is sent it checks that there are 1 to 1,000 entries, that
/// no domain appears twice, and that a voucher or promotion flag comes with its number.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(
    action = "SaveBatchTaskForCreatingOrderActivate",
    product = crate::Domain,
    response = TaskSubmittedResponse,
    validate = check_batch
)]
#[non_exhaustive]
pub struct SaveBatchTaskForCreatingOrderActivate {
    /// `OrderActivateParam.N.*`: the domains to register, 1 to 1,000; required.
    #[rpc(min_len = 1, max_len = 1000)]
    pub order_activate_param: Vec<OrderActivateParam>,
    /// The voucher or promotion to pay with (`CouponNo`, `UseCoupon`, `PromotionNo`,
    /// `UsePromotion`); all optional, leave it at its default to pay the list price.
    #[rpc(flatten, default)]
    pub payment: Payment,
    /// `UserClientIp`: the IP address of the end user the call is made for; optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages (`en` unless given); optional.
    pub lang: Option<Lang>,
}

// A paid order must never be declared idempotent: the client would then resend it after an
// ambiguous failure and could pay twice. Checked when the crate compiles.
const _: () =
    assert!(!<SaveBatchTaskForCreatingOrderActivate as aliyun_rpc::RpcAction>::IDEMPOTENT);

/// One domain to register, sent as `OrderActivateParam.N.*` (and, flattened, as the parameters of
/// [`SaveSingleTaskForCreatingOrderActivate`](crate::SaveSingleTaskForCreatingOrderActivate)). The
/// holder is either a saved registrant profile (`RegistrantProfileId`) or the contact fields given
/// here.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct OrderActivateParam {
    /// `DomainName`: the domain to register; required.
    pub domain_name: String,
    /// `SubscriptionDuration`: how many years to register it for (the service takes 1 to 10);
    /// optional, one year when left out.
    pub subscription_duration: Option<i32>,
    /// `RegistrantProfileId`: the saved registrant profile to use as the holder (from
    /// `QueryRegistrantProfiles`); optional, but without it the contact fields must be given.
    pub registrant_profile_id: Option<i64>,
    /// `RegistrantType`: `1` for a person, `2` for an organization; optional, needed without
    /// `RegistrantProfileId`.
    pub registrant_type: Option<String>,
    /// The contact's name, organization, e-mail and postal address (`RegistrantName`, `Email`,
    /// `Address`, their `Zh…` forms, …); each optional.
    #[rpc(flatten, default)]
    pub contact: ContactDetails,
    /// The contact's telephone (`TelArea`, `Telephone`, `TelExt`); each optional.
    #[rpc(flatten, default)]
    pub phone: ContactPhone,
    /// `AliyunDns`: `true` to use Alibaba Cloud DNS's name servers, `false` to use `Dns1` and
    /// `Dns2`; optional.
    pub aliyun_dns: Option<bool>,
    /// `Dns1`: the first name server, when `AliyunDns` is `false`; optional.
    pub dns1: Option<String>,
    /// `Dns2`: the second name server, when `AliyunDns` is `false`; optional.
    pub dns2: Option<String>,
    /// `EnableDomainProxy`: whether to turn WHOIS privacy protection on (the service's default is
    /// on); optional.
    pub enable_domain_proxy: Option<bool>,
    /// `PermitPremiumActivation`: allow registering a premium domain at its premium price;
    /// optional.
    pub permit_premium_activation: Option<bool>,
    /// `TrademarkDomainActivation`: allow registering a name that is a registered trademark;
    /// optional.
    pub trademark_domain_activation: Option<bool>,
    /// `ResourceGroupId`: the resource group the new domain joins; optional.
    pub resource_group_id: Option<String>,
    /// `ExpectedPunycode`: for an internationalized name, the `xn--` form you expect, so that a
    /// different encoding is refused rather than registered; optional.
    pub expected_punycode: Option<String>,
}

/// No domain may be registered twice in one order.
fn check_batch(request: &SaveBatchTaskForCreatingOrderActivate, writer: &mut ParamWriter) {
    let names = request
        .order_activate_param
        .iter()
        .map(|entry| entry.domain_name.as_str());
    reject_repeated_domains(writer, names, "register");
}

#[cfg(test)]
mod tests {
    use aliyun_rpc::RpcAction;

    use super::*;
    use crate::test_wire::sent;

    fn entry(domain_name: &str) -> OrderActivateParam {
        OrderActivateParam {
            domain_name: domain_name.into(),
            subscription_duration: Some(2),
            registrant_profile_id: None,
            registrant_type: Some("1".into()),
            contact: ContactDetails {
                registrant_name: Some("Li Lei".into()),
                ..ContactDetails::default()
            },
            phone: ContactPhone {
                tel_area: Some("86".into()),
                ..ContactPhone::default()
            },
            aliyun_dns: Some(true),
            dns1: None,
            dns2: None,
            enable_domain_proxy: None,
            permit_premium_activation: None,
            trademark_domain_activation: None,
            resource_group_id: None,
            expected_punycode: None,
        }
    }

    fn order(entries: Vec<OrderActivateParam>) -> SaveBatchTaskForCreatingOrderActivate {
        SaveBatchTaskForCreatingOrderActivate {
            order_activate_param: entries,
            payment: Payment::default(),
            user_client_ip: None,
            lang: None,
        }
    }

    #[test]
    fn each_entry_s_contact_fields_are_numbered_with_the_entry() {
        let request = order(vec![entry("a.com"), entry("b.net")]);
        let wire = sent(|writer| request.write_params(writer)).unwrap();
        assert_eq!(
            wire[..6],
            [
                "OrderActivateParam.1.DomainName=a.com",
                "OrderActivateParam.1.SubscriptionDuration=2",
                "OrderActivateParam.1.RegistrantType=1",
                "OrderActivateParam.1.RegistrantName=Li Lei",
                "OrderActivateParam.1.TelArea=86",
                "OrderActivateParam.1.AliyunDns=true",
            ]
        );
        assert_eq!(wire[6], "OrderActivateParam.2.DomainName=b.net");
    }

    #[test]
    fn an_empty_order_a_domain_named_twice_and_a_bare_coupon_flag_are_refused() {
        assert_eq!(
            sent(|writer| order(vec![]).write_params(writer)),
            Err(vec![
                "`OrderActivateParam` has 0 entries, allowed 1..=1000".to_owned()
            ])
        );
        let mut twice = order(vec![entry("a.com"), entry("A.com")]);
        twice.payment.use_coupon = Some(true);
        assert_eq!(
            sent(|writer| twice.write_params(writer)).unwrap_err(),
            [
                "request sets `UseCoupon` without a `CouponNo`",
                "request lists the domain `A.com` twice, which would register it twice",
            ]
        );
    }
}
