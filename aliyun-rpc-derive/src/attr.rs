//! Parsing of `#[rpc(...)]` attributes into typed settings that keep the spans of their keys.
//!
//! Every problem is recorded in the [`Ctxt`] and parsing carries on with the next key, so that one
//! compilation reports every mistake. Checks that involve two keys live in `valid.rs`.

use proc_macro2::{Span, TokenTree};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprPath, ExprUnary, Lit, LitStr, Path, Token, Type, UnOp};

use crate::ast::Derive;
use crate::case::{self, RULES, RenameRule};
use crate::ctxt::Ctxt;
use crate::symbol::{
    ACTION, BODY, CONTAINER_KEYS, CRATE, DEFAULT, ENDPOINT, FIELD_KEYS, FLATTEN, IDEMPOTENT, ITEMS,
    JSON, MAX, MAX_LEN, MIN, MIN_LEN, NEXT_PAGE, NEXT_TOKEN, NO_CONSTRUCTOR, NON_EMPTY,
    PAGE_FIELD_KEYS, PAGE_NUMBER, PRODUCT, RENAME, RENAME_ALL, REQUEST_PAGE_KEYS, RESPONSE, RPC,
    SKIP, Symbol, TOTAL_ITEMS, TOTAL_PAGES, VALIDATE, VARIANT_KEYS, VERSION, closest,
};

/// A value set by one key, with the span of that key.
pub(crate) struct Setting<T> {
    /// The span of the key (`min` in `min = 1`).
    pub(crate) key: Span,
    /// The parsed value.
    pub(crate) value: T,
}

/// An integer bound together with the expression that wrote it, for messages about the value.
pub(crate) struct Bound<T> {
    /// The bound.
    pub(crate) value: T,
    /// The literal as written (`-5`).
    pub(crate) expr: Expr,
}

/// The keys of `#[rpc(...)]` on a struct or enum.
#[derive(Default)]
pub(crate) struct ContainerAttrs {
    /// The keys among `action`, `product`, `version` and `endpoint` that were written, even
    /// with an invalid value, so that a bad value is not also reported as missing.
    pub(crate) given: Vec<Symbol>,
    /// `action = "Name"`.
    pub(crate) action: Option<Setting<LitStr>>,
    /// `product = path::To::Product`.
    pub(crate) product: Option<Setting<Type>>,
    /// `version = "YYYY-MM-DD"`.
    pub(crate) version: Option<Setting<LitStr>>,
    /// `endpoint = "host"`.
    pub(crate) endpoint: Option<Setting<LitStr>>,
    /// `response = Type`.
    pub(crate) response: Option<Setting<Type>>,
    /// `idempotent` or `idempotent = bool`.
    pub(crate) idempotent: Option<Setting<bool>>,
    /// `validate = path::to_fn`.
    pub(crate) validate: Option<Setting<ExprPath>>,
    /// `crate = "path"`.
    pub(crate) crate_path: Option<Setting<Path>>,
    /// `rename_all = "rule"`.
    pub(crate) rename_all: Option<Setting<RenameRule>>,
    /// `no_constructor`: the struct writes its own `new`.
    pub(crate) no_constructor: Option<Setting<()>>,
}

impl ContainerAttrs {
    /// Whether `key` was written, even with an invalid value.
    pub(crate) fn given(&self, key: Symbol) -> bool {
        self.given.contains(&key)
    }
}

/// The keys of `#[rpc(...)]` on a field.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    /// `rename = "Wire"`.
    pub(crate) rename: Option<Setting<LitStr>>,
    /// `skip`.
    pub(crate) skip: Option<Setting<()>>,
    /// `flatten`.
    pub(crate) flatten: Option<Setting<()>>,
    /// `json`: the value is sent as one JSON text.
    pub(crate) json: Option<Setting<()>>,
    /// `body`: the parameter goes in the form body.
    pub(crate) body: Option<Setting<()>>,
    /// `min = integer`.
    pub(crate) min: Option<Setting<Bound<i128>>>,
    /// `max = integer`.
    pub(crate) max: Option<Setting<Bound<i128>>>,
    /// `min_len = integer`.
    pub(crate) min_len: Option<Setting<Bound<usize>>>,
    /// `max_len = integer`.
    pub(crate) max_len: Option<Setting<Bound<usize>>>,
    /// `non_empty`.
    pub(crate) non_empty: Option<Setting<()>>,
    /// `default` (`None` inside) or `default = expr`: where the generated `new` starts the field.
    pub(crate) default: Option<Setting<Option<Expr>>>,
    /// `page_number`, `next_token`, `items`, `next_page`, `total_items`, `total_pages`: what the
    /// field is to pagination, in the order written.
    pub(crate) page_roles: Vec<Setting<PageRole>>,
}

