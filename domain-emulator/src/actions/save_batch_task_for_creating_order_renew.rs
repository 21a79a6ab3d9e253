//! `SaveBatchTaskForCreatingOrderRenew`, Domain 2018-01-29: submit a batch renewal task.
//! <https://www.alibabacloud.com/help/doc-detail/67723.htm>

use super::params::{Params, highest_object_index};
use super::renewal::{check_payment_options, read_order, submit};
use super::{Context, Outcome};
use crate::respond::ApiError;

const LIST: &str = "OrderRenewParam";

/// Reads `OrderRenewParam.1.*` … `OrderRenewParam.N.*` (numbered from 1 without gaps) and queues
/// one renewal per entry. Domains are checked when the task executes, not here.
pub(super) fn handle(params: &Params, context: &mut Context<'_>) -> Result<Outcome, ApiError> {
    check_payment_options(params)?;
    let highest_index = highest_object_index(params, LIST, "DomainName")?;
    if highest_index == 0 {
        return Err(ApiError::missing(LIST));
    }
    let orders = (1..=highest_index)
        .map(|index| read_order(params, &format!("{LIST}.{index}.")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(submit(params, orders, context))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::State;

    fn run(pairs: &[(&str, &str)]) -> (Result<Outcome, ApiError>, State) {
        let params: Params = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let mut state = State::default();
        let mut next = || "task-1".to_owned();
        let mut context = Context {
            state: &mut state,
            now_ms: 0,
            client_ip: "127.0.0.1",
            new_task_no: &mut next,
            listing_lag_ms: 0,
        };
        let result = handle(&params, &mut context);
        (result, state)
    }

    #[test]
    fn batch_creates_one_detail_per_entry_including_index_ten() {
        let mut pairs = Vec::new();
        let names: Vec<String> = (1..=10).map(|i| format!("d{i}.com")).collect();
        let keys: Vec<[String; 3]> = (1..=10)
            .map(|i| {
                [
                    format!("OrderRenewParam.{i}.DomainName"),
                    format!("OrderRenewParam.{i}.SubscriptionDuration"),
                    format!("OrderRenewParam.{i}.CurrentExpirationDate"),
                ]
            })
            .collect();
        for (i, k) in keys.iter().enumerate() {
            pairs.push((k[0].as_str(), names[i].as_str()));
            pairs.push((k[1].as_str(), "1"));
            pairs.push((k[2].as_str(), "1522080000000"));
        }
        let (result, state) = run(&pairs);
        let outcome = result.unwrap();
        assert!(outcome.mutated);
        assert_eq!(outcome.fields["TaskNo"], "task-1");
        assert_eq!(state.task("task-1").unwrap().details.len(), 10);
        assert_eq!(state.orders["d10.com"], 1);
    }

    #[test]
    fn gaps_missing_fields_and_bad_values_are_refused() {
        let (gap, _) = run(&[
            ("OrderRenewParam.2.DomainName", "a.com"),
            ("OrderRenewParam.2.SubscriptionDuration", "1"),
            ("OrderRenewParam.2.CurrentExpirationDate", "1"),
        ]);
        assert_eq!(gap.unwrap_err().code, "MissingOrderRenewParam.1.DomainName");
        let (none, _) = run(&[]);
        assert_eq!(none.unwrap_err().code, "MissingOrderRenewParam");
        let (years, _) = run(&[
            ("OrderRenewParam.1.DomainName", "a.com"),
            ("OrderRenewParam.1.SubscriptionDuration", "11"),
            ("OrderRenewParam.1.CurrentExpirationDate", "1"),
        ]);
        assert_eq!(years.unwrap_err().code, "ParameterIllegal");
        let (date, _) = run(&[
            ("OrderRenewParam.1.DomainName", "a.com"),
            ("OrderRenewParam.1.SubscriptionDuration", "1"),
            ("OrderRenewParam.1.CurrentExpirationDate", "1.5e12"),
        ]);
        assert_eq!(date.unwrap_err().code, "InvalidParameter");
        let (zero, _) = run(&[("OrderRenewParam.0.DomainName", "a.com")]);
        assert_eq!(zero.unwrap_err().code, "InvalidParameter");
        let (permit, state) = run(&[
            ("OrderRenewParam.1.DomainName", "a.com"),
            ("OrderRenewParam.1.SubscriptionDuration", "1"),
            ("OrderRenewParam.1.CurrentExpirationDate", "1"),
            ("OrderRenewParam.1.PermitPremiumRenew", "True"),
            ("UseCoupon", "FALSE"),
        ]);
        assert!(permit.is_ok());
        assert!(state.task("task-1").unwrap().details[0].permit_premium_renew);
    }
}
