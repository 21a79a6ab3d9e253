//! Alibaba's list wrappers: `"Data": {"TaskDetail": [ … ]}` read as the list itself.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Reads a wrapped list — an object whose one entry holds the list — as a `Vec`, for
/// `#[serde(deserialize_with = "aliyun_rpc::wrapped_list")]`.
///
/// Tolerates the drift seen in Alibaba's responses: the bare list without its wrapper, a lone
/// object in place of a one-element list, and a missing, `null` or empty wrapper (an empty list).
pub fn wrapped_list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_any(WrappedList(PhantomData))
}

struct WrappedList<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for WrappedList<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list, or an object wrapping one")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Vec<T>, M::Error> {
        // The wrapper's first key names the list; other keys are ignored. A repeat of the first
        // key replaces the list, as in a parsed object (where the last value of a key wins at the
        // key's first place), so that decoding from text and from a tree agree.
        let mut items = Vec::new();
        let mut first_key: Option<String> = None;
        while let Some(key) = map.next_key::<String>()? {
            if first_key.as_ref().is_none_or(|first| *first == key) {
                items = map.next_value::<Vec<T>>()?;
                first_key.get_or_insert(key);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(items)
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Vec<T>, S::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(items)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Vec<T>, E> {
        if text.trim().is_empty() {
            Ok(Vec::new())
        } else {
            Err(E::custom("expected a list, found a non-empty string"))
        }
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
        Ok(Vec::new())
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
        Ok(Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::lenient::from_value;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Page {
        #[serde(rename = "Data", default, deserialize_with = "wrapped_list")]
        details: Vec<Detail>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Detail {
        domain_name: String,
        try_count: u32,
    }

    #[test]
    fn every_drift_of_a_wrapped_list_reads_as_the_list() {
        let cases = [
            (
                json!({"Data": {"TaskDetail": [{"DomainName": "a", "TryCount": "1"}, {"DomainName": "b", "TryCount": 2}]}}),
                2,
            ),
            (
                json!({"data": {"taskDetail": {"domainName": "a", "tryCount": 1}}}),
                1,
            ),
            (json!({"Data": [{"DomainName": "a", "TryCount": 1}]}), 1),
            (json!({"Data": {}}), 0),
            (json!({"Data": ""}), 0),
            (json!({"Data": null}), 0),
            (json!({}), 0),
        ];
        for (body, expected) in cases {
            let page: Page = from_value(&body).unwrap_or_else(|e| panic!("{body}: {e}"));
            assert_eq!(page.details.len(), expected, "{body}");
            assert!(
                page.details
                    .iter()
                    .all(|d| d.domain_name == "a" || d.domain_name == "b")
            );
            assert!(page.details.iter().all(|d| d.try_count >= 1));
        }
    }

    #[test]
    fn a_bad_item_inside_the_wrapper_is_an_error_with_its_path() {
        let body = json!({"Data": {"TaskDetail": [{"DomainName": "a", "TryCount": "x"}]}});
        let error = from_value::<Page>(&body).unwrap_err().to_string();
        assert!(error.contains("TaskDetail[0].TryCount"), "{error}");
    }
}
