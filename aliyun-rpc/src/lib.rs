#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

// Lets the runtime's own actions (STS) use the derive, whose output names `::aliyun_rpc`.
extern crate self as aliyun_rpc;

mod action;
pub mod attribute_checks;
mod client;
mod codes;
pub mod credentials;
mod credentials_error;
mod dynamic;
mod encode;
pub mod endpoints;
mod error;
mod float;
mod http_failure;
mod joined;
#[doc = include_str!("guide.md")]
pub mod guide {}
pub mod pacing;
pub mod pages;
mod params;
mod protocol;
mod request;
mod response;
pub mod retry;
mod rules;
mod secret;
mod shape;
pub mod sign;
mod wire_names;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use action::{Product, RpcAction};
pub use client::{
    Client, ClientBuilder, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_OPERATION_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
};
pub use credentials::{Credentials, CredentialsError, DefaultCredentialsChain, ProvideCredentials};
pub use encode::percent_encode;
pub use endpoints::{EndpointError, Endpoints, Scheme, Site};
pub use error::{
    Error, ResponseError, ServiceError, SignatureMismatch, TimeoutKind, TransportError,
};
pub use pacing::Pacing;
pub use pages::{Listing, Page, Paginated};
pub use params::{JsonText, ParamValue, ParamWriter, Params, RpcParams, RpcValue};
pub use protocol::{Format, SignatureVersion};
pub use request::SignedRequest;
pub use response::{GenericResponse, decode_response, wrapped_list};
pub use retry::RetryPolicy;
pub use rules::{LengthUnit, ParamProblem, Problem, Rules};
pub use secret::Secret;
pub use shape::{FieldMeta, Shape};

/// Derives [`RpcAction`] for a struct whose fields are an action's parameters.
#[cfg(feature = "derive")]
pub use aliyun_rpc_derive::Rpc;
/// Derives [`Page`] for one page of a listing's response.
#[cfg(feature = "derive")]
pub use aliyun_rpc_derive::RpcPage;
/// Derives [`RpcParams`] for a struct written as `Prefix.Field` parameters.
#[cfg(feature = "derive")]
pub use aliyun_rpc_derive::RpcParams;
/// Derives [`RpcValue`] for an enum of unit variants sent as fixed strings.
#[cfg(feature = "derive")]
pub use aliyun_rpc_derive::RpcValue;

/// The serde version this crate decodes responses with, for `#[serde(crate = "aliyun_rpc::serde")]`.
pub use serde;
