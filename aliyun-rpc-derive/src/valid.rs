//! Rules that involve more than one key, field or variant, checked after parsing and before any
//! code is generated.

use std::collections::HashMap;

use syn::{GenericArgument, PathArguments, ReturnType, Type};

use crate::ast::{Body, Container, Derive, Field, Variant};
use crate::attr::PageRole;
use crate::ctxt::Ctxt;
use crate::symbol::{ACTION, ENDPOINT, PRODUCT, VERSION};

/// Common parameters that the client writes into every request; a field may not use their names.
///
/// The one list of them: the runtime takes it through `__common_parameters!` (a derive crate can
/// export nothing but macros, and cannot depend on the runtime), and a runtime test checks that
/// a signed request carries exactly these names.
///
/// `RegionId` is not among them: Domain does not send it and other products take it as an
/// ordinary parameter.
pub(crate) const COMMON_PARAMETERS: &[&str] = &[
    "Action",
    "Version",
    "Format",
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
    "SecurityToken",
];

/// Records every cross-cutting problem of `container`.
pub(crate) fn check(cx: &Ctxt, container: &Container<'_>) {
    check_generics(cx, container);
    if container.derive == Derive::Rpc {
        check_action(cx, container);
    }
    match &container.body {
        Body::Struct(fields) if container.derive == Derive::RpcPage => {
            check_page(cx, container, fields);
        }
        Body::Struct(fields) => {
            for field in fields {
                check_field(cx, field);
            }
            check_defaults(cx, container, fields);
            check_wire_names(cx, container.derive, fields);
            if container.derive == Derive::Rpc {
                check_paged_action(cx, container, fields);
            }
        }
        Body::Enum(variants) => check_wire_values(cx, variants),
        Body::Invalid => {}
    }
}

/// Actions, parameter structures and values are concrete types (a page may be generic: one
/// page type can serve several listings).
fn check_generics(cx: &Ctxt, container: &Container<'_>) {
    let generics = &container.original.generics;
    let kind = match container.derive {
        Derive::RpcValue => "enum",
        Derive::Rpc | Derive::RpcParams => "struct",
        Derive::RpcPage => return,
    };
    if !generics.params.is_empty() {
        cx.error_spanned_by(
            generics,
            format!(
                "`{}` cannot be derived for a generic {kind}",
                container.derive.name()
            ),
        );
    } else if let Some(clause) = &generics.where_clause {
        cx.error_spanned_by(
            clause,
            format!(
                "`{}` cannot be derived for a {kind} with a `where` clause",
                container.derive.name()
            ),
        );
    }
}

/// An action has a name and either a product or both a version and an endpoint.
fn check_action(cx: &Ctxt, container: &Container<'_>) {
    let attrs = &container.attrs;
    let ident = &container.original.ident;
    if !attrs.given(ACTION) {
        cx.error_spanned_by(
            ident,
            "missing action name; add `#[rpc(action = \"ActionName\")]`",
        );
    }
    if attrs.given(PRODUCT) {
        if let Some(version) = &attrs.version {
            cx.error_at(
                version.key,
                "`version` conflicts with `product`, which already sets the version",
            );
        }
        if let Some(endpoint) = &attrs.endpoint {
            cx.error_at(
                endpoint.key,
                "`endpoint` conflicts with `product`, which already sets the endpoint",
            );
        }
        return;
    }
    let missing = match (attrs.given(VERSION), attrs.given(ENDPOINT)) {
        (true, true) => return,
        (true, false) => {
            "missing `endpoint`; without `product`, an action needs both `version` and `endpoint`"
        }
        (false, true) => {
            "missing `version`; without `product`, an action needs both `version` and `endpoint`"
        }
        (false, false) => {
            "missing product; add `#[rpc(product = path::To::Product)]` or `#[rpc(version = \"YYYY-MM-DD\", endpoint = \"host\")]`"
        }
    };
    cx.error_spanned_by(ident, missing);
}

