//! A serde deserializer over a parsed body that tolerates the drift Alibaba's responses show.
//!
//! - Keys match struct fields case-insensitively: `requestId` fills `RequestId`.
//! - A value may arrive as text: `"12"` fills an integer, `"true"` a boolean, `"1.5"` a float.
//!   XML gives only text, so this is what lets one response type serve both formats; the service
//!   also quotes some numbers in JSON. The text must spell the value exactly as JSON would (an
//!   integer is `-?digits` without leading zeros, sign `+`, fraction or exponent; a boolean is
//!   `true` or `false` in any case; surrounding white space is ignored).
//! - Numbers and booleans fill strings as their text (`12345`, `true`): Alibaba answers numeric
//!   ids as numbers.
//! - Nothing else converts. A boolean, a fraction or an exponent (`1.5`, `1.0`, `1e3`) where an
//!   integer is declared is an error, and so is an integer out of the declared type's range or a
//!   number where a boolean is declared: a value in the wrong type is a broken answer, and
//!   guessing its meaning could put a wrong number into an order.
//! - A lone object where a list is expected is a one-element list; `null`, `""` or a missing
//!   wrapper is an empty list or an empty structure.
//!
//! Errors name the path of the offending value (`Data.TaskDetail[3].TaskStatusCode`), or of the
//! structure for a missing or repeated field.

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde_json::{Map, Number, Value};

/// Why a body did not fit the declared type, and where.
#[derive(Debug)]
pub(crate) struct DecodeError {
    message: String,
    /// Whether the message already names the path; a visitor's own error (`missing field`) does
    /// not, and gets the path of the value it was decoding.
    located: bool,
}

/// The key of an object that holds nothing but one list or one object under one key, the shape
/// of Alibaba's list wrappers (`{"Record": [...]}`, or `{"Record": {...}}` for one item in XML).
fn wrapper_key(value: &Value) -> Option<&str> {
    match value {
        Value::Object(map) if map.len() == 1 => map
            .iter()
            .next()
            .filter(|(_, inner)| matches!(inner, Value::Array(_) | Value::Object(_)))
            .map(|(key, _)| key.as_str()),
        _ => None,
    }
}

impl DecodeError {
    /// The error with `hint` on how to fix the declaration.
    fn with_hint(mut self, hint: &str) -> DecodeError {
        self.message.push_str("; ");
        self.message.push_str(hint);
        self
    }

    fn unlocated(message: impl fmt::Display) -> DecodeError {
        DecodeError {
            message: message.to_string(),
            located: false,
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DecodeError {}

impl de::Error for DecodeError {
    fn custom<T: fmt::Display>(message: T) -> DecodeError {
        DecodeError::unlocated(message)
    }
}

/// One step of the path from the root to a value.
#[derive(Clone, Copy)]
enum Segment<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

/// The path to the value being decoded, kept on the stack.
#[derive(Clone, Copy)]
struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    segment: Segment<'a>,
}

/// Decodes `value`, found at `segment` below `parent`, with `seed`.
fn decode_child<'de, S: DeserializeSeed<'de>>(
    parent: &Path<'_>,
    segment: Segment<'_>,
    value: &Value,
    seed: S,
) -> Result<S::Value, DecodeError> {
    let path = Path {
        parent: Some(parent),
        segment,
    };
    seed.deserialize(Lenient { value, path: &path })
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            parent.fmt(f)?;
        }
        match self.segment {
            Segment::Root => Ok(()),
            Segment::Key(key)
                if self
                    .parent
                    .is_some_and(|p| !matches!(p.segment, Segment::Root)) =>
            {
                write!(f, ".{key}")
            }
            Segment::Key(key) => f.write_str(key),
            Segment::Index(index) => write!(f, "[{index}]"),
        }
    }
}

/// Deserializes `T` from `value`, leniently.
pub(crate) fn from_value<T: de::DeserializeOwned>(value: &Value) -> Result<T, DecodeError> {
    let root = Path {
        parent: None,
        segment: Segment::Root,
    };
    T::deserialize(Lenient { value, path: &root })
}

