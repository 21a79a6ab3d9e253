//! When two spellings name one domain: as the service compares names, without case, without a
//! final dot, and with the Unicode and punycode (`xn--`) forms of an internationalized label
//! being one label.
//!
//! Unicode names are mapped to their ASCII form by UTS #46 processing (the `idna` crate, as
//! browsers and registries apply it: case folding, normalization, punycode).

/// The key under which `name` is compared with other names: lowercase, no final dot, every
/// non-ASCII label in its `xn--` form. Names that are already lowercase ASCII come back as they
/// are; a name that UTS #46 refuses is compared as written, lowercased.
pub fn domain_key(name: &str) -> String {
    let name = name.trim().trim_end_matches('.');
    if name
        .bytes()
        .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
    {
        return name.to_owned();
    }
    idna::domain_to_ascii(name).unwrap_or_else(|_| name.to_lowercase())
}

/// Refuses a batch order that names one domain twice, as the service compares names: the second
/// entry would be ordered (and charged) again. `what` says what the order does (`register`).
pub(crate) fn reject_repeated_domains<'a>(
    writer: &mut aliyun_rpc::ParamWriter,
    names: impl IntoIterator<Item = &'a str>,
    what: &str,
) {
    let mut seen = std::collections::HashSet::new();
    for name in names {
        if !seen.insert(domain_key(name)) {
            writer.reject(aliyun_rpc::Problem::Invalid(format!(
                "lists the domain `{name}` twice, which would {what} it twice"
            )));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_order_naming_one_domain_twice_is_refused_whatever_the_spelling() {
        let repeated = ["a.com", "b.com", "A.COM."];
        assert_eq!(
            crate::test_wire::sent(|writer| reject_repeated_domains(writer, repeated, "redeem")),
            Err(vec![
                "request lists the domain `A.COM.` twice, which would redeem it twice".to_owned()
            ])
        );
        let distinct = ["a.com", "b.com"];
        assert_eq!(
            crate::test_wire::sent(|writer| reject_repeated_domains(writer, distinct, "redeem")),
            Ok(vec![])
        );
    }

    #[test]
    fn unicode_and_punycode_spellings_share_one_key() {
        assert_eq!(domain_key("Bücher.DE."), "xn--bcher-kva.de");
        assert_eq!(domain_key("xn--bcher-kva.de"), "xn--bcher-kva.de");
        assert_eq!(domain_key("münchen.de"), "xn--mnchen-3ya.de");
        assert_eq!(
            domain_key("他们为什么不说中文.cn"),
            "xn--ihqwcrb4cv8a8dqg056pqjye.cn"
        );
        assert_eq!(domain_key("Example.COM."), "example.com");
        assert_eq!(domain_key("demo-一.cn"), domain_key("XN--demo--kg1h.cn"));
        assert_eq!(domain_key(" example.com "), "example.com");
    }

    #[test]
    fn a_name_uts46_refuses_is_compared_as_written() {
        // `xn--a` is not valid punycode: no Unicode form to agree on, so the key is the name.
        assert!(idna::domain_to_ascii("xn--a.com").is_err());
        assert_eq!(domain_key("XN--A.Com"), "xn--a.com");
    }
}