/// What a field is to pagination.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum PageRole {
    /// An action's page number, or the number a page answers.
    PageNumber,
    /// An action's token, or the token a page gives for the next one.
    NextToken,
    /// A page's list of items.
    Items,
    /// A page's flag that another page follows.
    NextPage,
    /// A page's count of items over all pages.
    TotalItems,
    /// A page's count of pages.
    TotalPages,
}

impl PageRole {
    /// Every role, with its key.
    pub(crate) const ALL: [(Symbol, PageRole); 6] = [
        (PAGE_NUMBER, PageRole::PageNumber),
        (NEXT_TOKEN, PageRole::NextToken),
        (ITEMS, PageRole::Items),
        (NEXT_PAGE, PageRole::NextPage),
        (TOTAL_ITEMS, PageRole::TotalItems),
        (TOTAL_PAGES, PageRole::TotalPages),
    ];

    /// The role's key as written.
    pub(crate) fn key(self) -> Symbol {
        PageRole::ALL
            .iter()
            .find(|(_, role)| *role == self)
            .map(|(key, _)| *key)
            .expect("every role has a key")
    }
}

/// The keys of `#[rpc(...)]` on an enum variant.
#[derive(Default)]
pub(crate) struct VariantAttrs {
    /// `rename = "wire value"`.
    pub(crate) rename: Option<Setting<LitStr>>,
}

/// Where an attribute was written, for messages about keys that belong elsewhere.
#[derive(Copy, Clone)]
enum Place {
    /// On the struct or enum.
    Container(Derive),
    /// On a field of a struct deriving this.
    Field(Derive),
    /// On a variant of an enum.
    Variant,
}

impl Place {
    /// The keys accepted here.
    fn keys(self) -> Vec<Symbol> {
        match self {
            Place::Container(derive) => CONTAINER_KEYS
                .iter()
                .copied()
                .filter(|&key| derive.accepts(key))
                .collect(),
            Place::Field(Derive::Rpc) => [FIELD_KEYS, REQUEST_PAGE_KEYS].concat(),
            Place::Field(Derive::RpcPage) => PAGE_FIELD_KEYS.to_vec(),
            Place::Field(_) => FIELD_KEYS.to_vec(),
            Place::Variant => VARIANT_KEYS.to_vec(),
        }
    }

    /// `rpc attribute`, `rpc field attribute`, `rpc variant attribute`.
    fn noun(self) -> &'static str {
        match self {
            Place::Container(_) => "rpc attribute",
            Place::Field(_) => "rpc field attribute",
            Place::Variant => "rpc variant attribute",
        }
    }
}

/// One key that may be given at most once; a second occurrence is reported on its key.
struct Once<'c, T> {
    cx: &'c Ctxt,
    name: Symbol,
    seen: bool,
    setting: Option<Setting<T>>,
}

impl<'c, T> Once<'c, T> {
    fn new(cx: &'c Ctxt, name: Symbol) -> Self {
        Once {
            cx,
            name,
            seen: false,
            setting: None,
        }
    }

    /// Records the key of `meta`, parsing its value with `parse` unless the key was already given;
    /// `parse` returns `None` when the value is invalid (and has reported why).
    fn set(&mut self, meta: &ParseNestedMeta<'_>, parse: impl FnOnce() -> Option<T>) {
        if self.seen {
            self.cx.error_spanned_by(
                &meta.path,
                format!("duplicate rpc attribute `{}`", self.name),
            );
            skip_to_comma(meta.input);
            return;
        }
        self.seen = true;
        self.setting = parse().map(|value| Setting {
            key: meta.path.span(),
            value,
        });
    }

    /// Whether the key was written, even with an invalid value.
    fn given(&self) -> bool {
        self.seen
    }

    fn get(self) -> Option<Setting<T>> {
        self.setting
    }
}

