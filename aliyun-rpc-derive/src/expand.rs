//! Code generation: turns a checked [`Container`] into trait implementations.
//!
//! Generated code sits in `const _: () = { … };`, which imports `::aliyun_rpc::__private` (or the
//! same module under the `crate = "…"` override) as `__aliyun_rpc`, and names everything through
//! that or by absolute path (`::core::…`), so that nothing in the user's scope can change its
//! meaning.

use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::DeriveInput;
use syn::spanned::Spanned;

use crate::ast::{Body, Container, Derive, Field, Variant};
use crate::attr::{self, Bound, FieldAttrs, PageRole, Setting};
use crate::ctxt::Ctxt;
use crate::{constructor, fallback, read_action, spelled, valid};

/// Runs one derive: parse, check, then generate the implementation or the error fallback.
pub(crate) fn derive(input: &DeriveInput, derive: Derive) -> TokenStream {
    let cx = Ctxt::new();
    let container = Container::from_syn(&cx, input, derive);
    valid::check(&cx, &container);
    if let Err(error) = cx.check() {
        return fallback::expand(&container, &error);
    }
    match (&container.body, derive) {
        (Body::Struct(fields), Derive::Rpc) => expand_action(&container, fields),
        (Body::Struct(fields), Derive::RpcParams) => expand_params(&container, fields),
        (Body::Enum(variants), Derive::RpcValue) => expand_value(&container, variants),
        (Body::Struct(fields), Derive::RpcPage) => expand_page(&container, fields),
        _ => unreachable!("a body that does not suit the derive records an error"),
    }
}

/// Wraps generated items (and the statements that check the declaration as the compiler
/// evaluates the constant) in an anonymous constant with the lints they must not trigger.
pub(crate) fn wrap(container: &Container<'_>, items: TokenStream) -> TokenStream {
    let runtime = attr::runtime_path(&container.attrs);
    let private = private_path();
    quote! {
        #[allow(
            non_upper_case_globals,
            non_camel_case_types,
            unused_attributes,
            unused_imports,
            unused_qualifications,
            deprecated,
            clippy::all,
            clippy::pedantic,
            clippy::nursery
        )]
        const _: () = {
            use #runtime::__private as #private;
            #items
        };
    }
}

/// The name the generated items reach the runtime's support module by: `wrap` imports
/// `::aliyun_rpc::__private` (or the same module under the `crate = "…"` override) under it, so
/// that each of the hundreds of paths in a crate of actions is one token, not five. An `Ident`,
/// which generated code takes in one step, where a token stream would be copied.
pub(crate) fn private_path() -> Ident {
    private_at(Span::call_site())
}

/// [`private_path`] spanned on `span`, for a path an error should point at `span` for (cheaper
/// than respanning the tokens after).
fn private_at(span: Span) -> Ident {
    Ident::new("__aliyun_rpc", span)
}

