//! Lists of problems and failures in messages: each one displayed, joined with `; `.

use std::fmt::Display;

/// `items`, each displayed, joined with `; `.
pub(crate) fn joined<T: Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}