/// The deserializer for one value.
#[derive(Clone, Copy)]
struct Lenient<'v, 'p> {
    value: &'v Value,
    path: &'p Path<'p>,
}

impl Lenient<'_, '_> {
    fn error(&self, message: impl fmt::Display) -> DecodeError {
        let path = self.path.to_string();
        let message = if path.is_empty() {
            message.to_string()
        } else {
            format!("at `{path}`: {message}")
        };
        DecodeError {
            message,
            located: true,
        }
    }

    /// `result`, with this value's path on an error that names none yet.
    fn locate<T>(&self, result: Result<T, DecodeError>) -> Result<T, DecodeError> {
        result.map_err(|error| {
            if error.located {
                error
            } else {
                self.error(error.message)
            }
        })
    }

    fn unexpected(&self, expected: &str) -> DecodeError {
        let found = match self.value {
            Value::Null => "null".to_owned(),
            Value::Bool(b) => format!("boolean {b}"),
            Value::Number(n) => format!("number {n}"),
            Value::String(s) if s.chars().count() > 40 => "a long string".to_owned(),
            Value::String(s) => format!("string {s:?}"),
            Value::Array(items) => format!("a list of {}", items.len()),
            Value::Object(_) => "an object".to_owned(),
        };
        self.error(format_args!("expected {expected}, found {found}"))
    }

    /// The value as an integer: a JSON integer, or text that spells one.
    fn integer(&self) -> Option<Integer> {
        match self.value {
            Value::Number(n) => integer_of(n),
            Value::String(s) => number_in(s).as_ref().and_then(integer_of),
            _ => None,
        }
    }

    /// Wraps `seq` access over list items for a visitor.
    fn visit_items<'de, V: Visitor<'de>>(
        self,
        items: &[Value],
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        visitor.visit_seq(Items {
            items: items.iter().enumerate(),
            path: self.path,
        })
    }

