//! Static descriptions of parameters: what the derive declares, for metadata checks and tooling.

use crate::rules::Rules;

/// The wire shape of a parameter value.
///
/// Shapes are data that `#[derive(Rpc)]` and `#[derive(RpcParams)]` emit beside the code, so that a
/// test can hold a Rust declaration against machine-readable API metadata.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Shape {
    /// A string, sent as given.
    String,
    /// An integer, sent in plain decimal.
    Integer,
    /// A boolean, sent as `true` or `false`.
    Boolean,
    /// A floating-point number, sent as the official SDKs write it (`0.98`, `1.0`, `1e-05`).
    Number,
    /// One of a closed set of strings.
    Enum {
        /// Every wire value, in declaration order.
        values: &'static [&'static str],
    },
    /// A value that may be absent; absent values are not sent.
    Optional(fn() -> Shape),
    /// A list, sent as `Name.1`, `Name.2`, …
    List(fn() -> Shape),
    /// A structure, sent as `Name.Field` for each of its fields.
    Struct(&'static [FieldMeta]),
    /// A value sent as one JSON text (`#[rpc(json)]`, the metadata's `json` style).
    Json,
    /// A value whose shape the runtime does not know (a hand-written `ParamValue`).
    Other(&'static str),
}

impl Shape {
    /// The shape without any `Optional` layer, and whether there was one.
    pub fn unwrap_optional(self) -> (Shape, bool) {
        match self {
            Shape::Optional(inner) => (inner().unwrap_optional().0, true),
            other => (other, false),
        }
    }

    /// A short name for the shape: `string`, `integer`, `boolean`, `number`, `enum`, `list`,
    /// `struct`, `json`.
    pub fn kind(self) -> &'static str {
        match self {
            Shape::String => "string",
            Shape::Integer => "integer",
            Shape::Boolean => "boolean",
            Shape::Number => "number",
            Shape::Enum { .. } => "enum",
            Shape::Optional(_) => "optional",
            Shape::List(_) => "list",
            Shape::Struct(_) => "struct",
            Shape::Json => "json",
            Shape::Other(name) => name,
        }
    }
}

/// One declared field of an action or of a nested parameter structure.
#[derive(Debug, Clone, Copy)]
pub struct FieldMeta {
    /// The Rust field name (`order_renew_param`).
    pub rust_name: &'static str,
    /// The wire name (`OrderRenewParam`); empty for a flattened field.
    pub wire_name: &'static str,
    /// The shape of the field's type.
    pub shape: fn() -> Shape,
    /// The declared validation rules.
    pub rules: Rules,
    /// Whether the field's own fields are written without its name as a prefix.
    pub flatten: bool,
    /// Whether the field goes in the form body whatever the request's size (`#[rpc(body)]`,
    /// the metadata's `formData` position).
    pub body: bool,
}

/// The metadata of a field with no rules that is written under its wire name, in the query or
/// the body as the request's size decides: what generated code writes for most fields, in fewer
/// tokens than the struct's literal.
#[doc(hidden)]
pub const fn field(
    rust_name: &'static str,
    wire_name: &'static str,
    shape: fn() -> Shape,
) -> FieldMeta {
    FieldMeta {
        rust_name,
        wire_name,
        shape,
        rules: Rules::NONE,
        flatten: false,
        body: false,
    }
}

impl FieldMeta {
    /// Stops compilation with `message`: what the constant `#[derive(Rpc)]` generates to check
    /// wire names evaluates, spanned on a field whose name the product does not list. A call
    /// rather than a `panic!` in the generated code, which the compiler would expand three macros
    /// deep for every field of every action (about 5 % of a crate of actions' build). Not for
    /// hand-written code.
    #[doc(hidden)]
    pub const fn unknown_wire_name(message: &'static str) -> ! {
        panic!("{}", message)
    }

    /// Whether the field must always be sent (its type is not an `Option`).
    pub fn required(&self) -> bool {
        !(self.shape)().unwrap_optional().1
    }
}
