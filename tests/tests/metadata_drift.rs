//! Holds every declared action of a product against the product's spec snapshot
//! (`specs/<product>/actions.json`, written by `specs/tools/gen_domain_spec.py`), so that no
//! declaration drifts from what the service expects.
//!
//! For each declared action it checks the version and endpoint, whether it is idempotent (where
//! the spec says whether it reads or writes), and for every field the derive's metadata
//! ([`RpcAction::FIELDS`]): wire name, shape (string, integer, boolean, number, enum and its
//! values, list, structure), required (a non-`Option` scalar; a list with `min_len >= 1`), the
//! bounds (`min`/`max`; `min_len`/`max_len` against `minLength`/`maxLength` or
//! `minItems`/`maxItems`), and the items of lists. Every declared parameter must be in the spec
//! and every spec parameter declared. The style `json` is held against `#[rpc(json)]`
//! ([`Shape::Json`]) and the position `body` against `#[rpc(body)]` ([`FieldMeta::body`]). The
//! integer width (`int32`/`int64`) and a `pattern` have no counterpart in [`FieldMeta`] yet.
//!
//! Which actions a crate declares is read from its source (each `action = "…"` of an `#[rpc]`
//! attribute), so that an action added to the crate but not to this test fails too. The spec's
//! actions that are not declared yet are listed in `specs/<product>/not-yet-declared.txt`; the
//! list is checked both ways, so it can only shrink.
//!
//! Every mismatch of a product is reported at once.
//!
//! One exception: a top-level `RegionId` that the spec requires may be declared `Option`, since
//! the client fills it with its region ([`region_id_filled_by_client`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::fs;
use std::path::{Path, PathBuf};

use aliyun_rpc::{FieldMeta, RpcAction, Shape};
use serde_json::Value;

mod declared;

/// What the derive declares about one action.
struct Declared {
    action: &'static str,
    version: &'static str,
    endpoint: &'static str,
    idempotent: bool,
    fields: &'static [FieldMeta],
}

fn declaration_of<A: RpcAction>() -> Declared {
    Declared {
        action: A::ACTION,
        version: A::VERSION,
        endpoint: A::ENDPOINT,
        idempotent: A::IDEMPOTENT,
        fields: A::FIELDS,
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .to_path_buf()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The actions a crate's source declares: each `action = "…"` in `src/**/*.rs`.
fn actions_in_source(folder: &Path) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = read(&path);
                for piece in text.split("action = \"").skip(1) {
                    let name = piece.split('"').next().unwrap_or_default();
                    if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()) {
                        found.insert(name.to_owned());
                    }
                }
            }
        }
    }
    found
}

/// The mismatches found so far, each with where it is.
#[derive(Default)]
struct Mismatches(Vec<String>);

impl Mismatches {
    fn add(&mut self, at: &str, what: impl std::fmt::Display) {
        self.0.push(format!("{at}: {what}"));
    }

    fn differ<T: PartialEq + Debug>(&mut self, at: &str, fact: &str, rust: T, spec: T) {
        if rust != spec {
            self.add(
                at,
                format_args!("{fact} is {rust:?} in Rust, {spec:?} in the spec"),
            );
        }
    }
}

fn bound(parameter: &Value, key: &str) -> Option<i128> {
    parameter.get(key).and_then(|v| {
        v.as_i64()
            .map(i128::from)
            .or_else(|| v.as_u64().map(i128::from))
    })
}

fn length(parameter: &Value, key: &str) -> Option<usize> {
    bound(parameter, key).and_then(|v| usize::try_from(v).ok())
}

/// The shape kind the spec's facts call for: `enum` when values are listed.
fn spec_kind(parameter: &Value) -> &str {
    if parameter.get("enum").is_some() {
        return "enum";
    }
    match parameter["type"].as_str().unwrap_or("?") {
        "array" => "list",
        "object" => "struct",
        other => other,
    }
}

/// The one exception to `required`: a top-level `RegionId` that the spec requires may be
/// declared `Option`, because the client fills it with its region when it is left unset
/// (`aliyun_rpc::endpoints`). Such a declaration counts as required.
fn region_id_filled_by_client(at: &str, field: &FieldMeta, parameter: &Value) -> bool {
    let top_level = at.split('.').count() == 2;
    top_level
        && field.wire_name == aliyun_rpc::endpoints::REGION_ID
        && parameter["required"].as_bool() == Some(true)
}

/// Compares one declared field with its spec parameter.
fn compare_field(at: &str, field: &FieldMeta, parameter: &Value, out: &mut Mismatches) {
    let (shape, optional) = (field.shape)().unwrap_optional();
    let optional = optional && !region_id_filled_by_client(at, field, parameter);
    // A JSON-style parameter is one text whatever its schema: its style and whether it is
    // required are what a declaration states (`#[rpc(json)]`).
    let json_in_spec = parameter["style"] == "json";
    if json_in_spec || matches!(shape, Shape::Json) {
        out.differ(at, "style", shape.kind() == "json", json_in_spec);
        let required = parameter["required"].as_bool().unwrap_or(false);
        out.differ(at, "required", !optional, required);
    } else {
        compare_value(at, shape, optional, &field.rules, parameter, out);
    }
    out.differ(
        at,
        "body (position)",
        field.body,
        parameter["position"] == "body",
    );
}

