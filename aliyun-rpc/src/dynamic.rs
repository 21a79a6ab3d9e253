//! Dynamic parameters: a `serde_json::Value` flattens the way a declared structure would.
//!
//! Objects write `.Key` per entry, arrays `.N` from 1, strings as given, numbers in their JSON
//! text, booleans as `true`/`false`; `null` writes nothing. This serves actions not yet declared
//! and the `specs/flatten/` cases.

use serde_json::Value;

use crate::params::{ParamValue, ParamWriter};
use crate::rules::Rules;
use crate::shape::Shape;

impl ParamValue for Value {
    fn write_value(&self, writer: &mut ParamWriter) {
        match self {
            Value::Null => {}
            Value::Bool(b) => b.write_value(writer),
            Value::Number(n) => writer.value(n.to_string()),
            Value::String(s) => writer.value(s.as_str()),
            Value::Array(items) => {
                for (position, item) in items.iter().enumerate() {
                    writer.entry(position + 1, item, &Rules::NONE);
                }
            }
            Value::Object(map) => {
                for (key, value) in map {
                    writer.field(key, value, &Rules::NONE);
                }
            }
        }
    }

    fn shape() -> Shape {
        Shape::Other("json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn objects_and_arrays_flatten_like_declared_structures() {
        let mut writer = ParamWriter::new();
        writer.field(
            "Tag",
            &json!([{"Key": "env", "Value": "prod"}, {"Key": "team", "Value": null}]),
            &Rules::NONE,
        );
        let pairs: Vec<String> = writer
            .finish()
            .unwrap()
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect();
        assert_eq!(
            pairs,
            ["Tag.1.Key=env", "Tag.1.Value=prod", "Tag.2.Key=team"]
        );
    }
}