/// Parses every `#[rpc(...)]` on a struct or enum deriving `derive`.
pub(crate) fn container(cx: &Ctxt, attrs: &[Attribute], derive: Derive) -> ContainerAttrs {
    let mut action = Once::new(cx, ACTION);
    let mut product = Once::new(cx, PRODUCT);
    let mut version = Once::new(cx, VERSION);
    let mut endpoint = Once::new(cx, ENDPOINT);
    let mut response = Once::new(cx, RESPONSE);
    let mut idempotent = Once::new(cx, IDEMPOTENT);
    let mut validate = Once::new(cx, VALIDATE);
    let mut crate_path = Once::new(cx, CRATE);
    let mut rename_all = Once::new(cx, RENAME_ALL);
    let mut no_constructor = Once::new(cx, NO_CONSTRUCTOR);
    let place = Place::Container(derive);

    for_each_key(cx, attrs, place, |meta, key| match key {
        ACTION => action.set(meta, || value(cx, meta, key, action_name)),
        PRODUCT => product.set(meta, || value(cx, meta, key, type_not_string)),
        VERSION => version.set(meta, || value(cx, meta, key, version_date)),
        ENDPOINT => endpoint.set(meta, || value(cx, meta, key, endpoint_host)),
        RESPONSE => response.set(meta, || value(cx, meta, key, type_not_string)),
        IDEMPOTENT => idempotent.set(meta, || flag_or_bool(cx, meta, key)),
        VALIDATE => validate.set(meta, || value(cx, meta, key, function_path)),
        CRATE => crate_path.set(meta, || value(cx, meta, key, crate_path_string)),
        RENAME_ALL => rename_all.set(meta, || value(cx, meta, key, rename_rule)),
        NO_CONSTRUCTOR => no_constructor.set(meta, || flag(cx, meta, key)),
        _ => unreachable!("`{key}` is not a container key"),
    });

    let given = [
        (ACTION, action.given()),
        (PRODUCT, product.given()),
        (VERSION, version.given()),
        (ENDPOINT, endpoint.given()),
    ]
    .into_iter()
    .filter_map(|(key, given)| given.then_some(key))
    .collect();
    ContainerAttrs {
        given,
        action: action.get(),
        product: product.get(),
        version: version.get(),
        endpoint: endpoint.get(),
        response: response.get(),
        idempotent: idempotent.get(),
        validate: validate.get(),
        crate_path: crate_path.get(),
        rename_all: rename_all.get(),
        no_constructor: no_constructor.get(),
    }
}

/// Parses every `#[rpc(...)]` on a field of a struct deriving `derive`.
pub(crate) fn field(cx: &Ctxt, attrs: &[Attribute], derive: Derive) -> FieldAttrs {
    let mut rename = Once::new(cx, RENAME);
    let mut skip = Once::new(cx, SKIP);
    let mut flatten = Once::new(cx, FLATTEN);
    let mut json = Once::new(cx, JSON);
    let mut body = Once::new(cx, BODY);
    let mut min = Once::new(cx, MIN);
    let mut max = Once::new(cx, MAX);
    let mut min_len = Once::new(cx, MIN_LEN);
    let mut max_len = Once::new(cx, MAX_LEN);
    let mut non_empty = Once::new(cx, NON_EMPTY);
    let mut default = Once::new(cx, DEFAULT);
    let mut page_roles = PageRole::ALL.map(|(key, role)| (role, Once::new(cx, key)));

    for_each_key(cx, attrs, Place::Field(derive), |meta, key| match key {
        RENAME => rename.set(meta, || value(cx, meta, key, wire_name)),
        SKIP => skip.set(meta, || flag(cx, meta, key)),
        FLATTEN => flatten.set(meta, || flag(cx, meta, key)),
        JSON => json.set(meta, || flag(cx, meta, key)),
        BODY => body.set(meta, || flag(cx, meta, key)),
        MIN => min.set(meta, || value(cx, meta, key, integer)),
        MAX => max.set(meta, || value(cx, meta, key, integer)),
        MIN_LEN => min_len.set(meta, || value(cx, meta, key, length)),
        MAX_LEN => max_len.set(meta, || value(cx, meta, key, length)),
        NON_EMPTY => non_empty.set(meta, || flag(cx, meta, key)),
        DEFAULT => default.set(meta, || flag_or_value(cx, meta, key, expression)),
        _ => match page_roles.iter_mut().find(|(role, _)| role.key() == key) {
            Some((role, once)) => {
                let role = *role;
                once.set(meta, || flag(cx, meta, key).map(|()| role));
            }
            None => unreachable!("`{key}` is not a field key"),
        },
    });

    FieldAttrs {
        rename: rename.get(),
        skip: skip.get(),
        flatten: flatten.get(),
        json: json.get(),
        body: body.get(),
        min: min.get(),
        max: max.get(),
        min_len: min_len.get(),
        max_len: max_len.get(),
        non_empty: non_empty.get(),
        default: default.get(),
        page_roles: page_roles
            .into_iter()
            .filter_map(|(_, once)| once.get())
            .collect(),
    }
}

