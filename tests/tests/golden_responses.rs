//! Every response example of the metadata (`specs/<product>/examples/<Action>.json`, JSON and XML)
//! decodes into its declared action's response type, and every key of the example lands in a
//! typed field. So does a body built from the documented response schema (every key it names,
//! each with a plain value of its type), since the examples leave keys out.
//!
//! Decoding goes through the runtime's own decoder ([`aliyun_rpc::decode_response`]), so the test
//! holds what a caller gets. Whether a key lands somewhere is found without knowing the type:
//! each leaf value of the example is changed in turn (a boolean flipped, a number or text made
//! different, an empty container given content) and the body decoded again. A key whose change
//! leaves the decoded value (its `Debug` form) and the outcome unchanged is read by no field, and
//! is reported with its path, unless the example file lists it under `unconsumed` with a reason;
//! a listed key that is in fact read is reported too, so the list only shrinks.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::fs;
use std::path::{Path, PathBuf};

use aliyun_rpc::{RpcAction, decode_response};
use serde_json::Value;

mod declared;

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .join("specs")
}

/// What decoding a body gives, as text: the `Debug` form of the value or of the error.
fn outcome<A: RpcAction>(body: &str) -> Result<String, String>
where
    A::Response: Debug,
{
    decode_response::<A>(200, body.as_bytes())
        .map(|response| format!("{response:?}"))
        .map_err(|error| error.to_string())
}

/// Another value of the same kind, so that a field that reads it decodes something else.
fn changed_json(value: &Value) -> Value {
    match value {
        Value::Bool(b) => Value::Bool(!b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Value::from(if i == i64::MAX { i - 1 } else { i + 1 }),
            None => Value::from(n.as_f64().unwrap_or(0.0) + 1.5),
        },
        Value::String(s) => Value::String(changed_text(s)),
        Value::Null => Value::String("1".into()),
        Value::Array(_) => Value::Array(vec![Value::String("1".into())]),
        Value::Object(_) => {
            Value::Object([("Probe".to_owned(), Value::from(1))].into_iter().collect())
        }
    }
}

/// Text that reads as another value: a flipped boolean, a number plus one, or other text.
fn changed_text(text: &str) -> String {
    match text {
        "true" => "false".into(),
        "false" => "true".into(),
        _ => match text.parse::<i64>() {
            Ok(i) if i < i64::MAX => (i + 1).to_string(),
            _ => format!("{text}9"),
        },
    }
}

/// Every leaf of a JSON tree (a scalar, or an empty array or object) with its path.
fn json_leaves(value: &Value, path: &str, out: &mut Vec<(String, Vec<PathStep>)>) {
    fn walk(
        value: &Value,
        path: &str,
        steps: &mut Vec<PathStep>,
        out: &mut Vec<(String, Vec<PathStep>)>,
    ) {
        match value {
            Value::Object(map) if !map.is_empty() => {
                for (key, inner) in map {
                    steps.push(PathStep::Key(key.clone()));
                    walk(inner, &format!("{path}.{key}"), steps, out);
                    steps.pop();
                }
            }
            Value::Array(items) if !items.is_empty() => {
                for (index, inner) in items.iter().enumerate() {
                    steps.push(PathStep::Index(index));
                    walk(inner, &format!("{path}[]"), steps, out);
                    steps.pop();
                }
            }
            _ => out.push((path.trim_start_matches('.').to_owned(), steps.clone())),
        }
    }
    walk(value, path, &mut Vec::new(), out);
}

#[derive(Debug, Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn leaf_mut<'a>(value: &'a mut Value, steps: &[PathStep]) -> &'a mut Value {
    steps.iter().fold(value, |value, step| match step {
        PathStep::Key(key) => &mut value[key.as_str()],
        PathStep::Index(index) => &mut value[*index],
    })
}

/// Each leaf of a JSON body with the body that has it changed.
fn json_variants(body: &str) -> Vec<(String, String)> {
    let tree: Value = serde_json::from_str(body).expect("the example is JSON");
    let mut leaves = Vec::new();
    json_leaves(&tree, "", &mut leaves);
    leaves
        .into_iter()
        .map(|(path, steps)| {
            let mut changed = tree.clone();
            let leaf = leaf_mut(&mut changed, &steps);
            *leaf = changed_json(leaf);
            (path, changed.to_string())
        })
        .collect()
}

/// Each text-only element of an XML body (below the root) with the body that has its text
/// changed. Alibaba's XML answers carry everything in elements, with no attributes or mixed
/// content, so an element's text lies between its start tag and the next tag.
fn xml_variants(body: &str) -> Vec<(String, String)> {
    let mut variants = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut at = 0;
    while let Some(open) = body[at..].find('<').map(|i| at + i) {
        let close = open + body[open..].find('>').expect("a tag ends");
        let tag = &body[open + 1..close];
        at = close + 1;
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name),
                "the example nests its tags"
            );
            continue;
        }
        let name = tag.trim_end_matches('/').trim().to_owned();
        if tag.ends_with('/') {
            continue;
        }
        let text_end = at + body[at..].find('<').expect("a tag follows");
        stack.push(name.clone());
        if body[text_end..].starts_with(&format!("</{name}>")) && stack.len() > 1 {
            let path = stack[1..].join(".");
            let text = &body[at..text_end];
            let changed = format!(
                "{}{}{}",
                &body[..at],
                changed_text(text.trim()),
                &body[text_end..]
            );
            variants.push((path, changed));
        }
    }
    variants
}

