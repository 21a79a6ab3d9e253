//! How a paid order (registration, redemption, transfer in) is paid: with a voucher, a
//! promotion, or neither (the account's balance or its payment method).

use aliyun_rpc::ParamWriter;

use crate::save_batch_task_for_creating_order_renew::check_payment_flags;

/// The voucher and promotion of a paid order. Leave it at its default to pay the list price.
///
/// Before anything is sent the client refuses a `UseCoupon` or `UsePromotion` flag without its
/// number, which the service would refuse, or charge at full price.
#[derive(Debug, Clone, Default, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[rpc(validate = check_payment)]
#[non_exhaustive]
pub struct Payment {
    /// `CouponNo`: the voucher to pay with.
    pub coupon_no: Option<String>,
    /// `UseCoupon`: whether to pay with the voucher `CouponNo`.
    pub use_coupon: Option<bool>,
    /// `PromotionNo`: the promotion to apply.
    pub promotion_no: Option<String>,
    /// `UsePromotion`: whether to apply the promotion `PromotionNo`.
    pub use_promotion: Option<bool>,
}

fn check_payment(payment: &Payment, writer: &mut ParamWriter) {
    check_payment_flags(
        writer,
        (payment.use_coupon, &payment.coupon_no),
        (payment.use_promotion, &payment.promotion_no),
    );
}

#[cfg(test)]
mod tests {
    use aliyun_rpc::RpcParams;

    use super::*;
    use crate::test_wire::sent;

    fn problems(payment: &Payment) -> usize {
        sent(|writer| payment.write_fields(writer))
            .err()
            .map_or(0, |problems| problems.len())
    }
    #[test]
    fn a_flag_without_its_number_is_refused_and_a_plain_order_is_not() {
        assert_eq!(problems(&Payment::default()), 0);
        let coupon_flag_only = Payment {
            use_coupon: Some(true),
            ..Payment::default()
        };
        assert_eq!(problems(&coupon_flag_only), 1);
        let both_flags_only = Payment {
            use_coupon: Some(true),
            use_promotion: Some(true),
            promotion_no: Some(" ".into()),
            ..Payment::default()
        };
        assert_eq!(problems(&both_flags_only), 2);
        let paid_with_voucher = Payment {
            use_coupon: Some(true),
            coupon_no: Some("C-1".into()),
            ..Payment::default()
        };
        assert_eq!(problems(&paid_with_voucher), 0);
    }
}
