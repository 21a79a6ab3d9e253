//! Alibaba's list wrappers: `"Data": {"TaskDetail": [ … ]}` read as the list itself.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, StringDeserializer};
use serde::de::{
    Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

use super::fields::field_names;

/// Reads a wrapped list — an object whose one entry holds the list — as a `Vec`, for
/// `#[serde(deserialize_with = "aliyun_rpc::wrapped_list")]`.
///
/// Tolerates the drift seen in Alibaba's responses: the bare list without its wrapper, a lone
/// object in place of a one-element list, and a missing, `null` or empty wrapper (an empty list).
///
/// The wrapper's first key names the list and its other keys are ignored, but a repeat of that
/// key (in any case) is an error: either list could be the real one. A list is one key holding
/// an array, or, in XML, one element repeated.
///
/// An object whose first key is a field of the item (in any case) is that item alone, not a
/// wrapper: XML cannot tell a one-item list sent bare (`<Data><Date>…</Date></Data>`, the JSON
/// `"Data": [{"Date": …}]`) from a wrapper, so the item's own fields decide.
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
                None => {
                    let fields = field_names::<T>();
                    if fields.iter().any(|field| field.eq_ignore_ascii_case(&key)) {
                        let lone = LoneItem {
                            first: Some(key),
                            map,
                            fields,
                        };
                        return T::deserialize(MapAccessDeserializer::new(lone))
                            .map(|item| vec![item]);
                    }
                    list = Some((key, map.next_value::<Vec<T>>()?));
                }
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

/// The entries of an object read as one item, its first key already taken: each key is given in
/// the item's own spelling when it matches a field in another case, as the lenient decoder does.
struct LoneItem<M> {
    first: Option<String>,
    map: M,
    fields: &'static [&'static str],
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for LoneItem<M> {
    type Error = M::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        let key = match self.first.take() {
            Some(key) => key,
            None => match self.map.next_key::<String>()? {
                Some(key) => key,
                None => return Ok(None),
            },
        };
        let key = match self.fields.iter().find(|f| f.eq_ignore_ascii_case(&key)) {
            Some(field) => (*field).to_owned(),
            None => key,
        };
        seed.deserialize(StringDeserializer::new(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        self.map.next_value_seed(seed)
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
    fn an_object_keyed_by_the_item_s_own_fields_is_the_item_alone() {
        // XML's one-item bare list: `<Data><DomainName>a</DomainName><TryCount>1</TryCount></Data>`.
        for body in [
            json!({"Data": {"DomainName": "a", "TryCount": "1"}}),
            json!({"Data": {"tryCount": 1, "domainName": "a"}}),
        ] {
            let page: Page = from_value(&body).unwrap_or_else(|e| panic!("{body}: {e}"));
            assert_eq!(page.details.len(), 1, "{body}");
            assert_eq!(page.details[0].domain_name, "a");
            assert_eq!(page.details[0].try_count, 1);
        }
        let page: Page =
            serde_json::from_str(r#"{"Data":{"DomainName":"b","TryCount":2}}"#).unwrap();
        assert_eq!(page.details[0].domain_name, "b");
        // A bad value of the lone item is still an error.
        let bad = json!({"Data": {"DomainName": "a", "TryCount": true}});
        assert!(from_value::<Page>(&bad).is_err());
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