    fn visit_single<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        visitor.visit_seq(Items {
            items: std::slice::from_ref(self.value).iter().enumerate(),
            path: self.path,
        })
    }

    /// Visits the value as an object with these `fields`; a blank value is an empty object.
    fn visit_object<'de, V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        let result = match self.value {
            Value::Object(map) => visitor.visit_map(Entries::new(map, fields, self.path)),
            _ if self.is_blank() => visitor.visit_map(Entries::new(&EMPTY_MAP, fields, self.path)),
            _ => return Err(self.unexpected("an object")),
        };
        // `missing field` and `duplicate field` come from the visitor and name no path.
        self.locate(result)
    }

    fn is_blank(&self) -> bool {
        match self.value {
            Value::Null => true,
            Value::String(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

enum Integer {
    Signed(i64),
    Unsigned(u64),
}

/// `number` as an integer, if it is one: serde_json reads a fraction or an exponent (`1.0`,
/// `1e3`) as a float, which is no integer.
fn integer_of(number: &Number) -> Option<Integer> {
    number
        .as_i64()
        .map(Integer::Signed)
        .or_else(|| number.as_u64().map(Integer::Unsigned))
}

/// The number `text` spells in JSON syntax, ignoring surrounding white space: no `+`, no leading
/// zeros, no `NaN` or `Infinity`.
fn number_in(text: &str) -> Option<Number> {
    text.trim().parse::<Number>().ok()
}

static EMPTY_MAP: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);

/// Forwards an integer deserialize call to whichever visit method fits the value.
macro_rules! integer_method {
    ($($method:ident),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
            match self.integer() {
                Some(Integer::Signed(n)) => self.locate(visitor.visit_i64::<DecodeError>(n)),
                Some(Integer::Unsigned(n)) => self.locate(visitor.visit_u64::<DecodeError>(n)),
                None => Err(self.unexpected("an integer")),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Lenient<'_, '_> {
    type Error = DecodeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        let result = match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => self.visit_items(items, visitor),
            Value::Object(map) => visitor.visit_map(Entries::new(map, &[], self.path)),
        };
        self.locate(result)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        // Neither `1` nor `"0"`: a number where a boolean is declared is a broken answer.
        let parsed = match self.value {
            Value::Bool(b) => Some(*b),
            Value::String(s) => match s.trim() {
                t if t.eq_ignore_ascii_case("true") => Some(true),
                t if t.eq_ignore_ascii_case("false") => Some(false),
                _ => None,
            },
            _ => None,
        };
        match parsed {
            Some(b) => self.locate(visitor.visit_bool(b)),
            None => Err(self.unexpected("a boolean")),
        }
    }

    integer_method!(
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64
    );

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        let parsed = match self.value {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => number_in(s).and_then(|n| n.as_f64()),
            _ => None,
        };
        match parsed {
            Some(f) => self.locate(visitor.visit_f64(f)),
            None => Err(self.unexpected("a number")),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        let result = match self.value {
            Value::String(s) => visitor.visit_str(s),
            Value::Number(n) => visitor.visit_string(n.to_string()),
            Value::Bool(b) => visitor.visit_str(if *b { "true" } else { "false" }),
            _ => return Err(self.unexpected("a string")),
        };
        self.locate(result)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        let result = match self.value {
            Value::Array(items) => self.visit_items(items, visitor),
            _ if self.is_blank() => self.visit_items(&[], visitor),
            // A lone object or scalar where a list is expected is a one-element list.
            _ => {
                let wrapper = wrapper_key(self.value);
                match (self.visit_single(visitor), wrapper) {
                    // The usual mistake: a list Alibaba wraps in an object, declared as a bare
                    // `Vec`. Say how to read it rather than only what failed.
                    (Err(error), Some(key)) => Err(error.with_hint(&format!(
                        "this looks like a list wrapped in an object under `{key}`; read the \
                         field with #[serde(deserialize_with = \"aliyun_rpc::wrapped_list\")]"
                    ))),
                    (result, _) => result,
                }
            }
        };
        self.locate(result)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        self.visit_object(&[], visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        // A wrapper with one field (`Data: {TaskDetail: [...]}`) sometimes arrives as the bare
        // list (`Data: [...]`).
        if let (Value::Array(_), [field]) = (self.value, fields) {
            let result = visitor.visit_map(Single {
                field: Some(field),
                value: self.value,
                path: self.path,
            });
            return self.locate(result);
        }
        self.visit_object(fields, visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        match self.value {
            Value::String(s) => {
                let name = variants
                    .iter()
                    .find(|v| v.eq_ignore_ascii_case(s.trim()))
                    .copied()
                    .unwrap_or(s.as_str());
                visitor.visit_enum(name.into_deserializer())
            }
            Value::Number(n) => visitor.visit_enum(n.to_string().into_deserializer()),
            _ => Err(self.unexpected("a string naming a variant")),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        visitor.visit_unit()
    }
}

/// List items.
struct Items<'v, 'p> {
    items: std::iter::Enumerate<std::slice::Iter<'v, Value>>,
    path: &'p Path<'p>,
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = DecodeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DecodeError> {
        match self.items.next() {
            None => Ok(None),
            Some((index, value)) => {
                decode_child(self.path, Segment::Index(index), value, seed).map(Some)
            }
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// Object entries, with keys renamed to the declared field they match case-insensitively.
struct Entries<'v, 'p> {
    entries: serde_json::map::Iter<'v>,
    fields: &'static [&'static str],
    pending: Option<(&'v str, &'v Value)>,
    path: &'p Path<'p>,
}

impl<'v, 'p> Entries<'v, 'p> {
    fn new(
        map: &'v Map<String, Value>,
        fields: &'static [&'static str],
        path: &'p Path<'p>,
    ) -> Self {
        Entries {
            entries: map.iter(),
            fields,
            pending: None,
            path,
        }
    }
}

impl<'de> de::MapAccess<'de> for Entries<'_, '_> {
    type Error = DecodeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DecodeError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.pending = Some((key.as_str(), value));
        let declared = self
            .fields
            .iter()
            .find(|field| field.eq_ignore_ascii_case(key))
            .copied()
            .unwrap_or(key.as_str());
        seed.deserialize(de::value::StrDeserializer::<DecodeError>::new(declared))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, DecodeError> {
        let (key, value) = self
            .pending
            .take()
            .ok_or_else(|| DecodeError::unlocated("value requested before its key"))?;
        decode_child(self.path, Segment::Key(key), value, seed)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// A bare value presented as the only field of a wrapper structure.
struct Single<'v, 'p> {
    field: Option<&'static str>,
    value: &'v Value,
    path: &'p Path<'p>,
}

impl<'de> de::MapAccess<'de> for Single<'_, '_> {
    type Error = DecodeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DecodeError> {
        match self.field {
            None => Ok(None),
            Some(field) => seed
                .deserialize(de::value::StrDeserializer::<DecodeError>::new(field))
                .map(Some),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, DecodeError> {
        let field = self.field.take().unwrap_or_default();
        decode_child(self.path, Segment::Key(field), self.value, seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    struct Detail {
        domain_name: String,
        task_status_code: i32,
        task_result: Option<String>,
        #[serde(default)]
        try_count: u32,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    struct Data {
        #[serde(default)]
        task_detail: Vec<Detail>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    struct Page {
        request_id: String,
        total_item_num: u64,
        next_page: bool,
        #[serde(default)]
        data: Option<Data>,
    }

    #[test]
    fn a_wrapped_list_declared_as_a_bare_list_names_the_fix() {
        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        struct Bare {
            #[allow(dead_code)]
            task_detail: Vec<Detail>,
        }
        let wrapped = json!({"TaskDetail": {"TaskDetail": [
            {"DomainName": "a.com", "TaskStatusCode": 2}
        ]}});
        let message = from_value::<Bare>(&wrapped).unwrap_err().to_string();
        assert!(message.contains("TaskDetail"), "{message}");
        assert!(
            message.contains("wrapped in an object under `TaskDetail`")
                && message.contains("aliyun_rpc::wrapped_list"),
            "{message}"
        );
        // A failure that is not about a wrapper gets no such hint.
        let broken = json!({"TaskDetail": [{"DomainName": "a.com"}]});
        let message = from_value::<Bare>(&broken).unwrap_err().to_string();
        assert!(!message.contains("wrapped_list"), "{message}");
    }

    #[test]
    fn keys_match_case_insensitively_and_scalars_convert() {
        let body = json!({
            "requestId": "R1", "TotalItemNum": "2", "nextPage": "false", "Unknown": [1, 2],
            "Data": {"TaskDetail": [
                {"DomainName": "a.com", "TaskStatusCode": 2, "TaskResult": 12345},
                {"domainName": "b.com", "taskStatusCode": "3", "TryCount": "5"}
            ]}
        });
        let page: Page = from_value(&body).unwrap();
        assert_eq!(page.request_id, "R1");
        assert_eq!(page.total_item_num, 2);
        assert!(!page.next_page);
        let details = page.data.unwrap().task_detail;
        assert_eq!(details[0].task_result.as_deref(), Some("12345"));
        assert_eq!(details[1].task_status_code, 3);
        assert_eq!(details[1].try_count, 5);
    }

    #[test]
    fn a_lone_object_is_a_one_element_list_and_blank_wrappers_are_empty() {
        let single = json!({"TaskDetail": {"DomainName": "a.com", "TaskStatusCode": 0}});
        assert_eq!(from_value::<Data>(&single).unwrap().task_detail.len(), 1);
        assert!(
            from_value::<Data>(&json!(""))
                .unwrap()
                .task_detail
                .is_empty()
        );
        assert!(
            from_value::<Data>(&json!({"TaskDetail": ""}))
                .unwrap()
                .task_detail
                .is_empty()
        );
        let bare = json!([{"DomainName": "a.com", "TaskStatusCode": 1}]);
        assert_eq!(from_value::<Data>(&bare).unwrap().task_detail.len(), 1);
    }

    #[test]
    fn errors_name_the_path_of_the_bad_value() {
        let body = json!({"RequestId": "R", "TotalItemNum": 1, "NextPage": true,
            "Data": {"TaskDetail": [{"DomainName": "a", "TaskStatusCode": 0},
                                    {"DomainName": "b", "TaskStatusCode": "two"}]}});
        let error = from_value::<Page>(&body).unwrap_err().to_string();
        assert_eq!(
            error,
            "at `Data.TaskDetail[1].TaskStatusCode`: expected an integer, found string \"two\""
        );
    }

    #[test]
    fn a_value_of_another_kind_is_an_error_that_names_the_field() {
        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        #[allow(dead_code)]
        struct Domain {
            #[serde(default)]
            expiration_date_long: Option<i64>,
            #[serde(default)]
            premium: Option<bool>,
        }
        for (body, expected) in [
            (
                json!({"ExpirationDateLong": true}),
                "at `ExpirationDateLong`: expected an integer, found boolean true",
            ),
            (
                json!({"ExpirationDateLong": 1.5}),
                "at `ExpirationDateLong`: expected an integer, found number 1.5",
            ),
            (
                json!({"ExpirationDateLong": 1e3}),
                "at `ExpirationDateLong`: expected an integer, found number 1000.0",
            ),
            (
                json!({"ExpirationDateLong": "1e3"}),
                "at `ExpirationDateLong`: expected an integer, found string \"1e3\"",
            ),
            (
                json!({"ExpirationDateLong": "+1"}),
                "at `ExpirationDateLong`: expected an integer, found string \"+1\"",
            ),
            (
                json!({"ExpirationDateLong": "true"}),
                "at `ExpirationDateLong`: expected an integer, found string \"true\"",
            ),
            (
                json!({"ExpirationDateLong": u64::MAX}),
                "at `ExpirationDateLong`: invalid value: integer `18446744073709551615`, expected i64",
            ),
            (
                json!({"ExpirationDateLong": [1, 2]}),
                "at `ExpirationDateLong`: expected an integer, found a list of 2",
            ),
            (
                json!({"Premium": 1}),
                "at `Premium`: expected a boolean, found number 1",
            ),
            (
                json!({"Premium": "0"}),
                "at `Premium`: expected a boolean, found string \"0\"",
            ),
        ] {
            let error = from_value::<Domain>(&body).unwrap_err().to_string();
            assert_eq!(error, expected, "{body}");
        }
        // Text that spells the declared type is the value: XML has nothing else.
        let text = json!({"ExpirationDateLong": " 1767225600000 ", "Premium": "False"});
        let domain = from_value::<Domain>(&text).unwrap();
        assert_eq!(domain.expiration_date_long, Some(1_767_225_600_000));
        assert_eq!(domain.premium, Some(false));
    }

    #[test]
    fn a_missing_or_repeated_field_names_the_structure_it_belongs_to() {
        let missing = json!({"RequestId": "R", "TotalItemNum": 1, "NextPage": true,
            "Data": {"TaskDetail": [{"DomainName": "a", "TaskStatusCode": 0}, {"DomainName": "b"}]}});
        let error = from_value::<Page>(&missing).unwrap_err().to_string();
        assert_eq!(
            error,
            "at `Data.TaskDetail[1]`: missing field `TaskStatusCode`"
        );
        // Two spellings of one key reach the structure as one field twice.
        let repeated = json!({"RequestId": "R", "TotalItemNum": 1, "NextPage": true,
            "Data": {"TaskDetail": [{"DomainName": "a", "domainName": "b", "TaskStatusCode": 0}]}});
        let error = from_value::<Page>(&repeated).unwrap_err().to_string();
        assert_eq!(
            error,
            "at `Data.TaskDetail[0]`: duplicate field `DomainName`"
        );
    }

    #[test]
    fn out_of_range_integers_are_errors_not_truncations() {
        #[derive(Debug, Deserialize)]
        struct Small {
            #[allow(dead_code)]
            n: u8,
        }
        assert!(from_value::<Small>(&json!({"n": 300})).is_err());
        assert!(from_value::<Small>(&json!({"n": -1})).is_err());
    }
}
