//! Which field types each `#[rpc(...)]` key applies to, checked at compile time.
//!
//! `#[derive(Rpc)]` and `#[derive(RpcParams)]` call these functions in the code they generate,
//! spanned on the key, so that a key on a type it does not suit (`min` on a `String`, `flatten`
//! on a type without `RpcParams`) is one compile error that names the key and the type. They are
//! public because the compiler names them in that error; there is no reason to call them by hand.

use crate::params::RpcParams;

/// Types that `#[rpc(min = …, max = …)]` can bound: integers, and options and lists of them.
#[diagnostic::on_unimplemented(
    message = "`min` and `max` bound integers, and `{Self}` is not an integer",
    label = "declared on a field of type `{Self}`",
    note = "use `min_len`/`max_len` to bound the length of a string or list"
)]
pub trait IntegerBounded {}

/// Types that `#[rpc(min_len = …, max_len = …, non_empty)]` can bound: strings and lists, and
/// options of them.
#[diagnostic::on_unimplemented(
    message = "`min_len`, `max_len` and `non_empty` bound strings and lists, and `{Self}` is neither",
    label = "declared on a field of type `{Self}`",
    note = "use `min`/`max` to bound an integer"
)]
pub trait LengthBounded {}

/// Implements [`IntegerBounded`] for integer types.
macro_rules! integer_targets {
    ($($ty:ty),*) => {$( impl IntegerBounded for $ty {} )*};
}
integer_targets!(i8, i16, i32, i64, u8, u16, u32, u64);
impl<T: IntegerBounded> IntegerBounded for Option<T> {}
impl<T: IntegerBounded> IntegerBounded for Vec<T> {}
impl<T: IntegerBounded> IntegerBounded for Box<T> {}
impl<T: IntegerBounded, const N: usize> IntegerBounded for [T; N] {}

impl LengthBounded for String {}
impl LengthBounded for str {}
impl LengthBounded for Box<str> {}
impl LengthBounded for std::borrow::Cow<'_, str> {}
impl<T> LengthBounded for Vec<T> {}
impl<T, const N: usize> LengthBounded for [T; N] {}
impl<T: LengthBounded> LengthBounded for Option<T> {}

/// Compiles only when `min`/`max` apply to `T`; generated code spans it on the offending key.
pub const fn min_max_apply_to<T: IntegerBounded + ?Sized>() {}

/// Compiles only when `min_len`/`max_len`/`non_empty` apply to `T`; generated code spans it on
/// the offending key.
pub const fn length_bounds_apply_to<T: LengthBounded + ?Sized>() {}

/// Compiles only when `T` is a parameter structure; generated code spans it on `flatten`.
pub const fn flatten_applies_to<T: RpcParams + ?Sized>() {}
