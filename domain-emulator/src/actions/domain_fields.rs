//! Values derived from a domain and the current time, shared by the two domain queries.

use super::params::{Params, required};
use crate::calendar::DAY_MS;
use crate::respond::ApiError;
use crate::state::{DomainRecord, State};

/// Days after expiration during which a domain can still be renewed at the normal price; after
/// that it needs redemption. (Registries use 30 to 45 days; the emulator picks 30.)
const RENEWAL_GRACE_DAYS: i64 = 30;

/// Days within which an unexpired domain counts as "needs renewal" (`DomainStatus` 1).
const RENEWAL_NOTICE_DAYS: i64 = 30;

/// The domain `DomainName` names (ASCII case ignored), or `DomainNotExist`.
pub(super) fn by_name<'a>(state: &'a State, params: &Params) -> Result<&'a DomainRecord, ApiError> {
    let name = required(params, "DomainName")?.trim();
    state.domain(name).ok_or_else(ApiError::domain_not_exist)
}

/// The domain `InstanceId` names, or `DomainNotExist`.
pub(super) fn by_instance_id<'a>(
    state: &'a State,
    params: &Params,
) -> Result<&'a DomainRecord, ApiError> {
    let instance_id = required(params, "InstanceId")?.trim();
    state
        .domains
        .iter()
        .find(|d| d.instance_id == instance_id)
        .ok_or_else(ApiError::domain_not_exist)
}

/// Whole days from now until expiration, negative once expired.
pub(super) fn days_until_expiration(domain: &DomainRecord, now_ms: i64) -> i64 {
    (domain.expiration_date_long - now_ms).div_euclid(DAY_MS)
}

/// `ExpirationDateStatus`: `1` not expired, `2` expired.
pub(super) fn expiration_date_status(domain: &DomainRecord, now_ms: i64) -> &'static str {
    if domain.expiration_date_long > now_ms {
        "1"
    } else {
        "2"
    }
}

/// `DomainStatus`: `1` needs renewal (expiring within 30 days or expired within the grace
/// period), `2` needs redemption (expired longer ago), `3` normal.
pub(super) fn domain_status(domain: &DomainRecord, now_ms: i64) -> &'static str {
    let days = days_until_expiration(domain, now_ms);
    if days < -RENEWAL_GRACE_DAYS {
        "2"
    } else if days < RENEWAL_NOTICE_DAYS {
        "1"
    } else {
        "3"
    }
}

/// Sorts by `key`, ascending or not; equal keys fall back to the name, ascending or not, so
/// pages never overlap.
pub(super) fn sort_domains<K: Ord>(
    domains: &mut [&DomainRecord],
    key: impl Fn(&DomainRecord) -> K,
    ascending: bool,
) {
    domains.sort_by(|a, b| {
        let ordering = key(a)
            .cmp(&key(b))
            .then_with(|| a.domain_name.cmp(&b.domain_name));
        if ascending {
            ordering
        } else {
            ordering.reverse()
        }
    });
}

/// `.cn` domains report CNNIC's registrar name; everything else the international one.
pub(super) fn registrar(domain: &DomainRecord) -> &'static str {
    if domain.domain_name.ends_with(".cn") {
        "阿里云计算有限公司（万网）"
    } else {
        "Alibaba Cloud Computing (Beijing) Co., Ltd."
    }
}
