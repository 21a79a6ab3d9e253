//! The contract between a declared action and the client that sends it.

use crate::endpoints::Endpoints;
use crate::params::ParamWriter;
use crate::shape::FieldMeta;
use crate::wire_names::NameTable;

/// An Alibaba Cloud product: where its RPC actions are sent and which API version they speak.
///
/// Implement it once per product and name it in `#[rpc(product = …)]` so that every action of the
/// product shares one version and one way of finding its host.
///
/// A central product names its host in `ENDPOINT` and is done; a regional one also declares
/// `ENDPOINTS` ([`Endpoints::regional`], a table from its metadata, or both):
///
/// ```
/// struct Ecs;
///
/// impl aliyun_rpc::Product for Ecs {
///     const NAME: &'static str = "Ecs";
///     const VERSION: &'static str = "2014-05-26";
///     const ENDPOINT: &'static str = "ecs.aliyuncs.com";
///     const ENDPOINTS: aliyun_rpc::Endpoints = aliyun_rpc::Endpoints::regional("ecs");
/// }
/// ```
pub trait Product {
    /// The product's code, as Alibaba spells it (`Domain`, `Ecs`).
    const NAME: &'static str;
    /// The API version every action of this product is sent with (`2018-01-29`).
    const VERSION: &'static str;
    /// The product's central host, without scheme or path (`domain.aliyuncs.com`): where its
    /// actions go unless `ENDPOINTS` says otherwise. A regional product names the host its
    /// metadata lists without a region (`ecs.aliyuncs.com`).
    const ENDPOINT: &'static str;
    /// How the product's host is found for the client's region and site (see
    /// [`endpoints`](crate::endpoints)); by default [`ENDPOINT`](Self::ENDPOINT) for every
    /// region.
    const ENDPOINTS: Endpoints = Endpoints::central(Self::ENDPOINT);
    /// Every parameter name of the product's actions, as its metadata spells them; empty (the
    /// default) when not known.
    ///
    /// When it is given, `#[derive(Rpc)]` checks each top-level wire name of an action declared
    /// with `product = …` against it at compile time. Alibaba spells some acronyms in capitals
    /// (`DBInstanceId`, `RRKeyWord`, `TTL`), where the default name of a field (`db_instance_id`
    /// → `DbInstanceId`) is wrong; such a mistake is then a compile error on the field. A name
    /// also counts as known when the list holds it flattened (`CpuOptions.Core` knows
    /// `CpuOptions`).
    const PARAMETER_NAMES: &'static [&'static str] = &[];
    /// [`PARAMETER_NAMES`](Self::PARAMETER_NAMES) hashed for the compile-time check, once per
    /// product. Not to be set: its default is the only right value.
    #[doc(hidden)]
    const PARAMETER_NAME_TABLE: NameTable = NameTable::of(Self::PARAMETER_NAMES);
}

/// One Alibaba Cloud RPC action: its name, version, endpoint, parameters and response type.
///
/// Implemented by `#[derive(Rpc)]`; a hand-written implementation is possible but rarely needed.
pub trait RpcAction {
    /// The `Action` parameter (`SaveBatchTaskForCreatingOrderRenew`).
    const ACTION: &'static str;
    /// The `Version` parameter (`2018-01-29`).
    const VERSION: &'static str;
    /// The product's central host, without scheme or path (`domain.aliyuncs.com`).
    const ENDPOINT: &'static str;
    /// How the host is found for the client's region and site: the product's
    /// [`Product::ENDPOINTS`] (`#[derive(Rpc)]` copies it), by default [`ENDPOINT`](Self::ENDPOINT)
    /// for every region.
    const ENDPOINTS: Endpoints = Endpoints::central(Self::ENDPOINT);
    /// Whether sending the action twice has the same effect as sending it once.
    ///
    /// Queries are idempotent. Orders are not: a renewal resent after an ambiguous failure may be
    /// charged twice, so the client never resends a non-idempotent action unless it knows the
    /// first attempt was not processed. `#[derive(Rpc)]` makes reads (actions named `Describe…`,
    /// `Query…`, `List…`, `Get…` or `Check…`) idempotent unless declared otherwise, and every
    /// other action not idempotent unless declared `idempotent`.
    const IDEMPOTENT: bool;
    /// The wire names, shapes and validation rules of the action's parameters, in declaration order.
    const FIELDS: &'static [FieldMeta];

    /// The decoded success response.
    type Response: serde::de::DeserializeOwned;

    /// Writes every parameter into `writer` and records every rule the values break.
    fn write_params(&self, writer: &mut ParamWriter);
}
