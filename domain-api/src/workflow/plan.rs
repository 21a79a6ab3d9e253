//! Choosing what to renew and splitting it into batches.

use std::collections::HashSet;
use std::time::{SystemTime, UNIX_EPOCH};

use aliyun_rpc::{Client, Error, ParamWriter};
use futures_util::StreamExt;

use super::outcome::{DomainOutcome, Outcome};
use super::submit;
use crate::{
    OrderRenewParam, QueryDomainByDomainName, QueryDomainList, SaveBatchTaskForCreatingOrderRenew,
    all_items, domain_key,
};

/// Which domains a run renews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Selection {
    /// These domains, each read with `QueryDomainByDomainName`.
    Named(Vec<String>),
    /// Every domain expiring within this many days (and those expired within the grace period).
    ExpiringWithin(u32),
}

/// How far back "expiring within N days" reaches: a domain that expired recently can still be
/// renewed at the normal price during the registrars' grace period.
pub const EXPIRED_GRACE_DAYS: u32 = 30;

const DAY_MS: i64 = 86_400_000;

/// One domain the run will renew.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedRenewal {
    /// The domain.
    pub domain_name: String,
    /// Its current expiration (ms since the epoch), sent as `CurrentExpirationDate`.
    pub current_expiration_ms: i64,
    /// The years to add.
    pub years: u32,
    /// Whether it is a premium domain (renewed only with `permit_premium`).
    pub premium: bool,
}

/// The milliseconds since the epoch of `time`.
pub(crate) fn epoch_ms(time: SystemTime) -> i64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Reads the domains of `selection` and their current expirations. Domains that cannot be renewed
/// come back as failed outcomes; a name given twice is planned once.
pub(crate) async fn resolve(
    client: &Client,
    selection: &Selection,
    years: u32,
    page_size: u32,
    now: SystemTime,
) -> Result<(Vec<PlannedRenewal>, Vec<DomainOutcome>), Error> {
    let mut planned = Vec::new();
    let mut refused = Vec::new();
    let mut seen = HashSet::new();
    match selection {
        Selection::Named(names) => {
            for name in names {
                // Two spellings of one domain (case, final dot, Unicode and punycode) are one.
                if !seen.insert(domain_key(name)) {
                    continue;
                }
                match client
                    .call(&QueryDomainByDomainName::new(name.as_str()))
                    .await
                {
                    // The service must answer for the name asked, as it compares names: never
                    // order a name nobody asked for.
                    Ok(domain) if domain_key(&domain.domain_name) != domain_key(name) => {
                        refused.push(failed(
                            name,
                            years,
                            &format!(
                                "asked about `{name}`, the service answered about `{}`; not \
                                 ordered",
                                domain.domain_name.chars().take(253).collect::<String>()
                            ),
                        ));
                    }
                    Ok(domain) => match domain.expiration_date_long {
                        Some(expiration) if expiration > 0 => planned.push(PlannedRenewal {
                            domain_name: domain.domain_name,
                            current_expiration_ms: expiration,
                            years,
                            premium: domain.premium.unwrap_or(false),
                        }),
                        _ => {
                            refused.push(failed(name, years, "the service gave no expiration date"))
                        }
                    },
                    Err(Error::Service(error)) if error.code() == "DomainNotExist" => {
                        refused.push(failed(name, years, "the domain is not in this account"));
                    }
                    // A name that breaks the rules is refused alone; the other names go on.
                    Err(Error::InvalidRequest { problems, .. }) => {
                        let problems: Vec<String> =
                            problems.iter().map(ToString::to_string).collect();
                        refused.push(failed(
                            name,
                            years,
                            &format!("not a valid domain name: {}", problems.join("; ")),
                        ));
                    }
                    Err(Error::Service(error))
                        if !submit::is_permanent_code(error.code())
                            && !error.is_transient()
                            && error.http_status() < 500 =>
                    {
                        refused.push(failed(
                            name,
                            years,
                            &format!(
                                "the service refused the name: {}: {}",
                                error.code(),
                                error.message()
                            ),
                        ));
                    }
                    Err(error) => return Err(error),
                }
            }
        }
        Selection::ExpiringWithin(days) => {
            let now_ms = epoch_ms(now);
            let request = QueryDomainList::new(page_size).expiring_between(
                now_ms - i64::from(EXPIRED_GRACE_DAYS) * DAY_MS,
                now_ms + i64::from(*days) * DAY_MS,
            );
            let mut domains = std::pin::pin!(all_items(client, request));
            while let Some(domain) = domains.next().await {
                let domain = domain?;
                if !seen.insert(domain_key(&domain.domain_name)) {
                    continue;
                }
                match domain.expiration_date_long {
                    Some(expiration) if expiration > 0 => planned.push(PlannedRenewal {
                        domain_name: domain.domain_name,
                        current_expiration_ms: expiration,
                        years,
                        premium: domain.premium.unwrap_or(false),
                    }),
                    _ => refused.push(failed(
                        &domain.domain_name,
                        years,
                        "the service gave no expiration date",
                    )),
                }
            }
        }
    }
    Ok((planned, refused))
}

