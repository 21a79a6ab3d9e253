//! Holds each Rust declaration against its machine-readable metadata in `specs/actions/`, so the
//! two cannot drift: wire names, types, required or not, bounds, list structure, response fields.

use std::fs;
use std::path::Path;

use aliyun_rpc::{FieldMeta, RpcAction, Shape};
use domain_api::{
    QueryDomainByDomainName, QueryDomainList, QueryTaskDetailList, QueryTaskList,
    SaveBatchTaskForCreatingOrderRenew, SaveSingleTaskForCreatingOrderRenew,
};
use serde::de::{self, Deserializer, Visitor};
use serde_json::Value;

fn metadata(action: &str) -> Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../specs/actions/{action}.json"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Compares declared fields with metadata parameters; returns every difference found.
fn compare_fields(
    context: &str,
    declared: &[FieldMeta],
    documented: &Value,
    differences: &mut Vec<String>,
) {
    let documented = documented.as_array().expect("a parameter list");
    let declared_names: Vec<&str> = declared.iter().map(|f| f.wire_name).collect();
    for parameter in documented {
        let name = parameter["name"].as_str().expect("a parameter name");
        if !declared_names.contains(&name) {
            differences.push(format!("{context}{name}: documented but not declared"));
        }
    }
    for field in declared {
        let Some(parameter) = documented.iter().find(|p| p["name"] == field.wire_name) else {
            differences.push(format!(
                "{context}{}: declared but not documented",
                field.wire_name
            ));
            continue;
        };
        let here = format!("{context}{}", field.wire_name);
        let required = parameter["required"].as_bool().expect("required");
        if field.required() != required {
            differences.push(format!(
                "{here}: required is {} in Rust, {required} in metadata",
                field.required()
            ));
        }
        let number = |key: &str| parameter.get(key).and_then(Value::as_i64);
        let (shape, _) = (field.shape)().unwrap_optional();
        let kind = parameter["type"].as_str().expect("type");
        if shape.kind() != kind {
            differences.push(format!(
                "{here}: type is {} in Rust, {kind} in metadata",
                shape.kind()
            ));
        }
        let bounds = [
            ("minimum", field.rules.min.map(|v| v as i64)),
            ("maximum", field.rules.max.map(|v| v as i64)),
            ("min_length", field.rules.min_len.map(|v| v as i64)),
            ("max_length", field.rules.max_len.map(|v| v as i64)),
        ];
        let list_bounds = [
            ("min_items", field.rules.min_len.map(|v| v as i64)),
            ("max_items", field.rules.max_len.map(|v| v as i64)),
        ];
        let checked: &[(&str, Option<i64>)] = if kind == "list" {
            &list_bounds
        } else {
            &bounds[..]
        };
        for (key, rust) in checked {
            if number(key) != *rust {
                differences.push(format!(
                    "{here}: {key} is {rust:?} in Rust, {:?} in metadata",
                    number(key)
                ));
            }
        }
        match shape {
            Shape::Enum { values } => {
                let documented: Vec<&str> = parameter["values"]
                    .as_array()
                    .expect("values")
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect();
                if values != documented.as_slice() {
                    differences.push(format!(
                        "{here}: values {values:?} in Rust, {documented:?} in metadata"
                    ));
                }
            }
            Shape::List(item) => {
                let (item, _) = item().unwrap_optional();
                let documented_item = &parameter["item"];
                match item {
                    Shape::Struct(fields) => compare_fields(
                        &format!("{here}.N."),
                        fields,
                        &documented_item["fields"],
                        differences,
                    ),
                    other if other.kind() != documented_item["type"] => {
                        differences.push(format!(
                            "{here}.N: type is {} in Rust, {} in metadata",
                            other.kind(),
                            documented_item["type"]
                        ));
                    }
                    _ => {}
                }
            }
            Shape::Struct(fields) => compare_fields(
                &format!("{here}."),
                fields,
                &parameter["fields"],
                differences,
            ),
            _ => {}
        }
    }
}

/// The field names a `Deserialize` struct declares, read by asking it to deserialize a probe.
fn response_fields<T: de::DeserializeOwned>() -> &'static [&'static str] {
    #[derive(Debug)]
    struct Found(Option<&'static [&'static str]>);
    impl std::fmt::Display for Found {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }
    impl std::error::Error for Found {}
    impl de::Error for Found {
        fn custom<M: std::fmt::Display>(_: M) -> Found {
            Found(None)
        }
    }
    struct Probe;
    impl<'de> Deserializer<'de> for Probe {
        type Error = Found;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
            Err(Found(None))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Found> {
            Err(Found(Some(fields)))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    match T::deserialize(Probe) {
        Err(Found(Some(fields))) => fields,
        _ => panic!("the response type is not a struct"),
    }
}

fn check_action<A: RpcAction>() {
    let spec = metadata(A::ACTION);
    let mut differences = Vec::new();
    for (key, rust) in [
        ("action", A::ACTION),
        ("version", A::VERSION),
        ("endpoint", A::ENDPOINT),
    ] {
        if spec[key] != rust {
            differences.push(format!(
                "{key} is {rust} in Rust, {} in metadata",
                spec[key]
            ));
        }
    }
    if spec["idempotent"] != A::IDEMPOTENT {
        differences.push(format!(
            "idempotent is {} in Rust, {} in metadata",
            A::IDEMPOTENT,
            spec["idempotent"]
        ));
    }
    compare_fields("", A::FIELDS, &spec["parameters"], &mut differences);
    let mut declared: Vec<&str> = response_fields::<A::Response>().to_vec();
    let mut documented: Vec<&str> = spec["response"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    declared.sort_unstable();
    documented.sort_unstable();
    if declared != documented {
        differences.push(format!(
            "response fields {declared:?} in Rust, {documented:?} in metadata"
        ));
    }
    assert!(
        differences.is_empty(),
        "{} drifted from its metadata:\n{}",
        A::ACTION,
        differences.join("\n")
    );
}

#[test]
fn save_batch_task_for_creating_order_renew_matches_its_metadata() {
    check_action::<SaveBatchTaskForCreatingOrderRenew>();
}

#[test]
fn save_single_task_for_creating_order_renew_matches_its_metadata() {
    check_action::<SaveSingleTaskForCreatingOrderRenew>();
}

#[test]
fn query_domain_list_matches_its_metadata() {
    check_action::<QueryDomainList>();
}

#[test]
fn query_domain_by_domain_name_matches_its_metadata() {
    check_action::<QueryDomainByDomainName>();
}

#[test]
fn query_task_list_matches_its_metadata() {
    check_action::<QueryTaskList>();
}

#[test]
fn query_task_detail_list_matches_its_metadata() {
    check_action::<QueryTaskDetailList>();
}
