//! The built-in demo account: a dozen domains whose expirations are spread from 5 to 400 days
//! after startup, so "expiring within 60 days" always finds some.

use crate::calendar::{DAY_MS, add_years_utc};
use crate::state::DomainRecord;

/// (name, days until expiration, years since registration, premium, type)
const DEMO_DOMAINS: [(&str, i64, i64, bool, &str); 12] = [
    ("example-shop.com", 5, 3, false, "gTLD"),
    ("my-blog.net", 12, 6, false, "gTLD"),
    ("demo-一.cn", 20, 2, false, "ccTLD"),
    ("family-photos.org", 33, 9, false, "gTLD"),
    ("startup-idea.io", 45, 1, false, "ccTLD"),
    ("coffee.shop", 58, 2, true, "New gTLD"),
    ("portfolio-site.me", 75, 4, false, "ccTLD"),
    ("weekend-project.dev", 120, 1, false, "New gTLD"),
    ("old-company.com", 180, 15, false, "gTLD"),
    ("recipes-online.net", 250, 7, false, "gTLD"),
    ("open-data.xyz", 320, 3, false, "New gTLD"),
    ("long-term-brand.cn", 400, 11, false, "ccTLD"),
];

/// The demo domains relative to `now_ms`. Times are whole seconds, as the real API's are.
pub(crate) fn demo_domains(now_ms: i64) -> Vec<DomainRecord> {
    let now_seconds = now_ms - now_ms.rem_euclid(1000);
    DEMO_DOMAINS
        .iter()
        .enumerate()
        .map(
            |(index, (name, days_left, years_registered, premium, kind))| {
                let expiration = now_seconds + days_left * DAY_MS;
                DomainRecord {
                    domain_name: (*name).to_owned(),
                    instance_id: format!("S2018DEMO{:06}", index + 1),
                    // Registered on the same calendar day as it expires, some years back, like real
                    // one-year-at-a-time registrations.
                    registration_date_long: add_years_utc(expiration, -(years_registered + 1)),
                    expiration_date_long: expiration,
                    premium: *premium,
                    domain_type: (*kind).to_owned(),
                    registrant_type: if index % 3 == 0 { "2" } else { "1" }.to_owned(),
                    domain_group_id: if index % 2 == 0 { 1001 } else { 0 },
                    domain_group_name: if index % 2 == 0 {
                        "demo".to_owned()
                    } else {
                        String::new()
                    },
                    remark: String::new(),
                    auto_renew_enabled: index % 4 == 0,
                    ..DomainRecord::default()
                }
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_domains_expire_between_5_and_400_days_and_include_a_premium_and_an_idn() {
        let now = 1_700_000_000_123;
        let domains = demo_domains(now);
        assert_eq!(domains.len(), 12);
        let within_60_days = domains
            .iter()
            .filter(|d| d.expiration_date_long - now <= 60 * DAY_MS)
            .count();
        assert!(within_60_days >= 3);
        assert!(domains.iter().all(|d| d.registration_date_long < now));
        assert!(domains.iter().all(|d| d.expiration_date_long % 1000 == 0));
        assert_eq!(domains.iter().filter(|d| d.premium).count(), 1);
        assert!(domains.iter().any(|d| !d.domain_name.is_ascii()));
    }
}
