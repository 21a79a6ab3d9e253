//! Flattening: how Rust values become Alibaba's `Name.N.Field=value` parameters, in the one form
//! that signing and sending read.
//!
//! | file | concept |
//! |---|---|
//! | `traits.rs` | [`ParamValue`], [`RpcParams`], [`RpcValue`]: what can be written |
//! | `values.rs` | how the standard types are written |
//! | `json.rs` | [`JsonText`]: the `json` style, a value sent as its JSON text |
//! | `writer.rs` | [`ParamWriter`]: names (`.Field`, `.N`), rules, and writing each pair encoded |
//! | `canonical.rs` | canonical order: the one comparator, list entries' decimal order, block placement |
//! | `wire.rs` | `WirePairs`: the encoded wire text and the pairs' places in canonical order |
//! | `pairs.rs` | [`Params`]: the same text, read back decoded (for tests, logs and tools) |
//!
//! # One field, from struct to signed pair
//!
//! Take `#[rpc(rename = "DomainName")] domain: String` in a `#[derive(Rpc)]` struct, sent by
//! [`Client::prepare`](crate::Client::prepare) (and so by `call`):
//!
//! 1. **Derive** (`aliyun-rpc-derive/src/expand.rs`). The generated
//!    `RpcAction::write_params` makes one call, `write_derived` (`derived.rs`), with the
//!    struct's field table (`FIELDS`: wire names, rules, positions), its fields' values as
//!    `&dyn ParamValue`, and their order by wire name; for each field in that order (the
//!    client's writer) or as declared, it calls [`ParamWriter::declared_field`] (the macro has
//!    marked the wire names that need percent-encoding, which go through `field`).
//! 2. **Name** (`writer.rs`). `declared_field` → `named_child` appends `.DomainName` to the
//!    current name → `write_child` checks the declared rules ([`ParamValue::check_rules`]; a
//!    broken rule is recorded and nothing will be sent) and calls [`ParamValue::write_value`].
//! 3. **Value** (`values.rs` → `writer.rs`). `String`'s `write_value` → `value_str` appends
//!    `DomainName=enc(value)` to the wire text (`&`-joined, percent-encoded by `encode.rs`) and
//!    notes its span.
//! 4. **Canonical order** (`canonical.rs`). The spans, not the text, are kept in the byte order
//!    of the raw names: the client's writer writes list entries in decimal-string order
//!    (`1, 10, 11, 2`) and puts each finished block in place (`Placement::place_block`, one
//!    comparison in the usual case). `finish_for_signing` sorts only if that could not be done
//!    (names that need encoding, hand-written values out of order) and refuses a repeated name.
//! 5. **Signing** (`request.rs`, `sign/`). `client::write_params` hands the `WirePairs` to the
//!    request builder. V1 (`Unsigned::sign_v1`) merges the common parameters in at their places
//!    (`count_names_below`) and feeds every pair, in canonical order, into `V1Stream`, which
//!    encodes the already encoded text once more straight into the HMAC. V3
//!    (`Unsigned::sign_v3`) sends the pairs joined in canonical order as the query, which is its
//!    canonical query, or the text as written as a form body, which is only hashed.
//!
//! There is no other representation: no raw copy of the pairs, no second writer for awkward
//! names. Names with reserved characters take the slow comparator (decoded), nothing else.

mod canonical;
mod derived;
mod json;
mod pairs;
mod traits;
mod values;
mod wire;
mod writer;

#[cfg(test)]
mod tests;

pub(crate) use canonical::sort_raw_pairs;
pub use derived::{Flattened, write_derived};
pub use json::JsonText;
pub use pairs::Params;
pub use traits::{ParamValue, RpcParams, RpcValue};
pub(crate) use wire::WirePairs;
pub use writer::ParamWriter;
