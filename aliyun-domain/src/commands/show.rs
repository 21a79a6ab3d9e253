//! `show`: one domain's details (`QueryDomainByDomainName`).

use domain_api::{QueryDomainByDomainName, QueryDomainByDomainNameResponse};
use serde_json::json;

use super::{print_json, print_stdout};
use crate::cli::{Output, ShowArgs};
use crate::dates::{days_left, now_ms, utc_date};
use crate::exit::{Failure, SUCCESS};
use crate::session::Session;
use crate::table::Table;

/// The service's code for a domain that is not in the account.
const NOT_IN_ACCOUNT: &str = "DomainNotExist";

/// Reads the domain and prints its details.
pub(crate) async fn run(session: &Session, args: &ShowArgs, output: Output) -> Result<u8, Failure> {
    let domain = session
        .client
        .call(&QueryDomainByDomainName::new(args.domain.as_str()))
        .await
        .map_err(|error| match &error {
            aliyun_rpc::Error::Service(service) if service.code() == NOT_IN_ACCOUNT => {
                Failure::usage(format!(
                    "no domain {} in this account ({})",
                    args.domain,
                    service.message()
                ))
            }
            _ => Failure::from_rpc(&format!("cannot read domain {}", args.domain), &error),
        })?;
    let now = now_ms();
    match output {
        Output::Table => print_stdout(&text(&domain, now)),
        Output::Json => print_json(&document(&domain, now)),
    }
    Ok(SUCCESS)
}

