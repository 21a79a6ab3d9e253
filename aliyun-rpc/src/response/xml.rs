//! XML bodies as the same tree a JSON body gives, so one decoder serves both formats.
//!
//! An element with child elements becomes an object (repeated names become an array), an element
//! with only text becomes a string, and attributes are ignored: Alibaba's XML carries everything
//! in elements.
//!
//! XML has no other way to write a list, so a repeated element *is* a list here; a field that
//! expects one value then finds a list and fails, never picks one of them. Two sibling names that
//! differ only in case are one key to the decoders (see `keys`), and fail here.

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::events::Event;
use serde_json::{Map, Value};

use super::keys::{self, SeenKeys};

/// The deepest nesting accepted; hostile bodies cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

/// One element being read: its name, children so far and text so far.
struct Open {
    name: String,
    children: Map<String, Value>,
    text: String,
    has_children: bool,
    /// The distinct child names, to catch two that differ only in case.
    seen: SeenKeys<'static>,
}

impl Open {
    fn new(name: String) -> Open {
        Open {
            name,
            children: Map::new(),
            text: String::new(),
            has_children: false,
            seen: SeenKeys::default(),
        }
    }

    fn into_value(self) -> Value {
        if self.has_children {
            Value::Object(self.children)
        } else {
            Value::String(self.text)
        }
    }

    fn add_child(&mut self, name: String, value: Value) -> Result<(), String> {
        self.has_children = true;
        match self.children.get_mut(&name) {
            Some(Value::Array(items)) => items.push(value),
            Some(existing) => {
                let first = existing.take();
                *existing = Value::Array(vec![first, value]);
            }
            None if !self.seen.insert(Cow::Owned(name.clone())) => {
                return Err(format!("XML element: {}", keys::repeated(&name)));
            }
            None => {
                self.children.insert(name, value);
            }
        }
        Ok(())
    }
}

/// Parses an XML document into its root element's name and value.
pub(crate) fn parse(text: &str) -> Result<(String, Value), String> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Open> = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(start)) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(format!("XML nested deeper than {MAX_DEPTH} elements"));
                }
                stack.push(Open::new(element_name(start.name().as_ref())));
            }
            Ok(Event::Empty(empty)) => {
                let name = element_name(empty.name().as_ref());
                match stack.last_mut() {
                    Some(parent) => parent.add_child(name, Value::String(String::new()))?,
                    None => return Ok((name, Value::String(String::new()))),
                }
            }
            Ok(Event::Text(text)) => {
                if let Some(open) = stack.last_mut() {
                    let decoded = text
                        .xml10_content()
                        .map_err(|error| format!("bad XML text: {error}"))?;
                    open.text.push_str(&decoded);
                }
            }
            Ok(Event::GeneralRef(reference)) => {
                if let Some(open) = stack.last_mut() {
                    let name = String::from_utf8_lossy(reference.as_ref()).into_owned();
                    open.text.push_str(&resolve_reference(&name)?);
                }
            }
            Ok(Event::CData(data)) => {
                if let Some(open) = stack.last_mut() {
                    open.text.push_str(&String::from_utf8_lossy(&data));
                }
            }
            Ok(Event::End(_)) => {
                let closed = stack.pop().ok_or("unbalanced XML end tag")?;
                let name = closed.name.clone();
                let value = closed.into_value();
                match stack.last_mut() {
                    Some(parent) => parent.add_child(name, value)?,
                    None => return Ok((name, value)),
                }
            }
            Ok(Event::Eof) => return Err("XML document ends before its root element closes".into()),
            Ok(_) => {}
            Err(error) => return Err(format!("malformed XML: {error}")),
        }
    }
}

/// The local name of an element, without a namespace prefix.
fn element_name(raw: &[u8]) -> String {
    let local = raw.rsplit(|b| *b == b':').next().unwrap_or(raw);
    String::from_utf8_lossy(local).into_owned()
}

/// The text of a predefined entity or a character reference.
fn resolve_reference(name: &str) -> Result<String, String> {
    let resolved = match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => name.strip_prefix('#').and_then(|number| {
            let code = match number.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => number.parse().ok(),
            };
            code.and_then(char::from_u32)
        }),
    };
    resolved
        .map(String::from)
        .ok_or_else(|| format!("unknown XML entity `&{name};`"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn repeated_elements_become_arrays_and_text_becomes_strings() {
        let (root, value) = parse(
            "<?xml version='1.0'?><R><Data><Item><A>1</A></Item><Item><A>2</A></Item></Data><Id>x&amp;y</Id><E/></R>",
        )
        .unwrap();
        assert_eq!(root, "R");
        assert_eq!(
            value,
            json!({"Data": {"Item": [{"A": "1"}, {"A": "2"}]}, "Id": "x&y", "E": ""})
        );
    }

    #[test]
    fn sibling_names_that_differ_only_in_case_are_refused() {
        let error = parse("<R><TaskNo>A</TaskNo><taskNo>B</taskNo></R>").unwrap_err();
        assert_eq!(error, r#"XML element: an object repeats the key "taskNo""#);
        assert!(parse("<R><A><TaskNo>A</TaskNo></A><B><taskNo>B</taskNo></B></R>").is_ok());
    }

    #[test]
    fn malformed_and_truncated_documents_are_errors() {
        assert!(parse("<R><A>1</A>").is_err());
        assert!(parse("<R><A>1</B></R>").is_err());
        assert!(parse("").is_err());
        let deep = "<a>".repeat(100) + &"</a>".repeat(100);
        assert!(parse(&deep).unwrap_err().contains("deeper"));
    }
}
