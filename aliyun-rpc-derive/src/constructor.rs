//! The inherent methods `#[derive(Rpc)]` and `#[derive(RpcParams)]` generate, so that a
//! declaration is only a struct: `new`, taking the fields a request cannot do without, and one
//! `with_` setter for every other field.
//!
//! `new` takes a field unless it is an `Option`, a list that may be empty, an action's page
//! (which starts at the first), skipped, or marked `default`; it takes them in declaration order.
//! Arguments are taken the way callers have them: a `String` as `impl Into<String>`, a list as
//! any iterator (of `impl Into<String>` for a `Vec<String>`), and any other type as itself, since
//! `impl Into<u32>` would leave the type of an integer literal undecided.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, Type, Visibility};

use crate::ast::{Container, Field};
use crate::attr::PageRole;
use crate::spelled;

/// How a generated method takes a value for a field of one type.
enum Argument<'t> {
    /// A `String`: anything `Into<String>`.
    Text,
    /// A `Vec<String>`, whose item type is given: any iterator of things `Into<String>`.
    TextList(&'t Type),
    /// Another `Vec<T>`, whose item type is given: any iterator of `T`.
    List(&'t Type),
    /// Any other type, taken as itself.
    Plain,
}

impl<'t> Argument<'t> {
    fn of(ty: &'t Type) -> Argument<'t> {
        match spelled::vec_inner(ty) {
            Some(item) if spelled::is_string(item) => Argument::TextList(item),
            Some(item) => Argument::List(item),
            None if spelled::is_string(ty) => Argument::Text,
            None => Argument::Plain,
        }
    }

    /// The parameter's type, spanned on the field's type so that errors point there.
    fn parameter_type(&self, private: &Ident, ty: &Type) -> TokenStream {
        let span = ty.span();
        match self {
            Argument::Text => quote_spanned!(span=> impl #private::Into<#ty>),
            Argument::TextList(item) => quote_spanned! {span=>
                impl #private::IntoIterator<Item = impl #private::Into<#item>>
            },
            Argument::List(item) => {
                quote_spanned!(span=> impl #private::IntoIterator<Item = #item>)
            }
            Argument::Plain => ty.to_token_stream(),
        }
    }

    /// The field's value made from the parameter `value`.
    fn convert(&self, private: &Ident, value: &Ident) -> TokenStream {
        match self {
            Argument::Text => quote!(#private::Into::into(#value)),
            Argument::TextList(_) => quote! {
                #private::Iterator::collect(#private::Iterator::map(
                    #private::IntoIterator::into_iter(#value),
                    #private::Into::into,
                ))
            },
            Argument::List(_) => quote! {
                #private::Iterator::collect(#private::IntoIterator::into_iter(#value))
            },
            Argument::Plain => quote!(#value),
        }
    }

    fn is_list(&self) -> bool {
        matches!(self, Argument::TextList(_) | Argument::List(_))
    }
}

/// Where `new` starts a field.
enum Start<'f> {
    /// A parameter of `new`.
    Argument,
    /// `Default::default()`: `None`, an empty list, or a skipped or `default` field's default.
    Default,
    /// The expression of `default = …`.
    Given(&'f Expr),
    /// The first page, 1, of an action's `page_number` field that is not an `Option`.
    FirstPage(Span),
}

impl<'f> Start<'f> {
    fn of(field: &'f Field<'_>) -> Start<'f> {
        let attrs = &field.attrs;
        if let Some(default) = &attrs.default {
            return default.value.as_ref().map_or(Start::Default, Start::Given);
        }
        let optional = spelled::option_inner(field.ty).is_some();
        if let Some(role) = attrs.page_roles.first() {
            return if role.value == PageRole::PageNumber && !optional {
                Start::FirstPage(role.key)
            } else {
                Start::Default
            };
        }
        if field.is_skipped() || optional {
            return Start::Default;
        }
        let non_empty = attrs.non_empty.is_some()
            || attrs
                .min_len
                .as_ref()
                .is_some_and(|setting| setting.value.value >= 1);
        match spelled::vec_inner(field.ty) {
            Some(_) if !non_empty => Start::Default,
            _ => Start::Argument,
        }
    }
}

/// `impl Type { new, with_… }` for a struct deriving `Rpc` or `RpcParams`; `new` is left out
/// with `no_constructor`.
pub(crate) fn expand(
    private: &Ident,
    container: &Container<'_>,
    fields: &[Field<'_>],
) -> TokenStream {
    let ident = &container.original.ident;
    let vis = &container.original.vis;
    let starts: Vec<Start<'_>> = fields.iter().map(Start::of).collect();
    let constructor = match container.attrs.no_constructor {
        Some(_) => TokenStream::new(),
        None => constructor(private, ident, vis, fields, &starts),
    };
    let setters = fields
        .iter()
        .zip(&starts)
        .filter(|(_, start)| !matches!(start, Start::Argument))
        .map(|(field, start)| setter(private, vis, field, start));
    // Only a struct with errors may be generic (its fallback still gets the methods).
    let (impl_generics, type_generics, where_clause) = container.original.generics.split_for_impl();
    quote! {
        #[allow(dead_code, unreachable_pub)]
        impl #impl_generics #ident #type_generics #where_clause {
            #constructor
            #(#setters)*
        }
    }
}

/// `new`, with the required fields as parameters and every other field at its start.
fn constructor(
    private: &Ident,
    ident: &Ident,
    vis: &Visibility,
    fields: &[Field<'_>],
    starts: &[Start<'_>],
) -> TokenStream {
    let mut parameters = Vec::new();
    let inits: Vec<TokenStream> = fields
        .iter()
        .zip(starts)
        .map(|(field, start)| {
            let member = field.ident;
            let value = match start {
                Start::Argument => {
                    let argument = Argument::of(field.ty);
                    let ty = argument.parameter_type(private, field.ty);
                    parameters.push(quote!(#member: #ty));
                    argument.convert(private, member)
                }
                Start::Default => quote!(#private::Default::default()),
                Start::Given(expr) => {
                    let ty = field.ty;
                    // Typed through a `let`, so that a default of the wrong type is reported on
                    // it.
                    quote_spanned!(expr.span()=> { let __default: #ty = #expr; __default })
                }
                Start::FirstPage(key) => {
                    // Through the trait the paging code uses, so that a page number of a type
                    // that is not one is reported once, on `page_number`.
                    quote_spanned! {*key=>
                        {
                            let mut __page = #private::Default::default();
                            #private::PageNumberField::set_page_number(&mut __page, 1);
                            __page
                        }
                    }
                }
            };
            quote!(#member: #value)
        })
        .collect();
    let doc = constructor_doc(ident, fields, starts);
    quote! {
        #[doc = #doc]
        #[inline]
        #vis fn new(#(#parameters),*) -> Self {
            Self { #(#inits),* }
        }
    }
}

/// The constructor's documentation: the parameters it takes, and where the others start.
fn constructor_doc(ident: &Ident, fields: &[Field<'_>], starts: &[Start<'_>]) -> String {
    let sent = || {
        fields
            .iter()
            .zip(starts)
            .filter(|(field, _)| !field.is_skipped())
    };
    let required: Vec<String> = sent()
        .filter(|(_, start)| matches!(start, Start::Argument))
        .map(|(field, _)| parameter_name(field))
        .collect();
    let others = sent().any(|(_, start)| !matches!(start, Start::Argument));
    let mut doc = match (required.is_empty(), others) {
        (true, _) => format!(
            "Creates `{ident}`; no parameter is required, and they start unset (a list empty)."
        ),
        (false, false) => format!(
            "Creates `{ident}` from its parameters: {}.",
            required.join(", ")
        ),
        (false, true) => format!(
            "Creates `{ident}` from its required parameters: {}.\n\nThe others start unset \
             (a list empty).",
            required.join(", ")
        ),
    };
    for (field, start) in sent() {
        let name = match field.is_flattened() {
            true => format!("`{}`", field.rust_name),
            false => format!("`{}`", field.wire_name),
        };
        let value = match start {
            Start::Given(expr) => expression_text(expr),
            Start::FirstPage(_) => "1".to_owned(),
            Start::Default if field.attrs.default.is_some() => "Default::default()".to_owned(),
            Start::Argument | Start::Default => continue,
        };
        doc.push_str(&format!(" {name} starts at `{value}`."));
    }
    if others {
        doc.push_str(" Each has a `with_` method.");
    }
    doc
}

/// An expression as text for documentation, without the spaces token streams print between
/// tokens (`Some(100)`, not `Some (100)`).
fn expression_text(expr: &Expr) -> String {
    let mut text = expr.to_token_stream().to_string();
    for (spaced, tight) in [
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        (" ,", ","),
        (" :: ", "::"),
    ] {
        text = text.replace(spaced, tight);
    }
    text
}

/// How a constructor's documentation names a field's parameter: its wire name, or for a
/// flattened field the field itself, whose own fields are the parameters.
fn parameter_name(field: &Field<'_>) -> String {
    if field.is_flattened() {
        format!("the parameters of `{}`", field.rust_name)
    } else {
        format!("`{}`", field.wire_name)
    }
}

/// `with_<field>`, which sets a field `new` does not take.
fn setter(private: &Ident, vis: &Visibility, field: &Field<'_>, start: &Start<'_>) -> TokenStream {
    let member = field.ident;
    let name = format_ident!("with_{}", field.rust_name, span = member.span());
    let inner = spelled::option_inner(field.ty);
    let argument = Argument::of(inner.unwrap_or(field.ty));
    let ty = argument.parameter_type(private, inner.unwrap_or(field.ty));
    let converted = argument.convert(private, member);
    let value = match inner {
        Some(_) => quote!(#private::Some(#converted)),
        None => converted,
    };
    let docs = setter_docs(field, start, argument.is_list());
    quote! {
        #(#docs)*
        #[must_use]
        #[inline]
        #vis fn #name(mut self, #member: #ty) -> Self {
            self.#member = #value;
            self
        }
    }
}

/// A setter's documentation: the parameter it sets, and the field, linked when it is public;
/// a field that is not public lends its own documentation, which readers could not see otherwise.
fn setter_docs(field: &Field<'_>, start: &Start<'_>, list: bool) -> Vec<TokenStream> {
    let public = matches!(field.original.vis, Visibility::Public(_));
    let member = field.ident;
    let reference = if public {
        format!("[`{}`](Self::{member})", field.rust_name)
    } else {
        format!("`{}`", field.rust_name)
    };
    let mut first = if field.is_skipped() {
        format!("Sets the field {reference}, which is not sent")
    } else if field.is_flattened() {
        format!("Sets the parameters of the flattened field {reference}")
    } else {
        format!(
            "Sets the `{}` parameter: the field {reference}",
            field.wire_name
        )
    };
    if list {
        first.push_str(", replacing the list");
    }
    first.push('.');
    match start {
        Start::FirstPage(_) => first.push_str(" `new` starts it at 1."),
        Start::Given(_) => first.push_str(" `new` starts it at its declared default."),
        Start::Argument | Start::Default => {}
    }
    let mut docs = vec![quote!(#[doc = #first])];
    if !public {
        let own = field
            .original
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("doc"));
        let own: Vec<TokenStream> = own.map(ToTokens::to_token_stream).collect();
        if !own.is_empty() {
            docs.push(quote!(#[doc = ""]));
            docs.extend(own);
        }
    }
    docs
}