/// The name servers: the service may send them as separate entries or as one comma-separated
/// entry, so both are split into one name each.
fn name_servers(domain: &QueryDomainByDomainNameResponse) -> Vec<String> {
    domain
        .dns_list
        .iter()
        .flat_map(|entry| entry.split(','))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What the codes of `DomainStatus` mean, as the help centre documents them.
const DOMAIN_STATUSES: &[(&str, &str)] = &[
    ("1", "renewal due"),
    ("2", "redemption due"),
    ("3", "normal"),
];

/// What the codes of `RegistrantType` mean.
const REGISTRANT_TYPES: &[(&str, &str)] = &[("1", "individual"), ("2", "organization")];

/// `code (meaning)` when `meanings` knows the code, else the code as sent; `-` for none.
fn with_meaning(code: Option<&str>, meanings: &[(&str, &str)]) -> String {
    match code {
        None | Some("") => "-".to_owned(),
        Some(code) => match meanings.iter().find(|(known, _)| *known == code) {
            Some((_, meaning)) => format!("{code} ({meaning})"),
            None => code.to_owned(),
        },
    }
}

/// A lock's state (`OPEN`, `CLOSE`, `NONE_SETTING`) as `on`, `off` or what the service said.
fn lock_label(state: Option<&str>) -> String {
    match state {
        Some("OPEN") => "on".to_owned(),
        Some("CLOSE") | Some("NONE_SETTING") => "off".to_owned(),
        Some(other) => other.to_owned(),
        None => "-".to_owned(),
    }
}

/// `yes`, `no` or `-`.
fn yes_no(value: Option<bool>) -> String {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
    .to_owned()
}

/// The text of an optional field, `-` when absent or empty.
fn or_dash(value: Option<&str>) -> String {
    value
        .filter(|v| !v.is_empty())
        .map_or_else(|| "-".to_owned(), str::to_owned)
}

/// A date in ms as `YYYY-MM-DD (N days left)`, or `-`.
fn date_with_days(ms: Option<i64>, now: i64) -> String {
    match ms {
        Some(ms) => {
            let days = days_left(ms, now);
            let when = if days < 0 {
                format!("expired {} days ago", -days)
            } else {
                format!("{days} days left")
            };
            format!("{} ({when})", utc_date(ms))
        }
        None => "-".to_owned(),
    }
}

/// The details as a two-column table.
fn text(domain: &QueryDomainByDomainNameResponse, now: i64) -> String {
    let registrant = [
        domain.registrant_name.as_deref(),
        domain.registrant_organization.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|name| !name.is_empty())
    .fold(Vec::<&str>::new(), |mut names, name| {
        if !names.contains(&name) {
            names.push(name);
        }
        names
    })
    .join(" / ");
    let email = match (domain.email.as_deref(), domain.email_verification_status) {
        (Some(email), Some(1)) => format!("{email} (verified)"),
        (Some(email), Some(0)) => format!("{email} (not verified)"),
        (email, _) => or_dash(email),
    };
    let tags = domain
        .tag
        .iter()
        .map(|tag| format!("{}={}", tag.key, tag.value.as_deref().unwrap_or_default()))
        .collect::<Vec<_>>()
        .join(", ");
    let servers = name_servers(domain);
    let rows = [
        ("DOMAIN", domain.domain_name.clone()),
        (
            "STATUS",
            with_meaning(domain.domain_status.as_deref(), DOMAIN_STATUSES),
        ),
        (
            "EXPIRATION (UTC)",
            date_with_days(domain.expiration_date_long, now),
        ),
        (
            "REGISTERED (UTC)",
            domain
                .registration_date_long
                .map_or_else(|| "-".to_owned(), utc_date),
        ),
        ("PREMIUM", yes_no(domain.premium)),
        ("REGISTRANT", or_dash(Some(&registrant))),
        (
            "REGISTRANT TYPE",
            with_meaning(domain.registrant_type.as_deref(), REGISTRANT_TYPES),
        ),
        ("EMAIL", email),
        ("REAL-NAME", or_dash(domain.real_name_status.as_deref())),
        (
            "NAME SERVERS",
            if servers.is_empty() {
                "-".to_owned()
            } else {
                servers.join(", ")
            },
        ),
        (
            "TRANSFER LOCK",
            lock_label(domain.transfer_prohibition_lock.as_deref()),
        ),
        (
            "UPDATE LOCK",
            lock_label(domain.update_prohibition_lock.as_deref()),
        ),
        (
            "TRANSFER OUT",
            or_dash(domain.transfer_out_status.as_deref()),
        ),
        ("CLIENT HOLD", yes_no(domain.email_verification_client_hold)),
        ("GROUP", or_dash(domain.domain_group_name.as_deref())),
        ("REGISTRAR", or_dash(domain.registrar.as_deref())),
        ("INSTANCE", or_dash(domain.instance_id.as_deref())),
        ("REMARK", or_dash(domain.remark.as_deref())),
        ("TAGS", or_dash(Some(&tags))),
    ];
    let mut table = Table::new(["FIELD", "VALUE"]);
    for (field, value) in rows {
        table.push_row([field.to_owned(), value]);
    }
    table.to_string()
}

/// The details as JSON: every string as the service sent it.
fn document(domain: &QueryDomainByDomainNameResponse, now: i64) -> serde_json::Value {
    json!({
        "domain": domain.domain_name,
        "instance_id": domain.instance_id,
        "status": domain.domain_status,
        "expiration": domain.expiration_date_long.map(utc_date),
        "expiration_ms": domain.expiration_date_long,
        "days_left": domain.expiration_date_long.map(|ms| days_left(ms, now)),
        "expiration_status": domain.expiration_date_status,
        "registration": domain.registration_date_long.map(utc_date),
        "registration_ms": domain.registration_date_long,
        "premium": domain.premium,
        "domain_type": domain.domain_type,
        "registrant": {
            "name": domain.registrant_name,
            "organization": domain.registrant_organization,
            "type": domain.registrant_type,
            "email": domain.email,
            "email_verified": domain.email_verification_status.map(|status| status == 1),
            "real_name_status": domain.real_name_status,
            "updating_status": domain.registrant_updating_status,
        },
        "name_servers": name_servers(domain),
        "locks": {
            "transfer": domain.transfer_prohibition_lock,
            "update": domain.update_prohibition_lock,
        },
        "transfer_out_status": domain.transfer_out_status,
        "client_hold": domain.email_verification_client_hold,
        "group": domain.domain_group_name,
        "registrar": domain.registrar,
        "remark": domain.remark,
        "tags": domain.tag.iter().map(|tag| json!({"key": tag.key, "value": tag.value})).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_and_locks_read_in_words() {
        assert_eq!(with_meaning(Some("3"), DOMAIN_STATUSES), "3 (normal)");
        assert_eq!(with_meaning(Some("1"), DOMAIN_STATUSES), "1 (renewal due)");
        assert_eq!(with_meaning(Some("ODD"), DOMAIN_STATUSES), "ODD");
        assert_eq!(with_meaning(None, REGISTRANT_TYPES), "-");
        assert_eq!(
            with_meaning(Some("2"), REGISTRANT_TYPES),
            "2 (organization)"
        );
        assert_eq!(lock_label(Some("OPEN")), "on");
        assert_eq!(lock_label(Some("NONE_SETTING")), "off");
        assert_eq!(lock_label(None), "-");
    }

    #[test]
    fn name_servers_sent_as_one_comma_separated_entry_are_split() {
        let domain: QueryDomainByDomainNameResponse = serde_json::from_value(json!({
            "RequestId": "R",
            "DomainName": "a.com",
            "DnsList": {"Dns": ["ns1.a.net,ns2.a.net", " ns3.a.net ", ""]},
        }))
        .unwrap();
        assert_eq!(
            name_servers(&domain),
            ["ns1.a.net", "ns2.a.net", "ns3.a.net"]
        );
    }

    #[test]
    fn dates_say_how_many_days_are_left_or_gone() {
        let day = crate::dates::DAY_MS;
        assert_eq!(
            date_with_days(Some(20 * day), 15 * day),
            "1970-01-21 (5 days left)"
        );
        assert_eq!(
            date_with_days(Some(10 * day), 12 * day),
            "1970-01-11 (expired 2 days ago)"
        );
        assert_eq!(date_with_days(None, 0), "-");
    }
}
