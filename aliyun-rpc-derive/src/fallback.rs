//! Output for an input with errors: the `compile_error!`s plus a stub implementation, so that code
//! using the type sees only the real errors and not a cascade of missing-trait errors.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Body, Container, Derive};
use crate::constructor;
use crate::expand::{private_path, wrap};

/// Every error in `error`, an implementation of the derived traits whose bodies are
/// `unreachable!()`, and the struct's generated `new` and setters, which code using it calls.
pub(crate) fn expand(container: &Container<'_>, error: &syn::Error) -> TokenStream {
    let errors = error.to_compile_error();
    let private = private_path();
    let ident = &container.original.ident;
    let (impl_generics, type_generics, where_clause) = container.original.generics.split_for_impl();
    // `RpcParams` and `RpcValue` both come with `ParamValue`.
    let param_value = quote! {
        #[automatically_derived]
        impl #impl_generics #private::ParamValue for #ident #type_generics #where_clause {
            fn write_value(&self, _: &mut #private::ParamWriter) {
                ::core::unreachable!()
            }
            fn shape() -> #private::Shape {
                ::core::unreachable!()
            }
        }
    };
    let stub = match container.derive {
        Derive::Rpc => quote! {
            #[automatically_derived]
            impl #impl_generics #private::RpcAction for #ident #type_generics #where_clause {
                const ACTION: &'static str = "";
                const VERSION: &'static str = "";
                const ENDPOINT: &'static str = "";
                const IDEMPOTENT: bool = false;
                const FIELDS: &'static [#private::FieldMeta] = &[];
                type Response = #private::GenericResponse;
                fn write_params(&self, _: &mut #private::ParamWriter) {
                    ::core::unreachable!()
                }
            }
        },
        Derive::RpcParams => quote! {
            #[automatically_derived]
            impl #impl_generics #private::RpcParams for #ident #type_generics #where_clause {
                const FIELDS: &'static [#private::FieldMeta] = &[];
                fn write_fields(&self, _: &mut #private::ParamWriter) {
                    ::core::unreachable!()
                }
            }
            #param_value
        },
        Derive::RpcValue => quote! {
            #[automatically_derived]
            impl #impl_generics #private::RpcValue for #ident #type_generics #where_clause {
                const VALUES: &'static [&'static str] = &[];
                fn wire_value(&self) -> &'static str {
                    ::core::unreachable!()
                }
            }
            #param_value
        },
        Derive::RpcPage => quote! {
            #[automatically_derived]
            impl #impl_generics #private::Page for #ident #type_generics #where_clause {
                type Item = ();
                fn into_items(self) -> ::std::vec::Vec<()> {
                    ::core::unreachable!()
                }
                fn item_count(&self) -> usize {
                    ::core::unreachable!()
                }
                fn fingerprint(&self) -> u64 {
                    ::core::unreachable!()
                }
            }
        },
    };
    let methods = match (&container.body, container.derive) {
        (Body::Struct(fields), Derive::Rpc | Derive::RpcParams) => {
            constructor::expand(&private, container, fields)
        }
        _ => TokenStream::new(),
    };
    let stub = wrap(
        container,
        quote! {
            #methods
            #stub
        },
    );
    quote! {
        #errors
        #stub
    }
}
