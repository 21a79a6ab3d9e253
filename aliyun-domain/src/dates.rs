//! Calendar dates in UTC from milliseconds since the Unix epoch.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds in a day.
pub const DAY_MS: i64 = 86_400_000;

/// Now, in milliseconds since the epoch.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The UTC calendar date of `ms`, as `YYYY-MM-DD`.
pub fn utc_date(ms: i64) -> String {
    let (year, month, day) = civil_from_days(ms.div_euclid(DAY_MS));
    format!("{year:04}-{month:02}-{day:02}")
}

/// Calendar days from the UTC date of `now_ms` to that of `expiration_ms`: 0 on the day it
/// expires, negative once expired.
pub fn days_left(expiration_ms: i64, now_ms: i64) -> i64 {
    expiration_ms.div_euclid(DAY_MS) - now_ms.div_euclid(DAY_MS)
}

/// (year, month, day) of the day `days` after 1970-01-01, in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc_calendar_days() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(1_767_225_600_000), "2026-01-01");
        assert_eq!(utc_date(1_767_225_599_999), "2025-12-31");
        assert_eq!(utc_date(951_782_400_000), "2000-02-29");
        assert_eq!(utc_date(-1), "1969-12-31");
    }

    #[test]
    fn days_left_counts_calendar_days() {
        let midnight = 1_767_225_600_000;
        assert_eq!(days_left(midnight + 5 * DAY_MS, midnight + DAY_MS - 1), 5);
        assert_eq!(days_left(midnight, midnight + 1), 0);
        assert_eq!(days_left(midnight - 1, midnight), -1);
    }

    #[test]
    fn extreme_values_do_not_panic() {
        utc_date(i64::MAX);
        utc_date(i64::MIN);
        days_left(i64::MAX, i64::MIN / 2);
    }
}
