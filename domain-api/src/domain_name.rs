//! When two spellings name one domain: as the service compares names, without case, without a
//! final dot, and with the Unicode and punycode (`xn--`) forms of an internationalized label
//! being one label.
//!
//! Unicode labels are mapped to their ASCII form with the RFC 3492 (Bootstring) encoder below,
//! after lowercasing; no other IDNA mapping is applied (give names in Unicode normalization form
//! C, as registries store them).

/// The key under which `name` is compared with other names: lowercase, no final dot, every
/// non-ASCII label in its `xn--` form. Names that are already lowercase ASCII come back as they
/// are.
pub fn domain_key(name: &str) -> String {
    let name = name.trim().trim_end_matches('.');
    if name
        .bytes()
        .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
    {
        return name.to_owned();
    }
    name.split('.')
        .map(|label| {
            let label = label.to_lowercase();
            if label.is_ascii() {
                label
            } else {
                match punycode(&label) {
                    Some(encoded) => format!("xn--{encoded}"),
                    // Only a label of absurd length overflows; compare it as written.
                    None => label,
                }
            }
        })
        .collect::<Vec<_>>()
        .join(".")
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

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

/// The bias adaptation of RFC 3492, section 6.1.
fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn digit(value: u32) -> char {
    // 0..=25 are a..z, 26..=35 are 0..9.
    let byte = if value < 26 {
        b'a' + value as u8
    } else {
        b'0' + (value - 26) as u8
    };
    char::from(byte)
}

/// The Bootstring encoding of `label` (RFC 3492, section 6.3), without the `xn--` prefix;
/// `None` on overflow.
fn punycode(label: &str) -> Option<String> {
    let points: Vec<u32> = label.chars().map(u32::from).collect();
    let mut output: String = label.chars().filter(char::is_ascii).collect();
    let basic = u32::try_from(output.len()).ok()?;
    let mut handled = basic;
    if basic > 0 {
        output.push('-');
    }
    let total = u32::try_from(points.len()).ok()?;
    let (mut n, mut delta, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    while handled < total {
        let next = points.iter().copied().filter(|&p| p >= n).min()?;
        delta = delta.checked_add((next - n).checked_mul(handled + 1)?)?;
        n = next;
        for &point in &points {
            if point < n {
                delta = delta.checked_add(1)?;
            }
            if point == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    output.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                output.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(output)
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
    fn punycode_matches_the_rfc_3492_samples() {
        assert_eq!(punycode("münchen").as_deref(), Some("mnchen-3ya"));
        assert_eq!(punycode("bücher").as_deref(), Some("bcher-kva"));
        // RFC 3492 7.1 (B), Chinese (simplified).
        assert_eq!(
            punycode("他们为什么不说中文").as_deref(),
            Some("ihqwcrb4cv8a8dqg056pqjye")
        );
    }

    #[test]
    fn unicode_and_punycode_spellings_share_one_key() {
        assert_eq!(domain_key("Bücher.DE."), "xn--bcher-kva.de");
        assert_eq!(domain_key("xn--bcher-kva.de"), "xn--bcher-kva.de");
        assert_eq!(domain_key("Example.COM."), "example.com");
        assert_eq!(domain_key("demo-一.cn"), domain_key("XN--demo--kg1h.cn"));
        assert_eq!(domain_key(" example.com "), "example.com");
    }
}
