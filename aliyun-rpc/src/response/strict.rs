//! The fast way to decode a JSON success body: straight from the text into the declared type,
//! with no tree in between, behind a gate that gives up wherever the lenient decoder could answer
//! differently.
//!
//! Most bodies fit their types exactly, and for those the strict and the lenient decoders agree.
//! They can disagree on a body that decodes strictly in three ways, and the gate refuses each:
//! - a key that differs from a declared field only in case (`requestId`): strict serde ignores
//!   it, the lenient decoder fills the field;
//! - a `Code` key at the root, in any case: the body may be an error envelope, which is an error
//!   even on HTTP 200;
//! - a structure sent as a list (serde reads it by position, the lenient decoder as a wrapper),
//!   and enums and byte strings, which the lenient decoder reads its own way;
//! - an object that repeats a key, in any case and anywhere in the body, even in a value the type
//!   ignores: the lenient decoder refuses the body (see `keys`), where serde would keep one value.
//!
//! Values the type ignores are walked, not skipped: serde_json skips a value without its nesting
//! limit, under which the lenient decoder's tree is built, so a too-deep body fails both ways.
//!
//! Every other drift (a number in quotes, a lone object for a list, a blank wrapper) makes the
//! strict decoder fail, and so does every value in the wrong type (`true` or `1.5` for an
//! integer), which the lenient decoder refuses as well. A refusal or a failure costs one more parse: the caller then decodes the
//! body the lenient way, which decides the result and words any error.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
};

use super::keys::{KeyText, SeenKeys};

/// `T` decoded strictly from the JSON `text`, or `None` if the gate refused or the body does not
/// fit exactly.
pub(crate) fn from_json<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(Gate {
        inner: &mut json,
        root: true,
    })
    .ok()?;
    json.end().ok()?;
    Some(value)
}

/// Why the gate refused: never shown, as the lenient decoder words the real outcome.
const REFUSED: &str = "left to the lenient decoder";

/// A deserializer that forwards to `inner` and gates every map and list below it.
struct Gate<D> {
    inner: D,
    /// Whether this value is the body's root, where a `Code` key may mean an error envelope.
    root: bool,
}

/// Forwards scalar requests as they are: a scalar never reaches a map or a list.
macro_rules! forward_scalars {
    ($($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.inner.$method(visitor)
        }
    )*};
}