/// `impl RpcAction`.
fn expand_action(container: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let private = private_path();
    let attrs = &container.attrs;
    let ident = &container.original.ident;
    let this_trait = quote!(#private::RpcAction);
    let code = FieldCode::new(&private, fields);
    let writes = code.writes(&private, &this_trait);

    let action = &attrs
        .action
        .as_ref()
        .expect("checked: action is present")
        .value;
    let (version, endpoint) = match &attrs.product {
        Some(product) => {
            let product = &product.value;
            let span = product.span();
            (
                quote_spanned!(span=> <#product as #private::Product>::VERSION),
                quote_spanned!(span=> <#product as #private::Product>::ENDPOINT),
            )
        }
        None => {
            let version = &attrs
                .version
                .as_ref()
                .expect("checked: version without product")
                .value;
            let endpoint = &attrs
                .endpoint
                .as_ref()
                .expect("checked: endpoint without product")
                .value;
            (version.to_token_stream(), endpoint.to_token_stream())
        }
    };
    // A product's rule for finding its host; an action without one keeps the trait's default,
    // its one `endpoint`.
    let endpoints = attrs.product.as_ref().map(|product| {
        let product = &product.value;
        quote_spanned!(product.span()=>
            const ENDPOINTS: #private::Endpoints = <#product as #private::Product>::ENDPOINTS;
        )
    });
    let idempotent = match &attrs.idempotent {
        Some(setting) => setting.value,
        None => read_action::is_read_action(&action.value()),
    };
    let response = match &attrs.response {
        Some(response) => response.value.to_token_stream(),
        None => quote!(#private::GenericResponse),
    };
    let validate = validate_call(&private, attrs.validate.as_ref());
    let FieldCode {
        metas, mut checks, ..
    } = code;
    if let Some(product) = &attrs.product {
        checks.extend(wire_name_checks(&private, &product.value, fields));
    }

    let paginated = paginated_impl(&private, ident, attrs.response.as_ref(), fields);
    let methods = constructor::expand(&private, container, fields);

    wrap(
        container,
        quote! {
            #(#checks)*
            #methods
            #paginated
            #[automatically_derived]
            impl #this_trait for #ident {
                const ACTION: &'static str = #action;
                const VERSION: &'static str = #version;
                const ENDPOINT: &'static str = #endpoint;
                #endpoints
                const IDEMPOTENT: bool = #idempotent;
                const FIELDS: &'static [#private::FieldMeta] = &[#(#metas),*];
                type Response = #response;
                #[inline]
                fn write_params(&self, __writer: &mut #private::ParamWriter) {
                    #writes
                    #validate
                }
            }
        },
    )
}

/// `impl Paginated` for an action with a field marked `page_number` or `next_token`.
fn paginated_impl(
    private: &Ident,
    ident: &Ident,
    response: Option<&Setting<syn::Type>>,
    fields: &[Field<'_>],
) -> TokenStream {
    let Some((field, role)) = fields.iter().find_map(|field| {
        field
            .attrs
            .page_roles
            .first()
            .map(|setting| (field, setting))
    }) else {
        return TokenStream::new();
    };
    let member = field.ident;
    let span = role.key;
    let methods = match role.value {
        PageRole::NextToken => quote_spanned! {span=>
            const STYLE: #private::PageStyle = #private::PageStyle::Token;
            #[inline]
            fn set_next_token(&mut self, token: &str) {
                #private::TokenField::set_token(&mut self.#member, token);
            }
        },
        _ => quote_spanned! {span=>
            const STYLE: #private::PageStyle = #private::PageStyle::Number;
            #[inline]
            fn page_number(&self) -> #private::Option<u64> {
                #private::PageNumberField::page_number(&self.#member)
            }
            #[inline]
            fn set_page_number(&mut self, number: u64) {
                #private::PageNumberField::set_page_number(&mut self.#member, number);
            }
        },
    };
    // A response that is not a page is reported on `response = …`, where the fix goes.
    let header_span = response.map_or(span, |setting| setting.value.span());
    let trait_path = respan(quote!(#private::Paginated), header_span);
    quote_spanned! {header_span=>
        #[automatically_derived]
        impl #trait_path for #ident {
            #methods
        }
    }
}

/// `impl Page` for one page of a listing's response.
fn expand_page(container: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let private = private_path();
    let ident = &container.original.ident;
    let (impl_generics, type_generics, _) = container.original.generics.split_for_impl();
    let role_of = |wanted: PageRole| {
        fields.iter().find(|field| {
            field
                .attrs
                .page_roles
                .first()
                .is_some_and(|setting| setting.value == wanted)
        })
    };
    let items = role_of(PageRole::Items).expect("checked: a page has items");
    let items_member = items.ident;
    let items_ty = items.ty;
    let item_type = quote_spanned! {items_ty.span()=>
        <#items_ty as #private::ItemsField>::Item
    };
    let accessor = |role: PageRole, method: TokenStream, output: TokenStream, via: TokenStream| {
        role_of(role).map(|field| {
            let member = field.ident;
            let ty = field.ty;
            quote_spanned! {ty.span()=>
                #[inline]
                fn #method(&self) -> #output {
                    #via(&self.#member)
                }
            }
        })
    };
    let flag = quote!(#private::FlagField::flag);
    let count = quote!(#private::CountField::count);
    let optional_u64 = quote!(#private::Option<u64>);
    let accessors = [
        accessor(
            PageRole::NextPage,
            quote!(next_page),
            quote!(#private::Option<bool>),
            flag,
        ),
        accessor(
            PageRole::TotalItems,
            quote!(total_items),
            optional_u64.clone(),
            count.clone(),
        ),
        accessor(
            PageRole::TotalPages,
            quote!(total_pages),
            optional_u64.clone(),
            count.clone(),
        ),
        accessor(
            PageRole::PageNumber,
            quote!(page_number),
            optional_u64,
            count,
        ),
        accessor(
            PageRole::NextToken,
            quote!(next_token),
            quote!(#private::Option<&str>),
            quote!(#private::TokenField::token),
        ),
    ];
    let accessors = accessors.into_iter().flatten();

    // Spanned on the items' type, so that a type that is not a list is reported there, once.
    let item_methods = quote_spanned! {items_ty.span()=>
        #[inline]
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            <#items_ty as #private::ItemsField>::into_items(self.#items_member)
        }
        #[inline]
        fn item_count(&self) -> usize {
            <#items_ty as #private::ItemsField>::item_count(&self.#items_member)
        }
        #[inline]
        fn fingerprint(&self) -> u64 {
            <#items_ty as #private::Fingerprint>::fingerprint(&self.#items_member)
        }
    };
    // A generic page is a page for the item types that can be fingerprinted.
    let mut generics = container.original.generics.clone();
    generics
        .make_where_clause()
        .predicates
        .push(syn::parse_quote_spanned! {items_ty.span()=> #items_ty: #private::Fingerprint });
    let (_, _, where_clause) = generics.split_for_impl();

    wrap(
        container,
        quote! {
            #[automatically_derived]
            impl #impl_generics #private::Page for #ident #type_generics #where_clause {
                type Item = #item_type;
                #item_methods
                #(#accessors)*
            }
        },
    )
}

/// The check that every sent field's wire name is one of the product's parameter names, when the
/// product lists them: one statement of the struct's wrapping constant looks the names up, by the
/// hashes computed here, in the product's table of names, and fails to compile, on the first
/// field whose name the product does not list, with what is wrong with it.
///
/// The compiler interprets constants a few thousand times slower than it runs compiled code, so
/// the check is built to do little there: one lookup per struct, not one per field, and hashes
/// computed here rather than names compared there. A struct reports its first unknown name, not
/// all of them at once, and one message covers a misspelling and a wrong letter case.
fn wire_name_checks(
    private: &Ident,
    product: &syn::Type,
    fields: &[Field<'_>],
) -> Option<TokenStream> {
    let checked: Vec<&Field<'_>> = fields
        .iter()
        .filter(|field| !field.is_skipped() && !field.is_flattened())
        .collect();
    if checked.is_empty() {
        return None;
    }
    let hashes = checked.iter().map(|field| {
        let hash = Literal::u64_suffixed(wire_name_hash(&field.wire_name));
        quote!(#hash)
    });
    let arms = checked.iter().enumerate().map(|(index, field)| {
        let span = field.wire_span();
        let wire = &field.wire_name;
        let field_name = &field.rust_name;
        let how = if field.attrs.rename.is_some() {
            "renamed to"
        } else {
            "sent as"
        };
        let message = format!(
            "field `{field_name}` is {how} `{wire}`, which is not a parameter name of this \
             product; check its spelling and its letter case in the API reference (Alibaba \
             writes some acronyms in capitals: `DBInstanceId`, `RRKeyWord`) and give the exact \
             name with #[rpc(rename = \"...\")]"
        );
        let index = Literal::usize_unsuffixed(index);
        let private = private_at(span);
        // Spanned on where the field's wire name was decided, so the error points there.
        quote_spanned! {span=>
            #private::Some(#index) => #private::FieldMeta::unknown_wire_name(#message),
        }
    });
    Some(quote! {
        match #private::first_missing_name(
            &<#product as #private::Product>::PARAMETER_NAME_TABLE,
            [#(#hashes),*],
        ) {
            #(#arms)*
            _ => {}
        }
    })
}

/// The 64-bit FNV-1a hash of a wire name: the hash the runtime's table of a product's names holds
/// (`aliyun_rpc`'s `wire_names` module), computed here so that the compiler need not.
fn wire_name_hash(wire: &str) -> u64 {
    const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
    wire.bytes().fold(FNV_OFFSET, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
    })
}

/// `impl RpcParams` and `impl ParamValue` for a nested structure.
fn expand_params(container: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let private = private_path();
    let ident = &container.original.ident;
    let this_trait = quote!(#private::RpcParams);
    let code = FieldCode::new(&private, fields);
    let writes = code.writes(&private, &this_trait);
    let FieldCode { metas, checks, .. } = code;
    let validate = validate_call(&private, container.attrs.validate.as_ref());
    let methods = constructor::expand(&private, container, fields);

    wrap(
        container,
        quote! {
            #(#checks)*
            #methods
            #[automatically_derived]
            impl #this_trait for #ident {
                const FIELDS: &'static [#private::FieldMeta] = &[#(#metas),*];
                #[inline]
                fn write_fields(&self, __writer: &mut #private::ParamWriter) {
                    #writes
                    #validate
                }
            }
            #[automatically_derived]
            impl #private::ParamValue for #ident {
                #[inline]
                fn write_value(&self, __writer: &mut #private::ParamWriter) {
                    __writer.flatten(self);
                }
                #[inline]
                fn shape() -> #private::Shape {
                    #private::Shape::Struct(<Self as #this_trait>::FIELDS)
                }
            }
        },
    )
}

/// `impl RpcValue` and `impl ParamValue` for an enum of fixed strings.
fn expand_value(container: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let private = private_path();
    let ident = &container.original.ident;
    let values = variants.iter().map(|variant| &variant.wire_value);
    let arms = variants.iter().map(|variant| {
        let name = variant.ident;
        let value = &variant.wire_value;
        quote!(Self::#name => #value)
    });

    wrap(
        container,
        quote! {
            #[automatically_derived]
            impl #private::RpcValue for #ident {
                const VALUES: &'static [&'static str] = &[#(#values),*];
                #[inline]
                fn wire_value(&self) -> &'static str {
                    match *self {
                        #(#arms,)*
                    }
                }
            }
            #[automatically_derived]
            impl #private::ParamValue for #ident {
                #[inline]
                fn write_value(&self, __writer: &mut #private::ParamWriter) {
                    __writer.value(<Self as #private::RpcValue>::wire_value(self));
                }
                #[inline]
                fn shape() -> #private::Shape {
                    #private::Shape::Enum {
                        values: <Self as #private::RpcValue>::VALUES,
                    }
                }
            }
        },
    )
}

/// The container's `validate` function, called last with the writer.
fn validate_call(private: &Ident, validate: Option<&Setting<syn::ExprPath>>) -> TokenStream {
    let Some(setting) = validate else {
        return TokenStream::new();
    };
    let path = &setting.value;
    // Coercing to a function pointer first states the expected signature in any error.
    quote_spanned! {path.span()=>
        let __validate: fn(&Self, &mut #private::ParamWriter) = #path;
        __validate(self, __writer);
    }
}

/// The generated pieces for a struct's fields.
struct FieldCode {
    /// One `FieldMeta` per written field.
    metas: Vec<TokenStream>,
    /// The value handed to the writer, per written field: `&self.field`, or a wrapper of it.
    values: Vec<TokenStream>,
    /// Per written field, whether its wire name needs percent-encoding.
    reserved: Vec<bool>,
    /// Per written field, the key its pairs' names sort by (`None` for a flattened field, whose
    /// names are its inner fields').
    name_keys: Vec<Option<String>>,
    /// Compile-time checks that the declared keys suit the field types: statements of the
    /// constant `wrap` makes, which the compiler evaluates (statements rather than constants of
    /// their own: every item costs the compiler's incremental bookkeeping).
    checks: Vec<TokenStream>,
}

impl FieldCode {
    fn new(private: &Ident, fields: &[Field<'_>]) -> FieldCode {
        let mut code = FieldCode {
            metas: Vec::new(),
            values: Vec::new(),
            reserved: Vec::new(),
            name_keys: Vec::new(),
            checks: Vec::new(),
        };
        for field in fields.iter().filter(|field| !field.is_skipped()) {
            let ident = field.ident;
            let ty = field.ty;
            let rust_name = &field.rust_name;
            let body = field.attrs.body.is_some();
            let attrs = &field.attrs;

            if let Some(flatten) = &attrs.flatten {
                // Every use of the flattened type's `RpcParams` impl is spanned on `flatten` and
                // starts with the same assertion, so that a type without the impl is reported
                // once, on `flatten`, rather than once per use.
                let key = flatten.key;
                let asserted = respan(ty.to_token_stream(), key);
                let member = respan(ident.to_token_stream(), key);
                let assertion = quote_spanned! {key=>
                    #private::flatten_applies_to::<#asserted>();
                };
                code.metas.push(quote_spanned! {key=>
                    #private::FieldMeta {
                        rust_name: #rust_name,
                        wire_name: "",
                        shape: || {
                            #assertion
                            #private::Shape::Struct(<#asserted as #private::RpcParams>::FIELDS)
                        },
                        rules: #private::Rules::NONE,
                        flatten: true,
                        body: false,
                    }
                });
                let flattened = respan(quote!(#private::Flattened), key);
                let params = respan(quote!(#private::RpcParams), key);
                code.values.push(quote_spanned! {key=>
                    &{
                        #assertion
                        #flattened {
                            value: &self.#member,
                            write: <#asserted as #params>::write_fields,
                        }
                    }
                });
                code.reserved.push(false);
                code.name_keys.push(None);
                continue;
            }

            if let Some(key) = attrs
                .min
                .as_ref()
                .or(attrs.max.as_ref())
                .map(|setting| setting.key)
            {
                let asserted = respan(ty.to_token_stream(), key);
                code.checks.push(quote_spanned! {key=>
                    #private::min_max_apply_to::<#asserted>();
                });
            }
            let length_key = [
                attrs.min_len.as_ref().map(|setting| setting.key),
                attrs.max_len.as_ref().map(|setting| setting.key),
                attrs.non_empty.as_ref().map(|setting| setting.key),
            ]
            .into_iter()
            .flatten()
            .next();
            if let Some(key) = length_key {
                let asserted = respan(ty.to_token_stream(), key);
                code.checks.push(quote_spanned! {key=>
                    #private::length_bounds_apply_to::<#asserted>();
                });
            }

            let wire_name = &field.wire_name;
            // What the writer is handed, and the shape of the field's type.
            let (value, shape) = match &attrs.json {
                // The field wrapped in `JsonText`, which needs only `serde::Serialize`. Whether
                // the field may be absent is read from its type's spelling: the JSON text of any
                // type is one string, so the runtime cannot tell.
                Some(json) => {
                    let shape = if spelled::option_inner(ty).is_some() {
                        quote!(|| #private::Shape::Optional(|| #private::Shape::Json))
                    } else {
                        quote!(|| #private::Shape::Json)
                    };
                    let member = respan(ident.to_token_stream(), json.key);
                    (
                        respan(quote!(&#private::JsonText(&self.#member)), json.key),
                        shape,
                    )
                }
                // The value and the shape both name `declared_value`, spanned on the type, so
                // that a type with no `ParamValue` impl is reported there, once: the compiler
                // shows the second report of the same bound, place and function once, and
                // within one body it reports `<T as ParamValue>` no more after the first.
                // (A value reached through a function pointer would not be inlined.)
                None => {
                    let span = ty.span();
                    let private = private_at(span);
                    let member = respan(ident.to_token_stream(), span);
                    let declared = quote_spanned!(span=> #private::ParamWriter::declared_value);
                    let shape = quote_spanned! {span=>
                        {
                            let _ = #declared::<#ty>;
                            <#ty as #private::ParamValue>::shape
                        }
                    };
                    (
                        quote_spanned!(span=> #declared::<#ty>(&self.#member)),
                        shape,
                    )
                }
            };
            // A field with no rules, outside the body, in the short form most fields take.
            code.metas.push(match rules(private, attrs) {
                None if !body => quote!(#private::field(#rust_name, #wire_name, #shape)),
                rules => {
                    let rules = rules.unwrap_or_else(|| quote!(#private::Rules::NONE));
                    quote! {
                        #private::FieldMeta {
                            rust_name: #rust_name,
                            wire_name: #wire_name,
                            shape: #shape,
                            rules: #rules,
                            flatten: false,
                            body: #body,
                        }
                    }
                }
            });
            code.values.push(value);
            code.reserved.push(!is_unreserved(wire_name));
            // Pairs are named `Wire` or `Wire.…`; `.` is the likelier next byte (lists and
            // structures write many pairs, scalars one).
            code.name_keys.push(Some(format!("{wire_name}.")));
        }
        code
    }

    /// The body that writes the fields: one call with the field table and the values, and the
    /// order of the fields by wire name, in which the client's writer (which keeps pairs in
    /// canonical order) takes them so that each field's pairs land in place without being moved.
    /// The order is left empty when it is the declared one, or when a field is flattened (whose
    /// names are its inner fields', unknown here).
    fn writes(&self, private: &Ident, this_trait: &TokenStream) -> TokenStream {
        let values = &self.values;
        let keys: Option<Vec<&str>> = self.name_keys.iter().map(Option::as_deref).collect();
        let mut by_name: Vec<usize> = (0..values.len()).collect();
        if let Some(keys) = &keys {
            by_name.sort_by(|&a, &b| keys[a].as_bytes().cmp(keys[b].as_bytes()));
        }
        if keys.is_none() || by_name.iter().enumerate().all(|(at, &index)| at == index) {
            by_name.clear();
        }
        let by_name = by_name.into_iter().map(|index| {
            let index = u16::try_from(index).expect("a struct has fewer than 65,536 fields");
            Literal::u16_unsuffixed(index)
        });
        let reserved = if self.reserved.contains(&true) {
            self.reserved.clone()
        } else {
            Vec::new()
        };
        quote! {
            #private::write_derived(
                __writer,
                <Self as #this_trait>::FIELDS,
                &[#(#values),*],
                &[#(#by_name),*],
                &[#(#reserved),*],
            );
        }
    }
}

/// Whether every character of `name` is RFC 3986 unreserved (`A–Z a–z 0–9 - _ . ~`), so that
/// percent-encoding leaves it as it is.
fn is_unreserved(name: &str) -> bool {
    name.bytes()
        .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~'))
}

/// The `Rules` value a field declares; `None` when it declares none.
fn rules(private: &Ident, attrs: &FieldAttrs) -> Option<TokenStream> {
    if attrs.min.is_none()
        && attrs.max.is_none()
        && attrs.min_len.is_none()
        && attrs.non_empty.is_none()
        && attrs.max_len.is_none()
    {
        return None;
    }
    let integer = |bound: Option<&Setting<Bound<i128>>>| match bound {
        Some(setting) => {
            let value = setting.value.value;
            let magnitude: Literal = format!("{}i128", value.unsigned_abs())
                .parse()
                .expect("an integer with a suffix is a literal");
            if value < 0 {
                quote!(#private::Some(-#magnitude))
            } else {
                quote!(#private::Some(#magnitude))
            }
        }
        None => quote!(#private::None),
    };
    let length = |value: Option<usize>| match value {
        Some(value) => {
            let value = Literal::usize_suffixed(value);
            quote!(#private::Some(#value))
        }
        None => quote!(#private::None),
    };
    let min = integer(attrs.min.as_ref());
    let max = integer(attrs.max.as_ref());
    let min_len = length(
        attrs
            .min_len
            .as_ref()
            .map(|setting| setting.value.value)
            .or(attrs.non_empty.as_ref().map(|_| 1)),
    );
    let max_len = length(attrs.max_len.as_ref().map(|setting| setting.value.value));
    Some(quote! {
        #private::Rules {
            min: #min,
            max: #max,
            min_len: #min_len,
            max_len: #max_len,
        }
    })
}

/// `tokens` with every span replaced by `span`, so that an error about them points at `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut respanned =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                respanned.set_span(span);
                TokenTree::Group(respanned)
            }
            mut other => {
                other.set_span(span);
                other
            }
        })
        .collect()
}
