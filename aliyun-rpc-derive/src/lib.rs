//! Derive macros for `aliyun-rpc`. Depend on `aliyun-rpc` and use them as
//! `aliyun_rpc::{Rpc, RpcParams, RpcValue}`; this crate is an implementation detail.
//!
//! Each derive parses its input into a typed model (`ast.rs`, `attr.rs`), checks the rules that
//! span several keys or fields (`valid.rs`), and generates code (`expand.rs`). Every problem is
//! collected (`ctxt.rs`) and reported in one pass; with errors, a stub implementation is emitted
//! beside them (`fallback.rs`) so that only the real mistakes are shown.

#![forbid(unsafe_code)]

extern crate proc_macro;

mod ast;
mod attr;
mod case;
mod constructor;
mod ctxt;
mod expand;
mod fallback;
mod read_action;
mod spelled;
mod symbol;
mod valid;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

use crate::ast::Derive;

/// Derives `aliyun_rpc::RpcAction` for a struct with named fields, one per action parameter.
///
/// ```ignore
/// #[derive(aliyun_rpc::Rpc)]
/// #[rpc(action = "DescribeRegions", version = "2014-05-26", endpoint = "ecs.aliyuncs.com", idempotent)]
/// struct DescribeRegions {
///     region_id: Option<String>,
///     accept_language: Option<String>,
/// }
/// ```
///
/// Container keys, in `#[rpc(...)]` on the struct:
///
/// - `action = "Name"` (required): the `Action` parameter.
/// - `product = path::To::Product`: a type implementing `aliyun_rpc::Product`, which supplies the
///   version and endpoint; or else both `version = "YYYY-MM-DD"` and `endpoint = "host"`.
/// - `response = Type`: the decoded success response (default `aliyun_rpc::GenericResponse`).
/// - `idempotent` or `idempotent = bool`: whether the action may be resent after an ambiguous
///   failure. The default is `true` for reads, actions whose name begins with the word
///   `Describe`, `Query`, `List`, `Get` or `Check`, and `false` for every other action, so a paid
///   order is never resent unless its declaration says so.
/// - `validate = path::to_fn`: a `fn(&Self, &mut aliyun_rpc::ParamWriter)` called after every
///   field is written, to record problems that span several fields.
/// - `crate = "path"`: where the runtime is, when it is re-exported under another name.
/// - `no_constructor`: no generated `new` (the setters stay), for a struct that writes its own
///   `new`; without it, a hand-written `new` is a second definition of the name.
///
/// Field keys, in `#[rpc(...)]` on a field:
///
/// - `rename = "Wire"`: the wire name (default: the field name in PascalCase, word by word:
///   `db_instance_id` → `DbInstanceId`). Alibaba writes some acronyms in capitals
///   (`DBInstanceId`, `RRKeyWord`, `TTL`), and such names need `rename`. With `product = P`,
///   every wire name is checked at compile time against `P::PARAMETER_NAMES` (when the product
///   lists them), so a name the product does not know fails to compile, on the field.
/// - `skip`: not sent.
/// - `flatten`: the field's type derives `RpcParams`; its fields are written without a prefix.
/// - `body`: the parameter goes in the form body however short the request (the metadata's
///   `formData` position).
/// - `json`: the value is sent as one parameter holding its compact JSON text (the metadata's
///   `json` style); the type implements `serde::Serialize`, and takes no bounds.
/// - `min = n`, `max = n`: bounds of an integer, or of each integer of a list.
/// - `min_len = n`, `max_len = n`, `non_empty`: bounds of the length of a string or list.
/// - `page_number` or `next_token`: the field chooses the page of a listing, whose `response`
///   derives [`RpcPage`](macro@RpcPage); the action then implements `aliyun_rpc::Paginated`
///   and streams with `Client::items`.
/// - `default` or `default = expr`: the generated `new` does not take the field, and starts it
///   at `Default::default()` or at `expr` (of the field's type, as `default = Some(100)`).
///
/// Besides the trait, the derive generates, with the struct's visibility:
///
/// - `fn new(<required fields>) -> Self`, taking in declaration order every field that is not an
///   `Option`, a `Vec` that may be empty (without `non_empty` or `min_len >= 1`), a `page_number`
///   or `next_token` field, `skip` or `default`. A `String` is taken as `impl Into<String>`, a
///   `Vec<String>` as `impl IntoIterator<Item = impl Into<String>>`, another `Vec<T>` as
///   `impl IntoIterator<Item = T>`, any other type as itself (an integer literal must infer).
///   The other fields start as `None`, empty, their `default`, or (a `page_number` that is not an
///   `Option`) 1.
/// - `fn with_<field>(self, value) -> Self` for every field `new` does not take, taking the value
///   by the same rule (`T` for an `Option<T>`, which it sets to `Some`); a list's replaces the
///   list.
#[proc_macro_derive(Rpc, attributes(rpc))]
pub fn derive_rpc(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, Derive::Rpc).into()
}