fn failed(name: &str, years: u32, reason: &str) -> DomainOutcome {
    DomainOutcome {
        domain_name: name.to_owned(),
        years,
        previous_expiration_ms: None,
        task_no: None,
        outcome: Outcome::Failed {
            reason: reason.to_owned(),
        },
    }
}

/// The encoded size of one entry's parameters, as they go on the wire.
fn entry_bytes(entry: &OrderRenewParam, index: usize) -> usize {
    let mut writer = ParamWriter::new();
    writer.field(
        "OrderRenewParam",
        std::slice::from_ref(entry),
        &aliyun_rpc::Rules::NONE,
    );
    let params = writer.finish().unwrap_or_default();
    let digits = index.to_string().len();
    // Each pair as on the wire, with its `&`; the index digits may grow past the 1 written here.
    params.wire_len() + usize::from(!params.is_empty()) + params.len() * digits.saturating_sub(1)
}

/// Splits entries into batches of at most `max_entries` entries and `max_bytes` encoded bytes of
/// parameters each, keeping their order. An entry larger than `max_bytes` alone gets a batch of
/// its own.
pub(crate) fn split_batches(
    entries: Vec<OrderRenewParam>,
    max_entries: usize,
    max_bytes: usize,
) -> Vec<Vec<OrderRenewParam>> {
    let max_entries = max_entries.max(1);
    let mut batches = Vec::new();
    let mut current: Vec<OrderRenewParam> = Vec::new();
    let mut bytes = 0;
    for entry in entries {
        let size = entry_bytes(&entry, current.len() + 1);
        if !current.is_empty() && (current.len() >= max_entries || bytes + size > max_bytes) {
            batches.push(std::mem::take(&mut current));
            bytes = 0;
        }
        bytes += entry_bytes(&entry, current.len() + 1);
        current.push(entry);
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

/// The batch request for `entries` with the run's payment options.
pub(crate) fn batch_request(
    entries: Vec<OrderRenewParam>,
    coupon: Option<&str>,
    promotion: Option<&str>,
) -> SaveBatchTaskForCreatingOrderRenew {
    let mut request = SaveBatchTaskForCreatingOrderRenew::new(entries);
    if let Some(coupon) = coupon {
        request = request.with_coupon(coupon);
    }
    if let Some(promotion) = promotion {
        request = request.with_promotion(promotion);
    }
    request
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(count: usize, name_len: usize) -> Vec<OrderRenewParam> {
        (0..count)
            .map(|i| {
                OrderRenewParam::new(
                    format!("{i:0>width$}.com", width = name_len),
                    1,
                    1_767_225_600_000,
                )
            })
            .collect()
    }

    #[test]
    fn batches_respect_the_entry_count_and_keep_order() {
        let batches = split_batches(entries(250, 4), 100, usize::MAX);
        assert_eq!(
            batches.iter().map(Vec::len).collect::<Vec<_>>(),
            [100, 100, 50]
        );
        assert_eq!(batches[1][0].domain_name(), "0100.com");
    }

    #[test]
    fn batches_respect_the_byte_budget() {
        let all = entries(300, 60);
        let budget = 8 * 1024;
        let batches = split_batches(all, 1000, budget);
        assert!(batches.len() > 1);
        for batch in &batches {
            let size: usize = batch
                .iter()
                .enumerate()
                .map(|(i, e)| entry_bytes(e, i + 1))
                .sum();
            assert!(size <= budget, "a batch of {size} bytes");
        }
        assert_eq!(batches.iter().map(Vec::len).sum::<usize>(), 300);
    }
}