/// Keys that contradict each other on one field, impossible bounds and unsupported types.
fn check_field(cx: &Ctxt, field: &Field<'_>) {
    let attrs = &field.attrs;
    let others = [
        ("rename", attrs.rename.as_ref().map(|s| s.key)),
        ("flatten", attrs.flatten.as_ref().map(|s| s.key)),
        ("min", attrs.min.as_ref().map(|s| s.key)),
        ("max", attrs.max.as_ref().map(|s| s.key)),
        ("min_len", attrs.min_len.as_ref().map(|s| s.key)),
        ("max_len", attrs.max_len.as_ref().map(|s| s.key)),
        ("non_empty", attrs.non_empty.as_ref().map(|s| s.key)),
    ];
    if attrs.skip.is_some() {
        for (name, key) in others {
            if let Some(key) = key {
                cx.error_at(
                    key,
                    format!("`{name}` conflicts with `skip`; a skipped field is never sent"),
                );
            }
        }
        // A skipped field may have any type.
        return;
    }
    if attrs.flatten.is_some() {
        for (name, key) in others {
            let Some(key) = key else { continue };
            let message = match name {
                "flatten" => continue,
                "rename" => "`rename` conflicts with `flatten`; the fields of a flattened struct keep their own wire names".to_owned(),
                _ => format!("`{name}` conflicts with `flatten`; declare bounds on the fields of the flattened struct"),
            };
            cx.error_at(key, message);
        }
    }
    if let (Some(body), Some(_)) = (&attrs.body, &attrs.flatten) {
        cx.error_at(
            body.key,
            "`body` conflicts with `flatten`; mark the flattened struct's fields `body` instead",
        );
    }
    if attrs.json.is_some() {
        for (name, key) in others {
            let Some(key) = key else { continue };
            let message = match name {
                "rename" => continue,
                "flatten" => {
                    "`flatten` conflicts with `json`; a JSON-style value is sent as one parameter"
                        .to_owned()
                }
                _ => format!(
                    "`{name}` does not apply to a `json` field, which is sent as one JSON text; check it in a `validate` function"
                ),
            };
            cx.error_at(key, message);
        }
    }
    if let (Some(min), Some(max)) = (&attrs.min, &attrs.max)
        && min.value.value > max.value.value
    {
        cx.error_spanned_by(
            &max.value.expr,
            format!(
                "`max` ({}) is less than `min` ({})",
                max.value.value, min.value.value
            ),
        );
    }
    if let (Some(_), Some(min_len)) = (&attrs.non_empty, &attrs.min_len) {
        cx.error_at(
            min_len.key,
            "`min_len` conflicts with `non_empty`, which already sets `min_len = 1`",
        );
    }
    let min_len = match (&attrs.min_len, &attrs.non_empty) {
        (Some(min_len), _) => Some((min_len.value.value, "min_len")),
        (None, Some(_)) => Some((1, "non_empty")),
        (None, None) => None,
    };
    if let (Some((min_len, source)), Some(max_len)) = (min_len, &attrs.max_len)
        && min_len > max_len.value.value
    {
        let min_text = if source == "non_empty" {
            "`non_empty` (1)".to_owned()
        } else {
            format!("`min_len` ({min_len})")
        };
        cx.error_spanned_by(
            &max_len.value.expr,
            format!(
                "`max_len` ({}) is less than {min_text}",
                max_len.value.value
            ),
        );
    }
    check_type(cx, field.ty);
}

/// `default` says where the generated `new` starts a field; with `no_constructor` there is none.
fn check_defaults(cx: &Ctxt, container: &Container<'_>, fields: &[Field<'_>]) {
    if container.attrs.no_constructor.is_none() {
        return;
    }
    for default in fields
        .iter()
        .filter_map(|field| field.attrs.default.as_ref())
    {
        cx.error_at(
            default.key,
            "`default` has no effect with `no_constructor`: it says where the generated `new` \
             starts the field, and the struct writes its own `new`",
        );
    }
}

/// Rejects types that can never be parameters, on the offending part of the type. Other types are
/// left to the `ParamValue` bound of the generated code.
fn check_type(cx: &Ctxt, ty: &Type) {
    let problem = match ty {
        Type::Reference(_) => {
            "unsupported field type: a reference; use an owned type such as `String` or `Vec<T>`"
        }
        Type::Ptr(_) => "unsupported field type: a raw pointer",
        Type::Tuple(tuple) if tuple.elems.is_empty() => {
            "unsupported field type: `()` has no value to send; remove the field or mark it `#[rpc(skip)]`"
        }
        Type::Tuple(_) => {
            "unsupported field type: a tuple; declare a struct that derives `RpcParams`"
        }
        Type::BareFn(_) => "unsupported field type: a function pointer",
        Type::TraitObject(_) => "unsupported field type: a trait object",
        Type::ImplTrait(_) => "unsupported field type: `impl Trait`",
        Type::Never(_) => "unsupported field type: `!`",
        Type::Macro(_) => "unsupported field type: a macro; write the type out",
        Type::Slice(_) => "unsupported field type: a slice; use `Vec<T>`",
        Type::Array(array) => return check_type(cx, &array.elem),
        Type::Paren(paren) => return check_type(cx, &paren.elem),
        Type::Group(group) => return check_type(cx, &group.elem),
        Type::Path(path) => {
            if let Some(qself) = &path.qself {
                check_type(cx, &qself.ty);
            }
            for segment in &path.path.segments {
                match &segment.arguments {
                    PathArguments::AngleBracketed(arguments) => {
                        for argument in &arguments.args {
                            if let GenericArgument::Type(inner) = argument {
                                check_type(cx, inner);
                            }
                        }
                    }
                    PathArguments::Parenthesized(arguments) => {
                        for input in &arguments.inputs {
                            check_type(cx, input);
                        }
                        if let ReturnType::Type(_, output) = &arguments.output {
                            check_type(cx, output);
                        }
                    }
                    PathArguments::None => {}
                }
            }
            return;
        }
        _ => return,
    };
    cx.error_spanned_by(ty, problem);
}