/// Parses every `#[rpc(...)]` on an enum variant.
pub(crate) fn variant(cx: &Ctxt, attrs: &[Attribute]) -> VariantAttrs {
    let mut rename = Once::new(cx, RENAME);
    for_each_key(cx, attrs, Place::Variant, |meta, key| {
        if key == RENAME {
            rename.set(meta, || value(cx, meta, key, wire_value));
        }
    });
    VariantAttrs {
        rename: rename.get(),
    }
}

/// The container's `crate = "…"` override, read on its own for the fallback output.
pub(crate) fn runtime_path(attrs: &ContainerAttrs) -> proc_macro2::TokenStream {
    match &attrs.crate_path {
        Some(setting) => setting.value.to_token_stream(),
        None => quote::quote!(::aliyun_rpc),
    }
}

/// Calls `handle` for every key accepted at `place` in every `#[rpc(...)]` of `attrs`, and
/// reports the others.
fn for_each_key(
    cx: &Ctxt,
    attrs: &[Attribute],
    place: Place,
    mut handle: impl FnMut(&ParseNestedMeta<'_>, Symbol),
) {
    let accepted = place.keys();
    for attr in attrs.iter().filter(|attr| attr.path() == &RPC) {
        let result = attr.parse_nested_meta(|meta| {
            match Symbol::find(&accepted, &meta.path) {
                Some(key) => handle(&meta, key),
                None => {
                    misplaced_or_unknown(cx, &meta.path, place, &accepted);
                    skip_to_comma(meta.input);
                }
            }
            Ok(())
        });
        if let Err(error) = result {
            cx.syn_error(error);
        }
    }
}

/// Reports a key that `place` does not accept: one that belongs elsewhere, or a misspelling.
fn misplaced_or_unknown(cx: &Ctxt, path: &Path, place: Place, accepted: &[Symbol]) {
    let on_container = Symbol::find(CONTAINER_KEYS, path);
    let on_field = Symbol::find(FIELD_KEYS, path);
    let on_page = Symbol::find(PAGE_FIELD_KEYS, path);
    let message = match (place, on_container, on_field) {
        (Place::Field(Derive::RpcPage), None, Some(key)) => format!(
            "`{key}` has no meaning on a page; a field of `#[derive(RpcPage)]` takes `items`, \
             `next_page`, `total_items`, `total_pages`, `page_number` or `next_token`"
        ),
        (Place::Field(Derive::Rpc), None, None) if on_page.is_some() => format!(
            "`{}` belongs on a field of the response page (`#[derive(RpcPage)]`); an \
             action's field takes `page_number` or `next_token`",
            on_page.expect("checked")
        ),
        (Place::Field(_) | Place::Container(_) | Place::Variant, None, None)
            if on_page.is_some() =>
        {
            format!(
                "`{}` belongs on a field of an action (`#[derive(Rpc)]`) or of a page \
             (`#[derive(RpcPage)]`)",
                on_page.expect("checked")
            )
        }
        (Place::Field(_), Some(key), _) => {
            format!("`{key}` is a container attribute; put it on the struct")
        }
        (Place::Variant, Some(key), _) => {
            format!("`{key}` is a container attribute; put it on the enum")
        }
        (Place::Container(_), Some(key), _) => {
            let owner = if key == RENAME_ALL {
                "`#[derive(RpcValue)]`"
            } else if key == VALIDATE || key == NO_CONSTRUCTOR {
                "`#[derive(Rpc)]` or `#[derive(RpcParams)]`"
            } else {
                "`#[derive(Rpc)]`"
            };
            format!("`{key}` belongs on {owner}")
        }
        (Place::Container(Derive::RpcValue), _, Some(RENAME)) => {
            "`rename` is a variant attribute; put it on a variant".to_owned()
        }
        (Place::Container(_), _, Some(key)) => {
            format!("`{key}` is a field attribute; put it on a field")
        }
        (Place::Variant, _, Some(key)) => {
            format!("`{key}` is a field attribute; an `RpcValue` variant accepts only `rename`")
        }
        _ => {
            let written = path_text(path);
            let candidates = accepted.iter().map(|key| key.as_str());
            match closest(&written, candidates) {
                Some(near) => format!(
                    "unknown {} `{written}`, did you mean `{near}`?",
                    place.noun()
                ),
                None => format!("unknown {} `{written}`", place.noun()),
            }
        }
    };
    cx.error_spanned_by(path, message);
}

/// A path as written, without spaces: `a::b`.
fn path_text(path: &Path) -> String {
    path.to_token_stream().to_string().replace(' ', "")
}

/// Consumes the rest of the current key (`= value` or `(...)`), up to the next top-level comma.
fn skip_to_comma(input: ParseStream<'_>) {
    let _ = input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tree, next)) = rest.token_tree() {
            if let TokenTree::Punct(punct) = &tree
                && punct.as_char() == ','
            {
                break;
            }
            rest = next;
        }
        Ok(((), rest))
    });
}

