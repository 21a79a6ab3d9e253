//! Alibaba's list wrappers: `"Data": {"TaskDetail": [ … ]}` read as the list itself.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Reads a wrapped list — an object whose one entry holds the list — as a `Vec`, for
/// `#[serde(deserialize_with = "aliyun_rpc::wrapped_list")]`.
///
/// Tolerates the drift seen in Alibaba's responses: the bare list without its wrapper, a lone
/// object in place of a one-element list, and a missing, `null` or empty wrapper (an empty list).
///
/// The wrapper's first key names the list and its other keys are ignored, but a repeat of that
/// key (in any case) is an error: either list could be the real one. A list is one key holding
/// an array, or, in XML, one element repeated.
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
        let mut list: Option<(String, Vec<T>)> = None;
        while let Some(key) = map.next_key::<String>()? {
            match &list {
                None => list = Some((key, map.next_value::<Vec<T>>()?)),
                Some((first, _)) if first.eq_ignore_ascii_case(&key) => {
                    return Err(serde::de::Error::custom(format!(
                        "the list wrapper {}",
                        crate::response::keys::repeated(&key)
                    )));
                }
                Some(_) => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(list.map(|(_, items)| items).unwrap_or_default())
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
    fn a_repeated_list_key_is_an_error_even_where_the_parser_keeps_both() {
        // serde_json's streaming deserializer hands both keys to the visitor.
        for text in [
            r#"{"Data":{"TaskDetail":[],"TaskDetail":[{"DomainName":"a","TryCount":1}]}}"#,
            r#"{"Data":{"TaskDetail":[],"Other":1,"taskDetail":[]}}"#,
        ] {
            let error = serde_json::from_str::<Page>(text).unwrap_err().to_string();
            assert!(
                error.contains("the list wrapper an object repeats the key"),
                "{error}"
            );
        }
        let page: Page = serde_json::from_str(
            r#"{"Data":{"TaskDetail":[{"DomainName":"a","TryCount":1}],"Other":1}}"#,
        )
        .unwrap();
        assert_eq!(page.details.len(), 1);
    }

    #[test]
    fn a_bad_item_inside_the_wrapper_is_an_error_with_its_path() {
        let body = json!({"Data": {"TaskDetail": [{"DomainName": "a", "TryCount": "x"}]}});
        let error = from_value::<Page>(&body).unwrap_err().to_string();
        assert!(error.contains("TaskDetail[0].TryCount"), "{error}");
    }
}
