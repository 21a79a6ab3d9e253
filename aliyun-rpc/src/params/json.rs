//! The `json` style: a value sent as one parameter holding its JSON text.

use serde::Serialize;

use crate::rules::Problem;
use crate::shape::Shape;

use super::traits::ParamValue;
use super::writer::ParamWriter;

/// A value sent as one parameter whose value is its JSON text, as the metadata's `json` style
/// asks (`InstanceIds=["i-1","i-2"]`): what `#[rpc(json)]` on a field writes.
///
/// The text is compact and keeps non-ASCII characters as they are, as the official SDKs write it
/// (Python's `json.dumps(value, ensure_ascii=False, separators=(",", ":"))`); a structure's keys
/// are its serde names, so items usually want `#[serde(rename_all = "PascalCase")]`. A value
/// that serializes to `null` (an `Option` that is `None`) sends nothing.
#[derive(Debug, Clone, Copy)]
pub struct JsonText<'a, T: ?Sized>(pub &'a T);

impl<T: Serialize + ?Sized> ParamValue for JsonText<'_, T> {
    fn write_value(&self, writer: &mut ParamWriter) {
        match serde_json::to_string(self.0) {
            Ok(text) if text == "null" => {}
            Ok(text) => writer.value_str(&text),
            Err(error) => writer.reject(Problem::Invalid(format!(
                "cannot be written as JSON: {error}"
            ))),
        }
    }

    fn shape() -> Shape {
        Shape::Json
    }
}
