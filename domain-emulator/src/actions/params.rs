//! Typed reads of request parameters with the service's error codes, and pagination.

use std::collections::BTreeMap;
use std::str::FromStr;

use serde_json::{Value, json};

use crate::respond::ApiError;

/// Request parameters by name.
pub(super) type Params = BTreeMap<String, String>;

/// A non-empty parameter, or `Missing<Name>`.
pub(super) fn required<'a>(params: &'a Params, name: &str) -> Result<&'a str, ApiError> {
    optional(params, name).ok_or_else(|| ApiError::missing(name))
}

/// A parameter, treating an empty value as absent (SDKs send `Name=` for unset strings).
pub(super) fn optional<'a>(params: &'a Params, name: &str) -> Option<&'a str> {
    params
        .get(name)
        .map(String::as_str)
        .filter(|v| !v.is_empty())
}

/// A number, or `InvalidParameter` when it does not parse.
pub(super) fn number<T: FromStr>(name: &str, value: &str) -> Result<T, ApiError> {
    value
        .trim()
        .parse()
        .map_err(|_| ApiError::invalid(name, "A number is expected."))
}

/// An optional number parameter.
pub(super) fn optional_number<T: FromStr>(
    params: &Params,
    name: &str,
) -> Result<Option<T>, ApiError> {
    optional(params, name).map(|v| number(name, v)).transpose()
}

/// A required number parameter.
pub(super) fn required_number<T: FromStr>(params: &Params, name: &str) -> Result<T, ApiError> {
    number(name, required(params, name)?)
}

/// `true`/`false` in any case: Python SDKs send `True`/`False`.
pub(super) fn boolean(name: &str, value: &str) -> Result<bool, ApiError> {
    if value.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if value.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(ApiError::invalid(name, "true or false is expected."))
    }
}

/// An optional boolean parameter, `false` when absent.
pub(super) fn optional_boolean(params: &Params, name: &str) -> Result<bool, ApiError> {
    optional(params, name).map_or(Ok(false), |v| boolean(name, v))
}

/// A list sent as `Name.1`, `Name.2`, … (the service's "repeat list"): the values in index
/// order. Indexes count from 1 without gaps or leading zeros; an empty list is `Missing<Name>`
/// when `required`, and more than `max_items` entries are refused.
pub(super) fn repeat_list(
    params: &Params,
    name: &str,
    required: bool,
    max_items: usize,
) -> Result<Vec<String>, ApiError> {
    let mut entries = BTreeMap::new();
    for (key, value) in params {
        let Some(rest) = key.strip_prefix(name) else {
            continue;
        };
        if rest.is_empty() {
            return Err(ApiError::invalid(
                name,
                &format!("Send the list as {name}.1, {name}.2 and so on."),
            ));
        }
        let Some(index_text) = rest.strip_prefix('.') else {
            // Another parameter that merely starts with the same letters.
            continue;
        };
        let index = index_text
            .parse::<usize>()
            .ok()
            .filter(|i| *i >= 1 && !index_text.starts_with('0'))
            .ok_or_else(|| ApiError::invalid(key, "List entries are numbered from 1."))?;
        entries.insert(index, value.trim().to_owned());
    }
    if entries.is_empty() {
        return if required {
            Err(ApiError::missing(name))
        } else {
            Ok(Vec::new())
        };
    }
    if entries.len() > max_items {
        return Err(ApiError::illegal(&format!(
            "{name} takes at most {max_items} entries."
        )));
    }
    let mut values = Vec::with_capacity(entries.len());
    for (expected, (index, value)) in (1..).zip(entries) {
        if index != expected || value.is_empty() {
            return Err(ApiError::missing(&format!("{name}.{expected}")));
        }
        values.push(value);
    }
    Ok(values)
}

/// The largest N in a list of objects sent as `{list}.N.{field}` (numbered from 1); a malformed N
/// (`0`, `01`, `x`) is refused, and gaps show up later as a missing `{list}.K.{field}`. `example`
/// names a field for the error message.
pub(super) fn highest_object_index(
    params: &Params,
    list: &str,
    example: &str,
) -> Result<usize, ApiError> {
    let mut highest = 0;
    for name in params.keys() {
        let Some(rest) = name.strip_prefix(list) else {
            continue;
        };
        let Some(rest) = rest.strip_prefix('.') else {
            if rest.is_empty() {
                // A flattened list was expected; a JSON array in `{list}` is a common mistake.
                return Err(ApiError::invalid(
                    list,
                    &format!("Send the list as {list}.N.{example} etc., N counting from 1."),
                ));
            }
            continue;
        };
        let index_text = rest.split('.').next().unwrap_or("");
        let index = index_text
            .parse::<usize>()
            .ok()
            .filter(|i| *i >= 1 && !index_text.starts_with('0'))
            .ok_or_else(|| ApiError::invalid(name, "List entries are numbered from 1."))?;
        highest = highest.max(index);
    }
    Ok(highest)
}

