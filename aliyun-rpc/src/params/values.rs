//! How the standard types are written: strings as given, integers in decimal, floats as the
//! official SDKs write them, `Option` as nothing or its value, lists as entries from 1.

use std::borrow::Cow;

use crate::rules::{LengthUnit, Problem, Rules};
use crate::shape::Shape;

use super::traits::ParamValue;
use super::writer::ParamWriter;

/// Implements [`ParamValue`] for string-like types.
macro_rules! string_value {
    ($($ty:ty),*) => {$(
        impl ParamValue for $ty {
            fn write_value(&self, writer: &mut ParamWriter) {
                writer.value_str(self);
            }
            fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
                if let Some(problem) = rules.check_text_length(self) {
                    writer.reject(problem);
                }
            }
            fn shape() -> Shape {
                Shape::String
            }
        }
    )*};
}
string_value!(String, Box<str>, Cow<'_, str>);

impl ParamValue for str {
    fn write_value(&self, writer: &mut ParamWriter) {
        writer.value_str(self);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        if let Some(problem) = rules.check_text_length(self) {
            writer.reject(problem);
        }
    }
}

/// Implements [`ParamValue`] for integer types.
macro_rules! integer_value {
    ($($ty:ty),*) => {$(
        impl ParamValue for $ty {
            fn write_value(&self, writer: &mut ParamWriter) {
                writer.value_str(itoa::Buffer::new().format(*self));
            }
            fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
                if let Some(problem) = rules.check_integer(i128::from(*self)) {
                    writer.reject(problem);
                }
            }
            fn shape() -> Shape {
                Shape::Integer
            }
        }
    )*};
}
integer_value!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Implements [`ParamValue`] for floating-point types, written as the official SDKs write them
/// (see `float.rs`); NaN and the infinities are refused before anything is sent.
macro_rules! float_value {
    ($($ty:ty => $text:path),*) => {$(
        impl ParamValue for $ty {
            fn write_value(&self, writer: &mut ParamWriter) {
                match $text(*self) {
                    Some(text) => writer.value_str(&text),
                    None => writer.reject(Problem::Invalid(format!(
                        "is {self}, which is not a finite number"
                    ))),
                }
            }
            fn shape() -> Shape {
                Shape::Number
            }
        }
    )*};
}
float_value!(f64 => crate::float::python_text, f32 => crate::float::shortest_f32);

impl ParamValue for bool {
    fn write_value(&self, writer: &mut ParamWriter) {
        writer.value_str(if *self { "true" } else { "false" });
    }
    fn shape() -> Shape {
        Shape::Boolean
    }
}

impl<T: ParamValue + ?Sized> ParamValue for &T {
    fn write_value(&self, writer: &mut ParamWriter) {
        (**self).write_value(writer);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        (**self).check_rules(rules, writer);
    }
    fn shape() -> Shape {
        Shape::Other("reference")
    }
}

impl<T: ParamValue> ParamValue for Box<T> {
    fn write_value(&self, writer: &mut ParamWriter) {
        (**self).write_value(writer);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        (**self).check_rules(rules, writer);
    }
    fn shape() -> Shape {
        T::shape()
    }
}

impl<T: ParamValue> ParamValue for Option<T> {
    fn write_value(&self, writer: &mut ParamWriter) {
        if let Some(value) = self {
            value.write_value(writer);
        }
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        if let Some(value) = self {
            value.check_rules(rules, writer);
        }
    }
    fn shape() -> Shape {
        Shape::Optional(T::shape)
    }
}

impl<T: ParamValue> ParamValue for [T] {
    fn write_value(&self, writer: &mut ParamWriter) {
        // Element bounds were checked by `check_rules`; entries are written without rules.
        writer.entries(self);
    }
    fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
        if let Some(problem) = rules.check_length(self.len(), LengthUnit::Entries) {
            writer.reject(problem);
        }
        let element_rules = rules.for_elements();
        if element_rules.is_empty() {
            return;
        }
        let restore = writer.name.len();
        for (position, item) in self.iter().enumerate() {
            writer.name.push('.');
            writer
                .name
                .push_str(itoa::Buffer::new().format(position + 1));
            item.check_rules(&element_rules, writer);
            writer.name.truncate(restore);
        }
    }
}

/// Implements [`ParamValue`] for owned lists: written and checked as their slice.
macro_rules! list_value {
    ($([$($generics:tt)*] $ty:ty),*) => {$(
        impl<T: ParamValue, $($generics)*> ParamValue for $ty {
            fn write_value(&self, writer: &mut ParamWriter) {
                self.as_slice().write_value(writer);
            }
            fn check_rules(&self, rules: &Rules, writer: &mut ParamWriter) {
                self.as_slice().check_rules(rules, writer);
            }
            fn shape() -> Shape {
                Shape::List(T::shape)
            }
        }
    )*};
}
list_value!([] Vec<T>, [const N: usize] [T; N]);