/// Compares a declared shape, whether it is optional, and its rules with a spec schema.
fn compare_value(
    at: &str,
    shape: Shape,
    optional: bool,
    rules: &aliyun_rpc::Rules,
    parameter: &Value,
    out: &mut Mismatches,
) {
    let kind = spec_kind(parameter);
    out.differ(at, "type", shape.kind(), kind);
    let required = parameter["required"].as_bool().unwrap_or(false);
    if let Shape::List(item) = shape {
        // A list is never an `Option`: an empty one sends nothing, so `required` is `min_len >= 1`.
        let declared_required = rules.min_len.is_some_and(|n| n >= 1) && !optional;
        out.differ(at, "required", declared_required, required);
        let min_items = length(parameter, "minItems").or(required.then_some(1));
        out.differ(at, "min_len (minItems)", rules.min_len, min_items);
        out.differ(
            at,
            "max_len (maxItems)",
            rules.max_len,
            length(parameter, "maxItems"),
        );
        let (item, _) = item().unwrap_optional();
        compare_item(&format!("{at}.N"), item, rules, &parameter["items"], out);
        return;
    }
    out.differ(at, "required", !optional, required);
    compare_scalar(at, shape, rules, parameter, out);
}

/// The value rules of a scalar (or of a list's elements), its enum values, or a structure's
/// fields.
fn compare_scalar(
    at: &str,
    shape: Shape,
    rules: &aliyun_rpc::Rules,
    parameter: &Value,
    out: &mut Mismatches,
) {
    out.differ(at, "min", rules.min, bound(parameter, "minimum"));
    out.differ(at, "max", rules.max, bound(parameter, "maximum"));
    if !matches!(shape, Shape::Struct(_)) {
        out.differ(
            at,
            "min_len (minLength)",
            rules.min_len,
            length(parameter, "minLength"),
        );
        out.differ(
            at,
            "max_len (maxLength)",
            rules.max_len,
            length(parameter, "maxLength"),
        );
    }
    match shape {
        Shape::Enum { values } => {
            let rust: BTreeSet<&str> = values.iter().copied().collect();
            let spec: BTreeSet<&str> = parameter["enum"]
                .as_array()
                .map(|values| values.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            out.differ(at, "enum values", rust, spec);
        }
        Shape::Struct(fields) => {
            let properties = parameter["properties"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            compare_fields(at, ".", fields, &properties, out);
        }
        _ => {}
    }
}

/// A list's item: its shape, and the list's value rules (not its length rules), which apply to
/// each element.
fn compare_item(
    at: &str,
    item: Shape,
    rules: &aliyun_rpc::Rules,
    spec_item: &Value,
    out: &mut Mismatches,
) {
    out.differ(at, "type", item.kind(), spec_kind(spec_item));
    compare_scalar(at, item, &rules.for_elements(), spec_item, out);
}

/// Flattened fields (`wire_name` empty) stand for their own fields, at the same level.
fn flatten(fields: &'static [FieldMeta], out: &mut Vec<&'static FieldMeta>) {
    for field in fields {
        if (field.flatten || field.wire_name.is_empty())
            && let (Shape::Struct(inner), _) = (field.shape)().unwrap_optional()
        {
            flatten(inner, out);
            continue;
        }
        out.push(field);
    }
}

/// Every declared field against the spec's parameters (or a list item's properties), both ways.
fn compare_fields(
    at: &str,
    separator: &str,
    fields: &'static [FieldMeta],
    parameters: &[Value],
    out: &mut Mismatches,
) {
    let mut declared = Vec::new();
    flatten(fields, &mut declared);
    let by_name: BTreeMap<&str, &Value> = parameters
        .iter()
        .map(|p| (p["name"].as_str().unwrap_or("?"), p))
        .collect();
    for field in &declared {
        let here = format!("{at}{separator}{}", field.wire_name);
        match by_name.get(field.wire_name) {
            Some(parameter) => compare_field(&here, field, parameter, out),
            None => out.add(&here, "declared, but not in the spec"),
        }
    }
    for name in by_name.keys() {
        if !declared.iter().any(|f| f.wire_name == *name) {
            out.add(
                &format!("{at}{separator}{name}"),
                "in the spec, not declared",
            );
        }
    }
}

/// One product: its spec folder (`specs/<product>`), the crate that declares it, and the
/// declarations the test can see.
fn check_product(product: &str, crate_folder: &str, declarations: &[Declared]) -> Vec<String> {
    let specs = workspace().join("specs").join(product);
    let spec: Value = serde_json::from_str(&read(&specs.join("actions.json"))).expect("JSON");
    let mut out = Mismatches::default();
    let actions = spec["actions"].as_object().expect("actions");
    let endpoints: Vec<&str> = spec["endpoints"]
        .as_array()
        .expect("endpoints")
        .iter()
        .filter_map(|e| e["endpoint"].as_str())
        .collect();

    let in_source = actions_in_source(&workspace().join(crate_folder).join("src"));
    let in_test: BTreeSet<String> = declarations.iter().map(|d| d.action.to_owned()).collect();
    for action in in_source.difference(&in_test) {
        out.add(
            action,
            format_args!("declared in {crate_folder}/src but not checked: add it to this test"),
        );
    }

    for declaration in declarations {
        let at = declaration.action;
        let Some(action) = actions.get(at) else {
            out.add(at, "declared, but not an action of the spec");
            continue;
        };
        out.differ(
            at,
            "version",
            declaration.version,
            spec["version"].as_str().unwrap_or("?"),
        );
        if !endpoints.contains(&declaration.endpoint) {
            out.add(
                at,
                format_args!(
                    "endpoint {} is none of the spec's {endpoints:?}",
                    declaration.endpoint
                ),
            );
        }
        if let Some(operation) = action["operation"].as_str() {
            out.differ(
                at,
                "idempotent",
                declaration.idempotent,
                operation == "read",
            );
        }
        let parameters = action["parameters"].as_array().cloned().unwrap_or_default();
        compare_fields(at, ".", declaration.fields, &parameters, &mut out);
    }

    let listed_text = read(&specs.join("not-yet-declared.txt"));
    let listed: BTreeSet<&str> = listed_text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for name in &listed {
        if in_test.contains(*name) {
            out.add(name, "declared, so it must leave not-yet-declared.txt");
        } else if !actions.contains_key(*name) {
            out.add(
                name,
                "in not-yet-declared.txt, but not an action of the spec",
            );
        }
    }
    for name in actions.keys() {
        if !in_test.contains(name) && !listed.contains(name.as_str()) {
            out.add(name, "neither declared nor in not-yet-declared.txt");
        }
    }
    out.0
}

fn assert_no_mismatches(product: &str, mismatches: Vec<String>) {
    assert!(
        mismatches.is_empty(),
        "{} mismatches between the declarations and specs/{product}/actions.json:\n  {}",
        mismatches.len(),
        mismatches.join("\n  ")
    );
}

/// The `Declared` of each action type given.
macro_rules! declarations {
    ($($action:ty),*) => {
        [$(declaration_of::<$action>()),*]
    };
}

#[test]
fn each_product_s_declarations_match_its_spec() {
    let domain = declared::domain_actions!(declarations);
    let alidns = declared::alidns_actions!(declarations);
    let ecs = declared::ecs_actions!(declarations);
    let products: [(&str, &str, &[Declared]); 3] = [
        ("domain", "domain-api", &domain),
        ("alidns", "alidns-api", &alidns),
        ("ecs", "examples/ecs-actions", &ecs),
    ];
    // Every product is checked before any failure is reported.
    let mismatches: Vec<(&str, Vec<String>)> = products
        .iter()
        .map(|&(product, crate_folder, declarations)| {
            (product, check_product(product, crate_folder, declarations))
        })
        .collect();
    for (product, found) in mismatches {
        assert_no_mismatches(product, found);
    }
}

/// ECS-shaped declarations of `RegionId`, for the exception alone.
mod region_id {
    use aliyun_rpc::{Rpc, RpcParams};

    #[derive(Debug, RpcParams)]
    pub(super) struct Filter {
        pub(super) region_id: Option<String>,
    }

    #[derive(Debug, Rpc)]
    #[rpc(
        action = "DescribeInstances",
        version = "2014-05-26",
        endpoint = "ecs.aliyuncs.com"
    )]
    pub(super) struct DescribeInstances {
        pub(super) region_id: Option<String>,
        pub(super) filter: Option<Filter>,
    }
}