/// No two fields share a wire name, and none takes a common parameter's name.
fn check_wire_names(cx: &Ctxt, derive: Derive, fields: &[Field<'_>]) {
    let mut seen: HashMap<&str, &Field<'_>> = HashMap::new();
    for field in fields {
        if field.is_skipped() || field.is_flattened() {
            continue;
        }
        if let Some(first) = seen.get(field.wire_name.as_str()) {
            cx.error_at(
                field.wire_span(),
                format!(
                    "wire name `{}` is already used by field `{}`",
                    field.wire_name, first.rust_name
                ),
            );
            continue;
        }
        seen.insert(&field.wire_name, field);
        if derive == Derive::Rpc && COMMON_PARAMETERS.contains(&field.wire_name.as_str()) {
            cx.error_at(
                field.wire_span(),
                format!(
                    "wire name `{}` is a common parameter the client sets",
                    field.wire_name
                ),
            );
        }
    }
}

/// No two variants share a wire value.
fn check_wire_values(cx: &Ctxt, variants: &[Variant<'_>]) {
    let mut seen: HashMap<&str, &Variant<'_>> = HashMap::new();
    for variant in variants {
        if let Some(first) = seen.get(variant.wire_value.as_str()) {
            cx.error_at(
                variant.wire_span(),
                format!(
                    "wire value `{}` is already used by variant `{}`",
                    variant.wire_value, first.ident
                ),
            );
            continue;
        }
        seen.insert(&variant.wire_value, variant);
    }
}

/// Each field plays at most one part in paging.
fn single_roles<'f>(cx: &Ctxt, fields: &'f [Field<'f>]) -> Vec<(&'f Field<'f>, PageRole)> {
    let mut found = Vec::new();
    for field in fields {
        let mut roles = field.attrs.page_roles.iter();
        let Some(first) = roles.next() else { continue };
        for extra in roles {
            cx.error_at(
                extra.key,
                format!(
                    "`{}` conflicts with `{}`; a field plays one part in paging",
                    extra.value.key(),
                    first.value.key()
                ),
            );
        }
        found.push((field, first.value));
    }
    found
}

/// A paged action has one paging field, sent with every request, and a response that is a page.
fn check_paged_action(cx: &Ctxt, container: &Container<'_>, fields: &[Field<'_>]) {
    let paged = single_roles(cx, fields);
    for (field, role) in &paged {
        let key = field.attrs.page_roles[0].key;
        if field.is_skipped() || field.is_flattened() {
            let other = if field.is_skipped() {
                "skip"
            } else {
                "flatten"
            };
            cx.error_at(
                key,
                format!(
                    "`{}` conflicts with `{other}`; the field must be sent as itself",
                    role.key()
                ),
            );
        }
    }
    if let [(first, _), rest @ ..] = paged.as_slice() {
        for (field, role) in rest {
            cx.error_at(
                field.attrs.page_roles[0].key,
                format!(
                    "`{}` on a second field; `{}` already chooses the page",
                    role.key(),
                    first.rust_name
                ),
            );
        }
        if container.attrs.response.is_none() {
            cx.error_at(
                first.attrs.page_roles[0].key,
                "a paged action needs `response = PageType`, a type that derives `RpcPage`",
            );
        }
    }
}

/// A page has one field of items, and each other part at most once.
fn check_page(cx: &Ctxt, container: &Container<'_>, fields: &[Field<'_>]) {
    let roles = single_roles(cx, fields);
    let mut seen: HashMap<PageRole, &Field<'_>> = HashMap::new();
    for (field, role) in roles {
        if let Some(first) = seen.get(&role) {
            cx.error_at(
                field.attrs.page_roles[0].key,
                format!("`{}` is already on field `{}`", role.key(), first.rust_name),
            );
            continue;
        }
        seen.insert(role, field);
    }
    if !seen.contains_key(&PageRole::Items) {
        cx.error_spanned_by(
            &container.original.ident,
            "a page needs its list of items; mark that field `#[rpc(items)]`",
        );
    }
}