/// A required `PageSize` in `1..=max`.
pub(super) fn page_size(params: &Params, max: usize) -> Result<usize, ApiError> {
    let size: usize = required_number(params, "PageSize")?;
    if (1..=max).contains(&size) {
        Ok(size)
    } else {
        Err(ApiError::illegal(&format!(
            "PageSize must be between 1 and {max}."
        )))
    }
}

/// The requested page: `PageNum` ≥ 1 and `PageSize` in `1..=max_page_size`, both required.
pub(super) struct Page {
    number: usize,
    size: usize,
}

impl Page {
    pub(super) fn from_params(params: &Params, max_page_size: usize) -> Result<Self, ApiError> {
        let number: usize = required_number(params, "PageNum")?;
        let size = page_size(params, max_page_size)?;
        if number < 1 {
            return Err(ApiError::illegal("PageNum must be at least 1."));
        }
        Ok(Self { number, size })
    }

    /// `PageNum` (default 1) and `PageSize` (default `default_size`), both optional, as the
    /// listings that page only when asked to.
    pub(super) fn optional(
        params: &Params,
        default_size: usize,
        max_page_size: usize,
    ) -> Result<Self, ApiError> {
        let mut params = params.clone();
        for (name, default) in [("PageNum", 1), ("PageSize", default_size)] {
            if optional(&params, name).is_none() {
                params.insert(name.to_owned(), default.to_string());
            }
        }
        Self::from_params(&params, max_page_size)
    }

    /// The page's slice of `items` and the pagination fields every list action returns.
    pub(super) fn apply<'a, T>(&self, items: &'a [T]) -> (&'a [T], serde_json::Map<String, Value>) {
        let total = items.len();
        let total_pages = total.div_ceil(self.size);
        let start = (self.number - 1).saturating_mul(self.size).min(total);
        let end = start.saturating_add(self.size).min(total);
        let Value::Object(fields) = json!({
            "CurrentPageNum": self.number,
            "PageSize": self.size,
            "TotalItemNum": total,
            "TotalPageNum": total_pages,
            "PrePage": self.number > 1,
            "NextPage": self.number < total_pages,
        }) else {
            unreachable!()
        };
        (&items[start..end], fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn pages_slice_and_report_neighbours() {
        let items: Vec<u32> = (0..7).collect();
        let page =
            Page::from_params(&params(&[("PageNum", "3"), ("PageSize", "3")]), 1000).unwrap();
        let (slice, fields) = page.apply(&items);
        assert_eq!(slice, [6]);
        assert_eq!(fields["TotalPageNum"], 3);
        assert_eq!(fields["PrePage"], true);
        assert_eq!(fields["NextPage"], false);
        let beyond =
            Page::from_params(&params(&[("PageNum", "9"), ("PageSize", "3")]), 1000).unwrap();
        assert!(beyond.apply(&items).0.is_empty());
    }

    #[test]
    fn page_parameters_are_validated() {
        let missing = Page::from_params(&params(&[("PageNum", "1")]), 1000)
            .err()
            .unwrap();
        assert_eq!(missing.code, "MissingPageSize");
        let too_big = Page::from_params(&params(&[("PageNum", "1"), ("PageSize", "1001")]), 1000)
            .err()
            .unwrap();
        assert_eq!(too_big.code, "ParameterIllegal");
        let not_number = Page::from_params(&params(&[("PageNum", "x"), ("PageSize", "1")]), 1000)
            .err()
            .unwrap();
        assert_eq!(not_number.code, "InvalidParameter");
    }

    #[test]
    fn repeat_lists_come_in_index_order_without_gaps() {
        let list = params(&[
            ("DomainName.2", "b.com"),
            ("DomainName.10", "j.com"),
            ("DomainName.1", "a.com"),
            ("DomainNameServer.1", "ns1.example.net"),
        ]);
        assert_eq!(
            repeat_list(&list, "DomainName", true, 1000)
                .unwrap_err()
                .code,
            "MissingDomainName.3"
        );
        let list = params(&[
            ("DomainName.2", "b.com"),
            ("DomainName.1", "a.com"),
            ("DomainNameServer.1", "ns1.example.net"),
        ]);
        assert_eq!(
            repeat_list(&list, "DomainName", true, 1000).unwrap(),
            ["a.com", "b.com"]
        );
        assert_eq!(
            repeat_list(&list, "DomainName", true, 1).unwrap_err().code,
            "ParameterIllegal"
        );
        assert_eq!(
            repeat_list(&params(&[]), "DomainName", true, 9)
                .unwrap_err()
                .code,
            "MissingDomainName"
        );
        assert!(repeat_list(&params(&[]), "X", false, 9).unwrap().is_empty());
        assert_eq!(
            repeat_list(&params(&[("DomainName.01", "a")]), "DomainName", true, 9)
                .unwrap_err()
                .code,
            "InvalidParameter"
        );
    }

    #[test]
    fn booleans_ignore_case() {
        assert!(boolean("B", "True").unwrap());
        assert!(!boolean("B", "FALSE").unwrap());
        assert!(boolean("B", "yes").is_err());
    }
}