/// A parser for the value of one key.
type ValueParser<T> = fn(ParseStream<'_>, Symbol) -> syn::Result<T>;

/// Parses `= value` after `key`; on failure records the error, skips the value and returns `None`.
fn value<T>(
    cx: &Ctxt,
    meta: &ParseNestedMeta<'_>,
    key: Symbol,
    parse: ValueParser<T>,
) -> Option<T> {
    if !meta.input.peek(Token![=]) {
        cx.error_spanned_by(
            &meta.path,
            format!("`{key}` needs a value, as `{key} = {}`", example(key)),
        );
        skip_to_comma(meta.input);
        return None;
    }
    match meta.value().and_then(|input| parse(input, key)) {
        Ok(value) => Some(value),
        Err(error) => {
            cx.syn_error(error);
            skip_to_comma(meta.input);
            None
        }
    }
}

/// A flag such as `skip`, which takes no value.
fn flag(cx: &Ctxt, meta: &ParseNestedMeta<'_>, key: Symbol) -> Option<()> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        return Some(());
    }
    let rest = meta.input.fork();
    let _ = rest.parse::<Token![=]>();
    let shown = rest
        .cursor()
        .token_tree()
        .map_or_else(|| meta.path.span(), |(tree, _)| tree.span());
    cx.error_at(
        shown,
        format!("`{key}` is a flag and takes no value; write `{key}` alone"),
    );
    skip_to_comma(meta.input);
    None
}

/// `idempotent` alone, or `idempotent = true|false`.
fn flag_or_bool(cx: &Ctxt, meta: &ParseNestedMeta<'_>, key: Symbol) -> Option<bool> {
    if meta.input.peek(Token![=]) {
        value(cx, meta, key, boolean)
    } else {
        flag(cx, meta, key).map(|()| true)
    }
}

/// `default` alone, or `default = expr`.
fn flag_or_value<T>(
    cx: &Ctxt,
    meta: &ParseNestedMeta<'_>,
    key: Symbol,
    parse: ValueParser<T>,
) -> Option<Option<T>> {
    if meta.input.peek(Token![=]) {
        value(cx, meta, key, parse).map(Some)
    } else {
        flag(cx, meta, key).map(|()| None)
    }
}

/// How a key's value is written, for messages.
fn example(key: Symbol) -> &'static str {
    match key {
        ACTION => "\"DescribeRegions\"",
        PRODUCT => "crate::Ecs",
        VERSION => "\"2014-05-26\"",
        ENDPOINT => "\"ecs.aliyuncs.com\"",
        RESPONSE => "DescribeRegionsResponse",
        IDEMPOTENT => "true",
        VALIDATE => "check_request",
        CRATE => "\"aliyun_rpc\"",
        RENAME_ALL => "\"snake_case\"",
        RENAME => "\"RegionId\"",
        MIN | MAX => "1",
        DEFAULT => "Some(100)",
        _ => "1",
    }
}

