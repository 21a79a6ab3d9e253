//! The typed model of a derive input: the `syn` tree it came from, its parsed attributes and the
//! wire names they imply, with the spans needed to report problems on the right token.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, Ident, LitStr, Type};

use crate::attr::{self, ContainerAttrs, FieldAttrs, Setting, VariantAttrs};
use crate::case;
use crate::ctxt::Ctxt;
use crate::symbol::{
    ACTION, CRATE, ENDPOINT, IDEMPOTENT, NO_CONSTRUCTOR, PRODUCT, RENAME_ALL, RESPONSE, Symbol,
    VALIDATE, VERSION,
};

/// Which of the four derives is running.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Derive {
    /// `#[derive(Rpc)]`: an action.
    Rpc,
    /// `#[derive(RpcParams)]`: a nested parameter structure.
    RpcParams,
    /// `#[derive(RpcValue)]`: an enum of fixed strings.
    RpcValue,
    /// `#[derive(RpcPage)]`: one page of a listing's response.
    RpcPage,
}

impl Derive {
    /// The derive's name as users write it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Derive::Rpc => "Rpc",
            Derive::RpcParams => "RpcParams",
            Derive::RpcValue => "RpcValue",
            Derive::RpcPage => "RpcPage",
        }
    }

    /// Whether the container key `key` applies to this derive.
    pub(crate) fn accepts(self, key: Symbol) -> bool {
        match self {
            Derive::Rpc => matches!(
                key,
                ACTION
                    | PRODUCT
                    | VERSION
                    | ENDPOINT
                    | RESPONSE
                    | IDEMPOTENT
                    | VALIDATE
                    | CRATE
                    | NO_CONSTRUCTOR
            ),
            Derive::RpcParams => matches!(key, VALIDATE | CRATE | NO_CONSTRUCTOR),
            Derive::RpcValue => matches!(key, RENAME_ALL | CRATE),
            Derive::RpcPage => key == CRATE,
        }
    }
}

/// A derive input with its attributes parsed.
pub(crate) struct Container<'a> {
    /// The input as `syn` parsed it.
    pub(crate) original: &'a DeriveInput,
    /// The derive that is running.
    pub(crate) derive: Derive,
    /// The container's `#[rpc(...)]` keys.
    pub(crate) attrs: ContainerAttrs,
    /// The fields or variants, when the input has the shape the derive needs.
    pub(crate) body: Body<'a>,
}

/// The part of the input the derive generates code for.
pub(crate) enum Body<'a> {
    /// A struct with named fields (`Rpc`, `RpcParams`, `RpcPage`).
    Struct(Vec<Field<'a>>),
    /// An enum of unit variants (`RpcValue`).
    Enum(Vec<Variant<'a>>),
    /// The input has the wrong shape; an error was recorded.
    Invalid,
}

/// One named field.
pub(crate) struct Field<'a> {
    /// The field as `syn` parsed it, for its visibility and documentation.
    pub(crate) original: &'a syn::Field,
    /// The field's name.
    pub(crate) ident: &'a Ident,
    /// The field's type.
    pub(crate) ty: &'a Type,
    /// The field's `#[rpc(...)]` keys.
    pub(crate) attrs: FieldAttrs,
    /// The name without `r#` (`type`).
    pub(crate) rust_name: String,
    /// The wire name: `rename`, or the name in PascalCase.
    pub(crate) wire_name: String,
}

impl Field<'_> {
    /// Where the wire name was decided: the `rename` literal, or the field's name.
    pub(crate) fn wire_span(&self) -> Span {
        decided_at(self.attrs.rename.as_ref(), self.ident)
    }

    /// Whether the field is left out of the parameters.
    pub(crate) fn is_skipped(&self) -> bool {
        self.attrs.skip.is_some()
    }

    /// Whether the field's own fields are written in its place.
    pub(crate) fn is_flattened(&self) -> bool {
        self.attrs.flatten.is_some()
    }
}

/// Where a wire name or value was decided: the `rename` literal if any, else the Rust name.
fn decided_at(rename: Option<&Setting<LitStr>>, ident: &Ident) -> Span {
    rename.map_or_else(|| ident.span(), |rename| rename.value.span())
}