/// A body with every key the documented response schema names, each leaf a plain value of its
/// type: the examples leave keys out, the schema does not.
fn example_of_schema(schema: &Value) -> Value {
    match schema["type"].as_str() {
        Some("object") => Value::Object(
            schema["properties"]
                .as_object()
                .map(|properties| {
                    properties
                        .iter()
                        .map(|(key, inner)| (key.clone(), example_of_schema(inner)))
                        .collect()
                })
                .unwrap_or_default(),
        ),
        Some("array") => Value::Array(vec![example_of_schema(&schema["items"])]),
        Some("integer") => Value::from(7),
        Some("number") => Value::from(7.5),
        Some("boolean") => Value::Bool(true),
        _ => Value::String("text".into()),
    }
}

/// Whether the spec says the metadata with responses (`meta-2024` among the action's sources)
/// describes `action`, so that it has examples; an action the spec does not know counts as
/// described, so that its missing examples are reported.
fn described_with_responses(product: &str, action: &str) -> bool {
    let path = specs().join(product).join("actions.json");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec: Value = serde_json::from_str(&text).expect("the spec is JSON");
    match spec["actions"][action]["in"].as_array() {
        Some(sources) => sources.iter().any(|source| source == "meta-2024"),
        None => true,
    }
}

/// The problems of one action's examples, and how many examples it decoded.
fn check_examples<A: RpcAction>(product: &str) -> (Vec<String>, usize)
where
    A::Response: Debug,
{
    let path = specs()
        .join(product)
        .join("examples")
        .join(format!("{}.json", A::ACTION));
    let Ok(text) = fs::read_to_string(&path) else {
        // A product whose metadata has examples has them for every action it describes; the
        // few actions only the older metadata or the SDKs know have none.
        let has_examples = specs().join(product).join("examples").is_dir()
            && described_with_responses(product, A::ACTION);
        let problem = format!("{}: no examples file {}", A::ACTION, path.display());
        return (
            if has_examples {
                vec![problem]
            } else {
                Vec::new()
            },
            0,
        );
    };
    let document: Value = serde_json::from_str(&text).expect("an examples file");
    let allowed: BTreeMap<String, String> = document
        .get("unconsumed")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                .collect()
        })
        .unwrap_or_default();
    let mut problems = Vec::new();
    let mut used_allowances = Vec::new();
    let mut decoded = 0;
    let mut examples = document["examples"].as_array().cloned().expect("examples");
    if let Some(schema) = document.get("schema") {
        let body = example_of_schema(schema).to_string();
        examples.push(serde_json::json!({"format": "schema", "body": body}));
    }
    for example in &examples {
        let format = example["format"].as_str().expect("a format");
        if example.get("malformed").is_some() {
            continue; // The spec says why: not an answer the service could send.
        }
        let body = example["body"].as_str().expect("a body");
        let at = format!("{} ({format})", A::ACTION);
        let original = match outcome::<A>(body) {
            Ok(value) => {
                decoded += 1;
                value
            }
            Err(error) => {
                problems.push(format!("{at}: does not decode: {error}"));
                continue;
            }
        };
        let variants = match format {
            "json" | "schema" => json_variants(body),
            "xml" => xml_variants(body),
            other => panic!("{at}: unknown example format {other}"),
        };
        let mut unread: Vec<String> = Vec::new();
        for (key, changed) in variants {
            if outcome::<A>(&changed) == Ok(original.clone()) && !unread.contains(&key) {
                unread.push(key);
            }
        }
        for key in unread {
            if allowed.contains_key(&key) {
                used_allowances.push(key);
            } else {
                problems.push(format!("{at}: `{key}` lands in no typed field"));
            }
        }
    }
    for key in allowed.keys() {
        if !used_allowances.contains(key) {
            problems.push(format!(
                "{}: `{key}` is listed as unconsumed but a field reads it (or no example has it)",
                A::ACTION
            ));
        }
    }
    (problems, decoded)
}

/// The problems of every given Domain action's examples, and how many examples decoded.
macro_rules! domain_examples_of {
    ($($action:ty),*) => {{
        let mut problems = Vec::new();
        let mut decoded = 0;
        $(
            let (found, count) = check_examples::<$action>("domain");
            problems.extend(found);
            decoded += count;
        )*
        (problems, decoded)
    }};
}

#[test]
fn every_domain_example_decodes_and_lands_in_typed_fields() {
    let (problems, decoded) = declared::domain_actions!(domain_examples_of);
    assert!(decoded > 0, "no example decoded");
    eprintln!("{decoded} Domain examples decoded");
    assert!(
        problems.is_empty(),
        "{} problems with specs/domain/examples:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}