/// The error for a value of the wrong kind, spanned on the value.
fn wrong_kind<T: ToTokens>(value: T, key: Symbol, expected: &str) -> syn::Error {
    syn::Error::new_spanned(
        value,
        format!("`{key}` takes {expected}, as `{key} = {}`", example(key)),
    )
}

/// A string literal; anything else is reported on the value.
fn string(input: ParseStream<'_>, key: Symbol) -> syn::Result<LitStr> {
    if input.peek(LitStr) {
        return input.parse();
    }
    let found: Expr = input.parse()?;
    Err(wrong_kind(found, key, "a string literal"))
}

/// `action = "Name"`: letters and digits only.
fn action_name(input: ParseStream<'_>, key: Symbol) -> syn::Result<LitStr> {
    let name = string(input, key)?;
    let value = name.value();
    if value.is_empty() {
        return Err(syn::Error::new(
            name.span(),
            "`action` needs a non-empty name, as `action = \"DescribeRegions\"`",
        ));
    }
    if !value.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        return Err(syn::Error::new(
            name.span(),
            format!(
                "action name `{value}` must be ASCII letters and digits only, as `DescribeRegions`"
            ),
        ));
    }
    Ok(name)
}

/// `version = "YYYY-MM-DD"`.
fn version_date(input: ParseStream<'_>, key: Symbol) -> syn::Result<LitStr> {
    let version = string(input, key)?;
    let value = version.value();
    let bytes = value.as_bytes();
    let shaped = bytes.len() == 10
        && bytes
            .iter()
            .enumerate()
            .all(|(position, byte)| match position {
                4 | 7 => *byte == b'-',
                _ => byte.is_ascii_digit(),
            });
    let month = value.get(5..7).and_then(|month| month.parse::<u8>().ok());
    let day = value.get(8..10).and_then(|day| day.parse::<u8>().ok());
    let plausible = matches!(month, Some(1..=12)) && matches!(day, Some(1..=31));
    if !(shaped && plausible) {
        return Err(syn::Error::new(
            version.span(),
            format!("version `{value}` is not a date written `YYYY-MM-DD`, as `2014-05-26`"),
        ));
    }
    Ok(version)
}

/// `endpoint = "host"`: a host name without scheme or path.
fn endpoint_host(input: ParseStream<'_>, key: Symbol) -> syn::Result<LitStr> {
    let host = string(input, key)?;
    let value = host.value();
    let problem = if value.is_empty() {
        Some("endpoint is empty")
    } else if value.contains("://") {
        Some("endpoint must be a host name without a scheme")
    } else if value.contains('/') || value.contains(char::is_whitespace) {
        Some("endpoint must be a host name without a path or whitespace")
    } else {
        None
    };
    match problem {
        Some(problem) => Err(syn::Error::new(
            host.span(),
            format!("{problem}, as `endpoint = \"ecs.aliyuncs.com\"`"),
        )),
        None => Ok(host),
    }
}

/// A type such as `crate::Domain`; a string literal is reported as one.
fn type_not_string(input: ParseStream<'_>, key: Symbol) -> syn::Result<Type> {
    if input.peek(LitStr) {
        let quoted: LitStr = input.parse()?;
        return Err(syn::Error::new(
            quoted.span(),
            format!(
                "`{key}` takes a type, not a string; write `{key} = {}`",
                quoted.value()
            ),
        ));
    }
    input.parse()
}

/// Any expression, such as `Some(100)`; its type is checked where the generated `new` uses it.
fn expression(input: ParseStream<'_>, _key: Symbol) -> syn::Result<Expr> {
    input.parse()
}

/// A path to a function, such as `check_request`.
fn function_path(input: ParseStream<'_>, key: Symbol) -> syn::Result<ExprPath> {
    if input.peek(LitStr) {
        let quoted: LitStr = input.parse()?;
        return Err(syn::Error::new(
            quoted.span(),
            format!(
                "`{key}` takes a function path, not a string; write `{key} = {}`",
                quoted.value()
            ),
        ));
    }
    match input.parse::<Expr>()? {
        Expr::Path(path) if path.qself.is_none() => Ok(path),
        found => Err(wrong_kind(found, key, "a path to a function")),
    }
}