/// One variant of an `RpcValue` enum.
pub(crate) struct Variant<'a> {
    /// The variant's name.
    pub(crate) ident: &'a Ident,
    /// The variant's `#[rpc(...)]` keys.
    pub(crate) attrs: VariantAttrs,
    /// The wire value: `rename`, `rename_all` applied to the name, or the name as written.
    pub(crate) wire_value: String,
}

impl Variant<'_> {
    /// Where the wire value was decided: the `rename` literal, or the variant's name.
    pub(crate) fn wire_span(&self) -> Span {
        decided_at(self.attrs.rename.as_ref(), self.ident)
    }
}

impl<'a> Container<'a> {
    /// Parses the attributes of `input` and checks that its shape suits `derive`.
    pub(crate) fn from_syn(cx: &Ctxt, input: &'a DeriveInput, derive: Derive) -> Container<'a> {
        let attrs = attr::container(cx, &input.attrs, derive);
        let body = match (&input.data, derive) {
            (Data::Struct(data), Derive::Rpc | Derive::RpcParams | Derive::RpcPage) => {
                match &data.fields {
                    Fields::Named(named) => Body::Struct(
                        named
                            .named
                            .iter()
                            .map(|field| Field::from_syn(cx, field, derive))
                            .collect(),
                    ),
                    Fields::Unnamed(unnamed) => {
                        cx.error_spanned_by(
                        unnamed,
                        format!(
                            "`{}` cannot be derived for a tuple struct; name the fields, whose names become wire names",
                            derive.name()
                        ),
                    );
                        Body::Invalid
                    }
                    Fields::Unit => {
                        cx.error_spanned_by(
                        &input.ident,
                        format!(
                            "`{}` cannot be derived for a unit struct; write `struct {} {{}}` for one without parameters",
                            derive.name(),
                            input.ident
                        ),
                    );
                        Body::Invalid
                    }
                }
            }
            (Data::Enum(data), Derive::Rpc | Derive::RpcParams | Derive::RpcPage) => {
                cx.error_spanned_by(
                    data.enum_token,
                    format!(
                        "`{}` cannot be derived for an enum; it needs a struct with named fields",
                        derive.name()
                    ),
                );
                Body::Invalid
            }
            (Data::Enum(data), Derive::RpcValue) => {
                let rule = attrs.rename_all.as_ref().map(|setting| setting.value);
                Body::Enum(
                    data.variants
                        .iter()
                        .map(|variant| Variant::from_syn(cx, variant, rule))
                        .collect(),
                )
            }
            (Data::Struct(data), Derive::RpcValue) => {
                cx.error_spanned_by(
                    data.struct_token,
                    "`RpcValue` cannot be derived for a struct; it needs an enum of unit variants",
                );
                Body::Invalid
            }
            (Data::Union(data), _) => {
                cx.error_spanned_by(
                    data.union_token,
                    format!("`{}` cannot be derived for a union", derive.name()),
                );
                Body::Invalid
            }
        };
        Container {
            original: input,
            derive,
            attrs,
            body,
        }
    }
}

impl<'a> Field<'a> {
    fn from_syn(cx: &Ctxt, field: &'a syn::Field, derive: Derive) -> Field<'a> {
        let ident = field.ident.as_ref().expect("named fields have names");
        let attrs = attr::field(cx, &field.attrs, derive);
        let rust_name = ident.unraw().to_string();
        let wire_name = match &attrs.rename {
            Some(rename) => rename.value.value(),
            None => case::pascal_case(&rust_name),
        };
        Field {
            original: field,
            ident,
            ty: &field.ty,
            attrs,
            rust_name,
            wire_name,
        }
    }
}

impl<'a> Variant<'a> {
    fn from_syn(
        cx: &Ctxt,
        variant: &'a syn::Variant,
        rule: Option<case::RenameRule>,
    ) -> Variant<'a> {
        let attrs = attr::variant(cx, &variant.attrs);
        if !matches!(variant.fields, Fields::Unit) {
            cx.error_spanned_by(
                &variant.fields,
                format!(
                    "`RpcValue` variants cannot carry data; `{}` must be a unit variant",
                    variant.ident
                ),
            );
        }
        let name = variant.ident.unraw().to_string();
        let wire_value = match (&attrs.rename, rule) {
            (Some(rename), _) => rename.value.value(),
            (None, Some(rule)) => rule.apply_to_variant(&name),
            (None, None) => name,
        };
        Variant {
            ident: &variant.ident,
            attrs,
            wire_value,
        }
    }
}
