//! Civil-calendar arithmetic on epoch milliseconds: the few date formats the Domain API prints, and
//! "add N calendar years" for renewals. Hand-written (Howard Hinnant's algorithms) to avoid a date crate.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds in one day.
pub(crate) const DAY_MS: i64 = 86_400_000;

/// The Domain console and API print local times in China Standard Time (UTC+8, no DST).
const CST_OFFSET_MS: i64 = 8 * 3_600_000;

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The current time in milliseconds since the Unix epoch.
pub(crate) fn now_ms() -> i64 {
    system_time_ms(SystemTime::now())
}

/// Converts a `SystemTime` to epoch milliseconds (negative before 1970).
pub(crate) fn system_time_ms(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_millis()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_millis()).unwrap_or(i64::MAX),
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let month_index = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * month_index + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date (year, month 1..=12, day 1..=31) of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Broken-down time fields of an epoch-millisecond instant shifted by `offset_ms`.
struct Fields {
    year: i64,
    month: u32,
    day: u32,
    hour: i64,
    minute: i64,
    second: i64,
}

fn fields(ms: i64, offset_ms: i64) -> Fields {
    let local = ms + offset_ms;
    let days = local.div_euclid(DAY_MS);
    let seconds_of_day = local.rem_euclid(DAY_MS) / 1000;
    let (year, month, day) = civil_from_days(days);
    Fields {
        year,
        month,
        day,
        hour: seconds_of_day / 3600,
        minute: seconds_of_day / 60 % 60,
        second: seconds_of_day % 60,
    }
}

/// `2018-01-25 20:46:57` in UTC+8: the task and single-domain time format.
pub(crate) fn format_cst_dash(ms: i64) -> String {
    let f = fields(ms, CST_OFFSET_MS);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        f.year, f.month, f.day, f.hour, f.minute, f.second
    )
}

/// `Dec 26,2017 11:00:54` in UTC+8: the QueryDomainList and QueryTaskList time format.
pub(crate) fn format_cst_month_name(ms: i64) -> String {
    let f = fields(ms, CST_OFFSET_MS);
    format!(
        "{} {:02},{:04} {:02}:{:02}:{:02}",
        MONTH_ABBREVIATIONS[(f.month - 1) as usize],
        f.day,
        f.year,
        f.hour,
        f.minute,
        f.second
    )
}

/// `2016-02-23T12:46:24Z`: the V1 `Timestamp` format, in UTC.
#[cfg(test)]
pub(crate) fn format_utc_iso(ms: i64) -> String {
    let f = fields(ms, 0);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        f.year, f.month, f.day, f.hour, f.minute, f.second
    )
}

/// Start of the UTC+8 day containing `ms`; the task list filters "by day".
pub(crate) fn cst_day_start(ms: i64) -> i64 {
    (ms + CST_OFFSET_MS).div_euclid(DAY_MS) * DAY_MS - CST_OFFSET_MS
}

/// Adds calendar years to a UTC instant, keeping month, day and time of day; 29 February becomes
/// 28 February in a non-leap target year (what registries do).
pub(crate) fn add_years_utc(ms: i64, years: i64) -> i64 {
    let days = ms.div_euclid(DAY_MS);
    let time_of_day = ms.rem_euclid(DAY_MS);
    let (year, month, day) = civil_from_days(days);
    let target_year = year + years;
    let day = if month == 2 && day == 29 && !is_leap_year(target_year) {
        28
    } else {
        day
    };
    days_from_civil(target_year, month, day) * DAY_MS + time_of_day
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_covers_leap_days_and_negative_days() {
        for days in [-800_000, -1, 0, 1, 11_016, 17_591, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn formats_match_the_documented_samples() {
        // 2018-01-25 12:46:57 UTC is 20:46:57 in UTC+8.
        let ms = 1_516_884_417_000;
        assert_eq!(format_cst_dash(ms), "2018-01-25 20:46:57");
        assert_eq!(format_cst_month_name(ms), "Jan 25,2018 20:46:57");
        assert_eq!(format_utc_iso(ms), "2018-01-25T12:46:57Z");
    }

    #[test]
    fn adding_years_keeps_the_calendar_date() {
        // 2018-03-26T16:00:00Z (the doc's sample CurrentExpirationDate).
        let ms = 1_522_080_000_000;
        assert_eq!(format_utc_iso(add_years_utc(ms, 1)), "2019-03-26T16:00:00Z");
        assert_eq!(
            format_utc_iso(add_years_utc(ms, 10)),
            "2028-03-26T16:00:00Z"
        );
        // 2020-02-29 → 2021-02-28.
        let leap = days_from_civil(2020, 2, 29) * DAY_MS;
        assert_eq!(
            format_utc_iso(add_years_utc(leap, 1)),
            "2021-02-28T00:00:00Z"
        );
    }
}
