//! Derive macros for `aliyun-rpc`. Use them through `aliyun_rpc::{Rpc, RpcParams, RpcValue}`.

use proc_macro::TokenStream;

/// Placeholder until the derive lands.
#[proc_macro_derive(Rpc, attributes(rpc))]
pub fn derive_rpc(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}

/// Placeholder until the derive lands.
#[proc_macro_derive(RpcParams, attributes(rpc))]
pub fn derive_rpc_params(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}

/// Placeholder until the derive lands.
#[proc_macro_derive(RpcValue, attributes(rpc))]
pub fn derive_rpc_value(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}