/// `crate = "path"`: a string holding a module path.
fn crate_path_string(input: ParseStream<'_>, key: Symbol) -> syn::Result<Path> {
    let quoted = string(input, key)?;
    quoted.parse_with(Path::parse_mod_style).map_err(|_| {
        syn::Error::new(
            quoted.span(),
            format!(
                "`{}` is not a path; `crate` takes a path such as `\"aliyun_rpc\"`",
                quoted.value()
            ),
        )
    })
}

/// `rename_all = "rule"`.
fn rename_rule(input: ParseStream<'_>, key: Symbol) -> syn::Result<RenameRule> {
    let quoted = string(input, key)?;
    let written = quoted.value();
    if let Some(rule) = RenameRule::from_name(&written) {
        return Ok(rule);
    }
    let names: Vec<String> = RULES.iter().map(|(name, _)| format!("`{name}`")).collect();
    let near = RULES
        .iter()
        .find(|(name, _)| {
            name.eq_ignore_ascii_case(&written) || normalise(name) == normalise(&written)
        })
        .map(|(name, _)| *name)
        .or_else(|| closest(&written, RULES.iter().map(|(name, _)| *name)));
    let message = match near {
        Some(near) => format!("unknown `rename_all` rule `{written}`, did you mean `{near}`?"),
        None => format!(
            "unknown `rename_all` rule `{written}`; expected one of {}",
            names.join(", ")
        ),
    };
    Err(syn::Error::new(quoted.span(), message))
}

/// A rule name without case or separators, to match `snake-case` with `snake_case`.
fn normalise(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|ch| ch.to_ascii_lowercase())
        .collect()
}

/// `rename = "Wire"` on a field.
fn wire_name(input: ParseStream<'_>, key: Symbol) -> syn::Result<LitStr> {
    let name = string(input, key)?;
    match case::wire_name_problem(&name) {
        Some(problem) => Err(syn::Error::new(name.span(), problem)),
        None => Ok(name),
    }
}

/// `rename = "value"` on a variant.
fn wire_value(input: ParseStream<'_>, key: Symbol) -> syn::Result<LitStr> {
    let value = string(input, key)?;
    if value.value().is_empty() {
        return Err(syn::Error::new(
            value.span(),
            "`rename` needs a non-empty wire value",
        ));
    }
    Ok(value)
}

/// `true` or `false`.
fn boolean(input: ParseStream<'_>, key: Symbol) -> syn::Result<bool> {
    match input.parse::<Expr>()? {
        Expr::Lit(ExprLit {
            lit: Lit::Bool(value),
            ..
        }) => Ok(value.value),
        found => Err(wrong_kind(found, key, "`true` or `false`")),
    }
}

/// An integer literal, possibly negative.
fn integer(input: ParseStream<'_>, key: Symbol) -> syn::Result<Bound<i128>> {
    let expr: Expr = input.parse()?;
    let (negative, literal) = match &expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(literal),
            ..
        }) => (false, literal),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr: inner,
            ..
        }) => match &**inner {
            Expr::Lit(ExprLit {
                lit: Lit::Int(literal),
                ..
            }) => (true, literal),
            _ => return Err(wrong_kind(&expr, key, "an integer literal")),
        },
        _ => return Err(wrong_kind(&expr, key, "an integer literal")),
    };
    let magnitude: u128 = literal.base10_parse()?;
    let value = if negative {
        0i128.checked_sub_unsigned(magnitude)
    } else {
        i128::try_from(magnitude).ok()
    };
    match value {
        Some(value) => Ok(Bound { value, expr }),
        None => Err(syn::Error::new_spanned(
            &expr,
            format!("`{key}` is out of range for `i128`"),
        )),
    }
}

/// A non-negative integer literal.
fn length(input: ParseStream<'_>, key: Symbol) -> syn::Result<Bound<usize>> {
    let expr: Expr = input.parse()?;
    let Expr::Lit(ExprLit {
        lit: Lit::Int(literal),
        ..
    }) = &expr
    else {
        return Err(wrong_kind(&expr, key, "a non-negative integer literal"));
    };
    let value = literal.base10_parse::<usize>()?;
    Ok(Bound { value, expr })
}
