//! The field names a `Deserialize` type reads, found without a value to decode: what a list
//! wrapper needs to tell an item from a wrapper, and the error check to tell an answer that
//! declares its own `Code` from an error envelope.

use serde::Deserialize;
use serde::de::{Deserializer, Visitor};

/// The names of the fields `T` reads, as its `Deserialize` gives them to `deserialize_struct`;
/// empty for anything that is not a structure (a string, a number).
pub(crate) fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    // The probe only records the names; the error it answers with is dropped.
    let _ = T::deserialize(FieldProbe {
        fields: &mut fields,
    });
    fields
}

/// A deserializer that answers every request with an error, after noting the field names of a
/// `deserialize_struct`.
struct FieldProbe<'a> {
    fields: &'a mut &'static [&'static str],
}

impl<'de> Deserializer<'de> for FieldProbe<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("a probe for field names"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.fields = fields;
        self.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}