/// Derives `aliyun_rpc::RpcParams` and `aliyun_rpc::ParamValue` for a structure whose fields are
/// sent as `Prefix.Field` (or `Prefix.N.Field` inside a list).
///
/// Accepts the field keys of [`Rpc`](macro@Rpc), and the container keys `validate`, `crate` and
/// `no_constructor`; generates the same `new` and `with_` setters.
#[proc_macro_derive(RpcParams, attributes(rpc))]
pub fn derive_rpc_params(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, Derive::RpcParams).into()
}

/// Derives `aliyun_rpc::RpcValue` and `aliyun_rpc::ParamValue` for an enum of unit variants, each
/// sent as a fixed string.
///
/// The wire value is the variant name as written, or `rename = "value"` on the variant, or the
/// name converted by `rename_all = "…"` on the enum (`lowercase`, `UPPERCASE`, `PascalCase`,
/// `camelCase`, `snake_case`, `SCREAMING_SNAKE_CASE`, `kebab-case`). `crate = "path"` is accepted.
#[proc_macro_derive(RpcValue, attributes(rpc))]
pub fn derive_rpc_value(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, Derive::RpcValue).into()
}

/// Derives `aliyun_rpc::Page` for one page of a listing's response, so that the listing streams
/// with `Client::items` and `Client::pages`.
///
/// Mark the list of items `#[rpc(items)]` (a `Vec<T>` or `Option<Vec<T>>`), and whichever of
/// these the response has:
///
/// - `next_page`: a `bool` saying another page follows (`NextPage`);
/// - `total_items`: items over all pages (`TotalItemNum`, `TotalCount`);
/// - `total_pages`: pages in all (`TotalPageNum`);
/// - `page_number`: the page number answered (`CurrentPageNum`, `PageNumber`);
/// - `next_token`: the token of the next page (`NextToken`).
///
/// The action's own field that chooses the page is marked `#[rpc(page_number)]` or
/// `#[rpc(next_token)]` in its `#[derive(Rpc)]`. The struct may be generic, so that one page type
/// serves several listings. `crate = "path"` is accepted.
#[proc_macro_derive(RpcPage, attributes(rpc))]
pub fn derive_rpc_page(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, Derive::RpcPage).into()
}

/// The names of the common parameters, which the client writes into requests itself and no
/// field may take, as a `&[&str]` expression: the one list, read by the derives' checks here and
/// by the runtime's request builder (`aliyun_rpc` defines its constant with it). Not for other
/// use; it may change in any release.
#[doc(hidden)]
#[proc_macro]
pub fn __common_parameters(input: TokenStream) -> TokenStream {
    if let Some(token) = proc_macro2::TokenStream::from(input).into_iter().next() {
        return syn::Error::new(token.span(), "`__common_parameters!` takes no input")
            .to_compile_error()
            .into();
    }
    let names = valid::COMMON_PARAMETERS;
    quote::quote!(&[#(#names),*]).into()
}