#[test]
fn only_a_top_level_region_id_may_be_optional_where_the_spec_requires_it() {
    let fields = <region_id::DescribeInstances as RpcAction>::FIELDS;
    let parameter = |name: &str, required: bool, properties: Value| {
        serde_json::json!({
            "name": name, "position": "query", "type": if properties.is_null() { "string" } else { "object" },
            "required": required, "properties": properties,
        })
    };
    let region_id = |required| parameter("RegionId", required, Value::Null);
    let mismatches = |parameters: Vec<Value>| {
        let mut out = Mismatches::default();
        compare_fields("DescribeInstances", ".", fields, &parameters, &mut out);
        out.0
    };
    let optional_inside = parameter("Filter", false, serde_json::json!([region_id(false)]));
    let required_inside = parameter("Filter", false, serde_json::json!([region_id(true)]));
    assert_eq!(
        mismatches(vec![region_id(true), optional_inside.clone()]),
        Vec::<String>::new()
    );
    assert_eq!(
        mismatches(vec![region_id(false), optional_inside]),
        Vec::<String>::new()
    );
    let nested = mismatches(vec![region_id(true), required_inside]);
    assert_eq!(nested.len(), 1, "{nested:?}");
    assert!(
        nested[0].starts_with("DescribeInstances.Filter.RegionId: required"),
        "{nested:?}"
    );
}
