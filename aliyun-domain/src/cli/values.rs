//! Parsers of the values the commands take (domain names, name servers, record ids, record
//! types): a bad one is a usage error (status 2) before anything is read or sent.
//!
//! These check only the shape a value needs to be sent at all; the rules the actions declare
//! (TTL range, number of name servers) are checked by the client before the request is signed.

use alidns_api::RecordType;
use aliyun_rpc::RpcValue;

/// The longest domain or host name DNS allows, in characters of its ASCII form.
const MAX_NAME_LEN: usize = 253;

/// A domain name as given: not empty, no blank, control or invisible character, at most 253
/// characters. Internationalized names are accepted as written (`demo-一.cn`).
pub(crate) fn domain_name(text: &str) -> Result<String, String> {
    name("a domain name", text)
}

/// A name server's host name, with the same shape as a domain name.
pub(crate) fn host_name(text: &str) -> Result<String, String> {
    name("a name server", text)
}

/// A record id from `dns records`: not empty, no blank.
pub(crate) fn record_id(text: &str) -> Result<String, String> {
    if text.is_empty() {
        return Err("a record id cannot be empty; `dns records DOMAIN` lists them".into());
    }
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "{text:?} is not a record id: it has a blank or control character"
        ));
    }
    Ok(text.to_owned())
}

/// A record's host or value: anything but empty (the service judges the rest).
pub(crate) fn non_empty(text: &str) -> Result<String, String> {
    if text.is_empty() {
        return Err("cannot be empty".into());
    }
    Ok(text.to_owned())
}

/// A record type, in any case (`a`, `CNAME`, `redirect_url`): one of the types Alidns names.
pub(crate) fn record_type(text: &str) -> Result<RecordType, String> {
    RECORD_TYPES
        .into_iter()
        .find(|t| t.wire_value().eq_ignore_ascii_case(text))
        .ok_or_else(|| {
            format!(
                "{text:?} is not a record type; use one of {}",
                RecordType::VALUES.join(", ")
            )
        })
}

/// Every record type, to look one up by its wire name; a test checks that it lists every value
/// `alidns-api` declares.
const RECORD_TYPES: [RecordType; 10] = [
    RecordType::A,
    RecordType::Aaaa,
    RecordType::Cname,
    RecordType::Mx,
    RecordType::Txt,
    RecordType::Ns,
    RecordType::Srv,
    RecordType::Caa,
    RecordType::RedirectUrl,
    RecordType::ForwardUrl,
];

/// `text` if it has the shape of a DNS name; `what` names it in the error.
fn name(what: &str, text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err(format!("{what} cannot be empty"));
    }
    if let Some(bad) = text
        .chars()
        .find(|&c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        return Err(format!(
            "{text:?} is not {what}: it has the character {:?}",
            bad
        ));
    }
    if text.chars().count() > MAX_NAME_LEN {
        return Err(format!(
            "{what} has at most {MAX_NAME_LEN} characters; this one has {}",
            text.chars().count()
        ));
    }
    Ok(text.to_owned())
}

/// Zero-width and bidi characters, which would make a name look like another one.
fn is_invisible(c: char) -> bool {
    matches!(u32::from(c), 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_type_table_lists_every_declared_type() {
        let listed: Vec<&str> = RECORD_TYPES.iter().map(RpcValue::wire_value).collect();
        assert_eq!(listed, RecordType::VALUES);
    }

    #[test]
    fn record_types_are_read_in_any_case_and_unknown_ones_refused() {
        assert_eq!(record_type("a"), Ok(RecordType::A));
        assert_eq!(record_type("Cname"), Ok(RecordType::Cname));
        assert_eq!(record_type("redirect_url"), Ok(RecordType::RedirectUrl));
        let refused = record_type("AXFR").unwrap_err();
        assert!(refused.contains("A, AAAA, CNAME"), "{refused}");
        assert!(record_type("").is_err());
    }

    #[test]
    fn names_must_be_non_empty_visible_and_short_enough() {
        assert_eq!(domain_name("example.com"), Ok("example.com".to_owned()));
        assert_eq!(domain_name("demo-一.cn"), Ok("demo-一.cn".to_owned()));
        for bad in [
            "",
            "  ",
            "a b.com",
            "a.com\n",
            "pay\u{200b}pal.com",
            "x\u{202e}.com",
        ] {
            assert!(domain_name(bad).is_err(), "{bad:?}");
        }
        assert!(host_name(&format!("{}.com", "a".repeat(250))).is_err());
        assert!(host_name("ns1.example.net").is_ok());
    }

    #[test]
    fn record_ids_must_be_non_empty_without_blanks() {
        assert_eq!(record_id("1234"), Ok("1234".to_owned()));
        assert!(record_id("").is_err());
        assert!(record_id("12 34").is_err());
    }
}
