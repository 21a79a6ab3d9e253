//! The traits a value implements to be written as parameters.

use crate::rules::Rules;
use crate::shape::{FieldMeta, Shape};

use super::writer::ParamWriter;

/// A value that can be written as request parameters.
///
/// Implemented for strings, integers, booleans, `Option`, `Vec`, slices and arrays, for structures
/// that derive [`RpcParams`] and for enums that derive [`RpcValue`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be sent as a request parameter",
    label = "`{Self}` does not implement `ParamValue`",
    note = "derive `aliyun_rpc::RpcParams` for a structure, or `aliyun_rpc::RpcValue` for an enum of fixed strings"
)]
pub trait ParamValue {
    /// Writes the value under the writer's current name.
    fn write_value(&self, writer: &mut ParamWriter);

    /// Records, under the writer's current name, every declared bound the value breaks.
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        let _ = (rules, writer);
    }

    /// The wire shape of the type (for hand-written implementations, an opaque "custom").
    fn shape() -> Shape
    where
        Self: Sized,
    {
        Shape::Other("custom")
    }
}

/// A structure whose fields are written as `Prefix.Field` parameters. Derive it with
/// `#[derive(RpcParams)]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a parameter structure",
    label = "`flatten` needs a type that derives `RpcParams`",
    note = "derive `aliyun_rpc::RpcParams` for `{Self}`"
)]
pub trait RpcParams {
    /// The declared fields, in order.
    const FIELDS: &'static [FieldMeta];

    /// Writes every field under the writer's current name.
    fn write_fields(&self, writer: &mut ParamWriter);
}

/// An enum of unit variants, each sent as a fixed string. Derive it with `#[derive(RpcValue)]`.
pub trait RpcValue {
    /// Every wire value, in declaration order.
    const VALUES: &'static [&'static str];

    /// The wire value of this variant.
    fn wire_value(&self) -> &'static str;
}
