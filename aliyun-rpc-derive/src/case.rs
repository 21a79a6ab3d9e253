//! Names on the wire: PascalCase field names and the `rename_all` rules for enum variants.

use syn::LitStr;

/// How `#[rpc(rename_all = "…")]` turns a variant name into its wire value.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum RenameRule {
    /// `lowercase`
    Lower,
    /// `UPPERCASE`
    Upper,
    /// `PascalCase`: variant names are already PascalCase, so they are kept.
    Pascal,
    /// `camelCase`
    Camel,
    /// `snake_case`
    Snake,
    /// `SCREAMING_SNAKE_CASE`
    ScreamingSnake,
    /// `kebab-case`
    Kebab,
}

/// Every rule, with its spelling in the attribute.
pub(crate) const RULES: &[(&str, RenameRule)] = &[
    ("lowercase", RenameRule::Lower),
    ("UPPERCASE", RenameRule::Upper),
    ("PascalCase", RenameRule::Pascal),
    ("camelCase", RenameRule::Camel),
    ("snake_case", RenameRule::Snake),
    ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
    ("kebab-case", RenameRule::Kebab),
];

impl RenameRule {
    /// The rule spelled `name`, if any.
    pub(crate) fn from_name(name: &str) -> Option<RenameRule> {
        RULES
            .iter()
            .find(|(spelling, _)| *spelling == name)
            .map(|&(_, rule)| rule)
    }

    /// Applies the rule to a PascalCase variant name.
    pub(crate) fn apply_to_variant(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => {
                let mut chars = variant.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            }
            RenameRule::Snake => words_joined(variant, '_'),
            RenameRule::ScreamingSnake => words_joined(variant, '_').to_ascii_uppercase(),
            RenameRule::Kebab => words_joined(variant, '-'),
        }
    }
}

/// A PascalCase name in lowercase, with `separator` before each inner uppercase letter.
fn words_joined(pascal: &str, separator: char) -> String {
    let mut joined = String::with_capacity(pascal.len() + 4);
    for (position, ch) in pascal.char_indices() {
        if position > 0 && ch.is_uppercase() {
            joined.push(separator);
        }
        joined.push(ch.to_ascii_lowercase());
    }
    joined
}

/// The default wire name of a field: its name in PascalCase (`order_renew_param` → `OrderRenewParam`).
///
/// Each `_`-separated word gets an uppercase first letter; the rest of the word is kept as written.
pub(crate) fn pascal_case(field: &str) -> String {
    field
        .split('_')
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(|ch| ch.to_ascii_uppercase());
            first.into_iter().chain(chars).collect::<String>()
        })
        .collect()
}

/// Why `name` cannot be a wire name given with `rename`, if it cannot.
pub(crate) fn wire_name_problem(name: &LitStr) -> Option<String> {
    let value = name.value();
    if value.is_empty() {
        return Some("`rename` needs a non-empty wire name".to_owned());
    }
    let bad = value
        .chars()
        .find(|ch| matches!(ch, '.' | '=' | '&') || ch.is_whitespace())?;
    let shown = if bad.is_whitespace() {
        "whitespace".to_owned()
    } else {
        format!("`{bad}`")
    };
    let hint = if bad == '.' {
        "; nested names come from a field whose type derives `RpcParams`"
    } else {
        ""
    };
    Some(format!("wire name `{value}` contains {shown}{hint}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_become_pascal_case() {
        assert_eq!(pascal_case("order_renew_param"), "OrderRenewParam");
        assert_eq!(pascal_case("user_client_ip"), "UserClientIp");
        assert_eq!(pascal_case("type"), "Type");
        assert_eq!(pascal_case("domain_name"), "DomainName");
        assert_eq!(pascal_case("ipv6_address"), "Ipv6Address");
        assert_eq!(pascal_case("_leading__double_"), "LeadingDouble");
        assert_eq!(pascal_case("page_num"), "PageNum");
        assert_eq!(pascal_case("x"), "X");
    }

    #[test]
    fn every_rename_all_rule_applies_to_a_variant() {
        let expected = [
            ("lowercase", "autorenew"),
            ("UPPERCASE", "AUTORENEW"),
            ("PascalCase", "AutoRenew"),
            ("camelCase", "autoRenew"),
            ("snake_case", "auto_renew"),
            ("SCREAMING_SNAKE_CASE", "AUTO_RENEW"),
            ("kebab-case", "auto-renew"),
        ];
        for (name, wire) in expected {
            let rule = RenameRule::from_name(name).unwrap();
            assert_eq!(rule.apply_to_variant("AutoRenew"), wire, "{name}");
        }
    }

    #[test]
    fn single_word_variants_and_unknown_rules() {
        assert_eq!(RenameRule::Snake.apply_to_variant("On"), "on");
        assert_eq!(RenameRule::Camel.apply_to_variant("On"), "on");
        assert_eq!(RenameRule::from_name("snake-case"), None);
        assert_eq!(RenameRule::from_name("Lowercase"), None);
    }

    #[test]
    fn wire_names_reject_separators_and_blanks() {
        let problem =
            |name: &str| wire_name_problem(&LitStr::new(name, proc_macro2::Span::call_site()));
        assert_eq!(problem("RegionId"), None);
        assert!(problem("").unwrap().contains("non-empty"));
        assert!(problem("A.B").unwrap().contains("`.`"));
        assert!(problem("A B").unwrap().contains("whitespace"));
        assert!(problem("A=B").unwrap().contains("`=`"));
        assert!(problem("A&B").unwrap().contains("`&`"));
    }
}