/// Forwards a request for a value that may hold maps or lists, with its visitor gated:
/// `keep_root` for an option, a newtype or a map (still the value the gate was given, so still
/// the root if it was), `below_root` for the items of a list.
macro_rules! forward_gated {
    ($($method:ident($($arg:ident: $type:ty),*) $root:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(
            self,
            $($arg: $type,)*
            visitor: V,
        ) -> Result<V::Value, D::Error> {
            let root = forward_gated!(@$root self);
            self.inner.$method($($arg,)* Guarded::new(visitor, root, None))
        }
    )*};
    (@keep_root $gate:ident) => { $gate.root };
    (@below_root $gate:ident) => { false };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Gate<D> {
    type Error = D::Error;

    forward_scalars!(
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_unit,
        deserialize_identifier,
    );

    forward_gated!(
        deserialize_any() keep_root,
        deserialize_option() keep_root,
        deserialize_newtype_struct(name: &'static str) keep_root,
        deserialize_map() keep_root,
        deserialize_seq() below_root,
        deserialize_tuple(len: usize) below_root,
        deserialize_tuple_struct(name: &'static str, len: usize) below_root,
    );

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        // Walked rather than skipped: serde_json skips a value without its nesting limit, which
        // the lenient decoder's tree is built under.
        self.inner
            .deserialize_any(Guarded::new(visitor, false, None))
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, D::Error> {
        Err(de::Error::custom(REFUSED))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, D::Error> {
        Err(de::Error::custom(REFUSED))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.inner.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let root = self.root;
        self.inner
            .deserialize_struct(name, fields, Guarded::new(visitor, root, Some(fields)))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, D::Error> {
        Err(de::Error::custom(REFUSED))
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// A visitor that hands the maps and lists it is given to its inner visitor gated.
struct Guarded<V> {
    visitor: V,
    root: bool,
    /// The declared fields, when the visitor builds a structure.
    fields: Option<&'static [&'static str]>,
}

impl<V> Guarded<V> {
    fn new(visitor: V, root: bool, fields: Option<&'static [&'static str]>) -> Self {
        Guarded {
            visitor,
            root,
            fields,
        }
    }
}

/// Forwards a scalar visit as it is.
macro_rules! forward_visits {
    ($($method:ident($type:ty)),* $(,)?) => {$(
        fn $method<E: de::Error>(self, value: $type) -> Result<Self::Value, E> {
            self.visitor.$method(value)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Guarded<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    forward_visits!(
        visit_bool(bool),
        visit_i64(i64),
        visit_i128(i128),
        visit_u64(u64),
        visit_u128(u128),
        visit_f64(f64),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Self::Value, D::Error> {
        self.visitor.visit_some(Gate {
            inner,
            root: self.root,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<Self::Value, D::Error> {
        self.visitor.visit_newtype_struct(Gate {
            inner,
            root: self.root,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, items: A) -> Result<Self::Value, A::Error> {
        if self.fields.is_some() {
            // A structure read by position: the lenient decoder reads a list as a wrapper's.
            return Err(de::Error::custom(REFUSED));
        }
        self.visitor.visit_seq(GatedItems(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, entries: A) -> Result<Self::Value, A::Error> {
        self.visitor.visit_map(GatedEntries {
            inner: entries,
            root: self.root,
            fields: self.fields,
            seen: SeenKeys::default(),
        })
    }
}

/// List items, each gated.
struct GatedItems<A>(A);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for GatedItems<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(GatedSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// Object entries, each key checked and each value gated.
struct GatedEntries<'de, A> {
    inner: A,
    root: bool,
    fields: Option<&'static [&'static str]>,
    /// The keys so far, to refuse a repeat: serde would keep one of the values (or fail on a
    /// repeated declared field), and the lenient decoder refuses the whole body.
    seen: SeenKeys<'de>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for GatedEntries<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some(KeyText(key)) = self.inner.next_key::<KeyText<'de>>()? else {
            return Ok(None);
        };
        if self.root && key.eq_ignore_ascii_case("code") {
            return Err(de::Error::custom(REFUSED));
        }
        if let Some(fields) = self.fields
            && !fields.contains(&&*key)
            && fields.iter().any(|field| field.eq_ignore_ascii_case(&key))
        {
            return Err(de::Error::custom(REFUSED));
        }
        if !self.seen.insert(key.clone()) {
            return Err(de::Error::custom(REFUSED));
        }
        match key {
            Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
            Cow::Owned(key) => seed.deserialize(StringDeserializer::new(key)),
        }
        .map(Some)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.inner.next_value_seed(GatedSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// A seed whose value is read through the gate.
struct GatedSeed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for GatedSeed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, inner: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Gate { inner, root: false })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::lenient;
    use crate::response::wrapped_list;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    struct Detail {
        domain_name: String,
        #[serde(default)]
        try_count: u32,
        task_result: Option<String>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    struct Page {
        request_id: String,
        #[serde(default)]
        next_page: bool,
        #[serde(rename = "Data", default, deserialize_with = "wrapped_list")]
        items: Vec<Detail>,
    }

    /// The lenient decoder's answer for `text`, if it has one.
    fn lenient<T: DeserializeOwned>(text: &str) -> Option<T> {
        let tree = crate::response::json::parse(text).ok()?;
        lenient::from_value(&tree).ok()
    }

    /// Asserts that the strict answer, when there is one, is the lenient answer.
    fn agrees<T: DeserializeOwned + PartialEq + fmt::Debug>(text: &str) -> Option<T> {
        let strict = from_json::<T>(text);
        if let Some(strict) = &strict {
            assert_eq!(Some(strict), lenient::<T>(text).as_ref(), "{text}");
        }
        strict
    }

    #[test]
    fn exact_bodies_decode_strictly_and_as_the_lenient_decoder_does() {
        for text in [
            r#"{"RequestId":"R","NextPage":true,"Data":{"TaskDetail":[{"DomainName":"a.com","TryCount":2,"TaskResult":null},{"DomainName":"b.com","TaskResult":"ok","Other":{"x":[1]}}]}}"#,
            r#"{"RequestId":"R","Data":{"TaskDetail":[]},"TotalItemNum":0}"#,
            r#"{"RequestId":"R\u00e9","Data":[{"DomainName":"a.com"}]}"#,
            r#"{"RequestId":"R"}"#,
            // `wrapped_list` reads a blank wrapper as an empty list itself.
            r#"{"RequestId":"R","Data":""}"#,
        ] {
            assert!(agrees::<Page>(text).is_some(), "{text}");
        }
    }

    #[test]
    fn the_gate_refuses_what_the_lenient_decoder_reads_otherwise() {
        for text in [
            // A key in another case fills the field leniently.
            r#"{"requestId":"R"}"#,
            r#"{"RequestId":"R","Data":{"TaskDetail":[{"domainName":"a.com"}]}}"#,
            r#"{"RequestId":"R","REQUESTID":"S"}"#,
            // A root `Code` may be an error envelope.
            r#"{"RequestId":"R","Code":"Forbidden","Message":"no"}"#,
            r#"{"RequestId":"R","code":"200"}"#,
            // A structure as a list.
            r#"["R",true,[]]"#,
        ] {
            assert_eq!(agrees::<Page>(text), None, "{text}");
        }
        // Drift the strict decoder does not accept is left to the lenient decoder.
        for text in [
            r#"{"RequestId":"R","NextPage":"true"}"#,
            r#"{"RequestId":12}"#,
            r#"{"RequestId":"R","Data":{"TaskDetail":{"DomainName":"a.com"}}}"#,
            r#"{"RequestId":"R","Data":{"TaskDetail":[{"DomainName":"a.com","TryCount":"2"}]}}"#,
        ] {
            assert_eq!(from_json::<Page>(text), None, "{text}");
            assert!(lenient::<Page>(text).is_some(), "{text}");
        }
    }

    #[test]
    fn an_ignored_value_nested_past_the_limit_fails_both_ways() {
        let deep = format!(
            r#"{{"RequestId":"R","Ignored":{}{}}}"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        assert_eq!(from_json::<Page>(&deep), None);
        assert_eq!(lenient::<Page>(&deep), None);
        let shallow = format!(
            r#"{{"RequestId":"R","Ignored":{}{}}}"#,
            "[".repeat(20),
            "]".repeat(20)
        );
        assert!(agrees::<Page>(&shallow).is_some());
    }

    #[test]
    fn enums_and_bytes_go_the_lenient_way() {
        #[derive(Debug, Deserialize, PartialEq)]
        enum State {
            Active,
        }
        #[derive(Debug, Deserialize, PartialEq)]
        struct WithEnum {
            state: State,
        }
        assert_eq!(agrees::<WithEnum>(r#"{"state":"Active"}"#), None);
        assert_eq!(
            lenient::<WithEnum>(r#"{"state":"active"}"#),
            Some(WithEnum {
                state: State::Active
            })
        );
    }

    #[test]
    fn a_repeated_key_is_refused_both_ways_wherever_it_is() {
        for text in [
            // A repeated wrapper key: neither list is the list.
            r#"{"RequestId":"R","Data":{"TaskDetail":[{"DomainName":"a.com"}],"PageInfo":1,"TaskDetail":[{"DomainName":"b.com"},{"DomainName":"c.com"}]}}"#,
            r#"{"RequestId":"R","Data":{"TaskDetail":[{"DomainName":"a.com"}],"taskdetail":[]}}"#,
            // A repeated scalar field, at the root and in an item.
            r#"{"RequestId":"R","RequestId":"S"}"#,
            r#"{"RequestId":"R","Data":{"TaskDetail":[{"DomainName":"a.com","DomainName":"b.com"}]}}"#,
            // A repeated key the type ignores, even deep in an ignored value.
            r#"{"RequestId":"R","Other":1,"Other":2}"#,
            r#"{"RequestId":"R","Other":[{"x":1,"X":2}]}"#,
        ] {
            assert_eq!(from_json::<Page>(text), None, "{text}");
            assert_eq!(lenient::<Page>(text), None, "{text}");
        }
        for text in [
            r#"{"RequestId":"R","RequestId":"S"}"#,
            r#"{"RequestId":"R","Fields":{"a":1,"A":2}}"#,
        ] {
            assert_eq!(from_json::<serde_json::Value>(text), None, "{text}");
            assert_eq!(from_json::<crate::GenericResponse>(text), None, "{text}");
            assert_eq!(lenient::<crate::GenericResponse>(text), None, "{text}");
        }
    }

    #[test]
    fn values_in_another_type_are_refused_both_ways() {
        #[derive(Debug, Deserialize, PartialEq)]
        #[serde(rename_all = "PascalCase")]
        struct Numbers {
            #[serde(default)]
            long: Option<i64>,
            #[serde(default)]
            count: Option<u32>,
            #[serde(default)]
            flag: Option<bool>,
            #[serde(default)]
            ratio: Option<f64>,
        }
        let values = [
            "true",
            "false",
            "1",
            "0",
            "-1",
            "1.5",
            "1.0",
            "-0",
            "1e3",
            "1E3",
            "\"12\"",
            "\" 12 \"",
            "\"+12\"",
            "\"012\"",
            "\"1e3\"",
            "\"1.5\"",
            "\"true\"",
            "\"True\"",
            "\"1\"",
            "\"NaN\"",
            "\"Infinity\"",
            "\"inf\"",
            "\"0x10\"",
            "\"\"",
            "null",
            "1767225600000",
            "\"1767225600000\"",
            "9223372036854775807",
            "9223372036854775808",
            "18446744073709551616",
            "4294967296",
            "[1]",
            "{}",
        ];
        let mut decoded = 0;
        for key in ["Long", "Count", "Flag", "Ratio"] {
            for value in values {
                let text = format!(r#"{{"{key}":{value}}}"#);
                let strict = agrees::<Numbers>(&text);
                decoded += usize::from(lenient::<Numbers>(&text).is_some());
                let lenient = lenient::<Numbers>(&text);
                let kind_fits = value == "null"
                    || match key {
                        "Long" | "Count" => {
                            !value.contains(['.', 'e', 'E', 't', 'f', 'N', 'I', 'x', '[', '{', '+'])
                        }
                        "Flag" => {
                            matches!(value, "true" | "false" | "\"true\"" | "\"True\"" | "null")
                        }
                        _ => !value.contains(['t', 'f', 'u', 'N', 'I', 'x', '[', '{', '+']),
                    };
                if !kind_fits {
                    assert_eq!(lenient, None, "{text}");
                    assert_eq!(strict, None, "{text}");
                }
            }
        }
        assert!(decoded > 0);
        let long = |text: &str| lenient::<Numbers>(text).and_then(|n| n.long);
        assert_eq!(long(r#"{"Long":"1767225600000"}"#), Some(1_767_225_600_000));
        assert_eq!(long(r#"{"Long":" 12 "}"#), Some(12));
        assert_eq!(long(r#"{"Long":true}"#), None);
        assert_eq!(long(r#"{"Long":1e3}"#), None);
        assert_eq!(long(r#"{"Long":"012"}"#), None);
        assert_eq!(long(r#"{"Long":9223372036854775808}"#), None);
        assert_eq!(long(r#"{"Long":18446744073709551616}"#), None);
        let count = |text: &str| lenient::<Numbers>(text).map(|n| n.count);
        assert_eq!(count(r#"{"Count":-1}"#), None);
        assert_eq!(count(r#"{"Count":4294967296}"#), None);
        assert_eq!(count(r#"{"Count":"4294967295"}"#), Some(Some(u32::MAX)));
        let flag = |text: &str| lenient::<Numbers>(text).map(|n| n.flag);
        assert_eq!(flag(r#"{"Flag":1}"#), None);
        assert_eq!(flag(r#"{"Flag":"0"}"#), None);
        assert_eq!(flag(r#"{"Flag":"TRUE"}"#), Some(Some(true)));
        let ratio = |text: &str| lenient::<Numbers>(text).map(|n| n.ratio);
        assert_eq!(ratio(r#"{"Ratio":"NaN"}"#), None);
        assert_eq!(ratio(r#"{"Ratio":"1e3"}"#), Some(Some(1000.0)));
    }

    #[test]
    fn every_spelling_and_type_of_a_field_agrees_with_the_lenient_decoder() {
        let keys = [
            "RequestId",
            "requestId",
            "REQUESTID",
            "NextPage",
            "nextpage",
            "Code",
            "Other",
        ];
        let values = [
            "\"R\"", "12", "true", "\"true\"", "null", "\"\"", "{}", "[]", "[\"R\"]",
        ];
        let mut strict = 0;
        for first_key in keys {
            for first_value in values {
                for second_key in keys {
                    for second_value in values {
                        let text = format!(
                            r#"{{"{first_key}":{first_value},"{second_key}":{second_value}}}"#
                        );
                        strict += usize::from(agrees::<Page>(&text).is_some());
                    }
                }
            }
        }
        // Some combinations are exact (`RequestId` as a string, `NextPage` as a boolean).
        assert!(strict > 0);
    }

    #[test]
    fn every_spelling_and_type_inside_a_wrapped_item_agrees_with_the_lenient_decoder() {
        let keys = [
            "DomainName",
            "domainName",
            "TryCount",
            "trycount",
            "Code",
            "Other",
        ];
        let values = ["\"a.com\"", "2", "\"2\"", "null", "\"\"", "{}", "[]", "-1"];
        let mut strict = 0;
        for first_key in keys {
            for first_value in values {
                for second_key in keys {
                    for second_value in values {
                        let item = format!(
                            r#"{{"{first_key}":{first_value},"{second_key}":{second_value}}}"#
                        );
                        for text in [
                            format!(r#"{{"RequestId":"R","Data":{{"TaskDetail":[{item}]}}}}"#),
                            format!(r#"{{"RequestId":"R","Data":{{"TaskDetail":{item}}}}}"#),
                            format!(r#"{{"RequestId":"R","Data":[{item},{item}]}}"#),
                        ] {
                            strict += usize::from(agrees::<Page>(&text).is_some());
                        }
                    }
                }
            }
        }
        assert!(strict > 0);
    }
}
