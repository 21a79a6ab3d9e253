//! JSON bodies as a tree, refusing an object that repeats a key (see `keys`).
//!
//! `serde_json::Value` keeps the last of two equal keys and silently drops the other; this builds
//! the same tree, under serde_json's own nesting limit, but fails instead.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::keys::{self, KeyText, SeenKeys};

/// Parses `text` as one JSON document whose objects never repeat a key.
pub(crate) fn parse(text: &str) -> Result<Value, serde_json::Error> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = Tree.deserialize(&mut json)?;
    json.end()?;
    Ok(value)
}

/// Builds one value of the tree.
#[derive(Clone, Copy)]
struct Tree;

impl<'de> DeserializeSeed<'de> for Tree {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Tree {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Value, E> {
        // serde_json never hands over a non-finite number; `null` mirrors `Value` if it did.
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = items.next_element_seed(Tree)? {
            list.push(item);
        }
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        let mut seen = SeenKeys::default();
        while let Some(KeyText(key)) = entries.next_key::<KeyText<'de>>()? {
            // Borrowed from the body unless the key has escapes: remembering it costs no copy.
            if !seen.insert(key.clone()) {
                return Err(de::Error::custom(keys::repeated(&key)));
            }
            let value = entries.next_value_seed(Tree)?;
            map.insert(key.into_owned(), value);
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tree_is_the_one_serde_json_builds() {
        for text in [
            r#"{"RequestId":"R","Data":{"TaskDetail":[{"A":1,"B":-2,"C":1.5,"D":null,"E":true}]}}"#,
            r#"[1, "x", {"a": {}}, [], 18446744073709551615, -9223372036854775808, 1e3]"#,
            r#""\u00e9""#,
        ] {
            let expected: Value = serde_json::from_str(text).unwrap();
            assert_eq!(parse(text).unwrap(), expected, "{text}");
        }
    }

    #[test]
    fn a_repeated_key_anywhere_fails_with_its_name_and_place() {
        let error = parse(r#"{"RequestId":"R","TaskNo":"A","TaskNo":"B"}"#)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with(r#"an object repeats the key "TaskNo" at line 1"#),
            "{error}"
        );
        for text in [
            r#"{"TaskNo":"A","taskno":"B"}"#,
            r#"{"Data":{"TaskDetail":[{"DomainName":"a","DomainName":"b"}]}}"#,
            r#"{"Ignored":[{"x":1,"X":2}]}"#,
        ] {
            assert!(parse(text).is_err(), "{text}");
        }
        // The same key in sibling or nested objects is no repeat.
        assert!(parse(r#"{"A":{"A":1},"B":[{"A":1},{"A":2}]}"#).is_ok());
    }

    #[test]
    fn nesting_past_serde_jsons_limit_fails() {
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(parse(&deep).is_err());
        assert!(serde_json::from_str::<Value>(&deep).is_err());
    }
}
