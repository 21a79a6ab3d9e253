//! The field types a page can be declared with, so that the code `#[derive(Rpc)]` and
//! `#[derive(RpcPage)]` generate reads and writes them whatever their integer width or
//! optionality.

/// A request's page number: an integer, or an option of one.
#[diagnostic::on_unimplemented(
    message = "a page number must be an integer, or an option of one; `{Self}` is neither",
    label = "marked `page_number` here"
)]
pub trait PageNumberField {
    /// The number, if set and not negative.
    fn page_number(&self) -> Option<u64>;
    /// Sets the number; saturates at the type's largest value (a stream stops long before).
    fn set_page_number(&mut self, number: u64);
}

/// A token: a `String` (empty meaning none) or an `Option<String>`.
#[diagnostic::on_unimplemented(
    message = "a page token must be a `String` or an `Option<String>`, not `{Self}`",
    label = "marked `next_token` here"
)]
pub trait TokenField {
    /// The token, if present and not empty.
    fn token(&self) -> Option<&str>;
    /// Sets the token.
    fn set_token(&mut self, token: &str);
}

/// A count in a response: an integer, or an option of one.
#[diagnostic::on_unimplemented(
    message = "a count of pages or items must be an integer, or an option of one; `{Self}` is neither"
)]
pub trait CountField {
    /// The count, if given and not negative.
    fn count(&self) -> Option<u64>;
}

/// A flag in a response: `bool` or `Option<bool>`.
#[diagnostic::on_unimplemented(
    message = "`next_page` must be a `bool` or an `Option<bool>`, not `{Self}`"
)]
pub trait FlagField {
    /// The flag, if given.
    fn flag(&self) -> Option<bool>;
}

/// A page's list of items: `Vec<T>` or `Option<Vec<T>>`.
#[diagnostic::on_unimplemented(
    message = "the items of a page must be a `Vec<T>` or an `Option<Vec<T>>`, not `{Self}`",
    note = "read a list the service wraps in an object (`Data: {{Item: [...]}}`) with `#[serde(deserialize_with = \"aliyun_rpc::wrapped_list\")]`"
)]
pub trait ItemsField {
    /// What the list holds.
    type Item;
    /// The items, an absent list being empty.
    fn into_items(self) -> Vec<Self::Item>;
    /// How many items there are.
    fn item_count(&self) -> usize;
}

/// What a page's items are recognised by: their `Debug` rendering, hashed, which covers every
/// field without asking the item types for `Hash` or `Eq`.
#[diagnostic::on_unimplemented(
    message = "the items of a page must implement `Debug`, and `{Self}` does not",
    note = "a page stream recognises a page the service repeats by its items' `Debug` text; derive `Debug` for the item type"
)]
pub trait Fingerprint {
    /// A hash of the value's `Debug` text; nothing but the hash is kept.
    fn fingerprint(&self) -> u64;
}

impl<T: std::fmt::Debug + ?Sized> Fingerprint for T {
    fn fingerprint(&self) -> u64 {
        use std::fmt::Write as _;
        use std::hash::{DefaultHasher, Hasher};

        /// Feeds formatted text straight into the hasher, with no buffer.
        struct HashWriter(DefaultHasher);
        impl std::fmt::Write for HashWriter {
            fn write_str(&mut self, text: &str) -> std::fmt::Result {
                self.0.write(text.as_bytes());
                Ok(())
            }
        }
        let mut writer = HashWriter(DefaultHasher::new());
        // Writing to a hasher cannot fail; a `Debug` that fails only weakens the fingerprint.
        let _ = write!(writer, "{self:?}");
        writer.0.finish()
    }
}

/// Implements the number traits for integer types.
macro_rules! integer_fields {
    ($($ty:ty),*) => {$(
        impl PageNumberField for $ty {
            fn page_number(&self) -> Option<u64> {
                u64::try_from(*self).ok()
            }
            fn set_page_number(&mut self, number: u64) {
                *self = <$ty>::try_from(number).unwrap_or(<$ty>::MAX);
            }
        }
        impl CountField for $ty {
            fn count(&self) -> Option<u64> {
                u64::try_from(*self).ok()
            }
        }
    )*};
}
integer_fields!(u16, u32, u64, usize, i16, i32, i64);

impl<T: PageNumberField + Default> PageNumberField for Option<T> {
    fn page_number(&self) -> Option<u64> {
        self.as_ref().and_then(PageNumberField::page_number)
    }
    fn set_page_number(&mut self, number: u64) {
        self.get_or_insert_with(T::default).set_page_number(number);
    }
}

impl<T: CountField> CountField for Option<T> {
    fn count(&self) -> Option<u64> {
        self.as_ref().and_then(CountField::count)
    }
}

impl TokenField for String {
    fn token(&self) -> Option<&str> {
        (!self.is_empty()).then_some(self.as_str())
    }
    fn set_token(&mut self, token: &str) {
        token.clone_into(self);
    }
}

impl TokenField for Option<String> {
    fn token(&self) -> Option<&str> {
        self.as_deref().filter(|token| !token.is_empty())
    }
    fn set_token(&mut self, token: &str) {
        *self = Some(token.to_owned());
    }
}

impl FlagField for bool {
    fn flag(&self) -> Option<bool> {
        Some(*self)
    }
}

impl FlagField for Option<bool> {
    fn flag(&self) -> Option<bool> {
        *self
    }
}

impl<T> ItemsField for Vec<T> {
    type Item = T;
    fn into_items(self) -> Vec<T> {
        self
    }
    fn item_count(&self) -> usize {
        self.len()
    }
}

impl<T> ItemsField for Option<Vec<T>> {
    type Item = T;
    fn into_items(self) -> Vec<T> {
        self.unwrap_or_default()
    }
    fn item_count(&self) -> usize {
        self.as_ref().map_or(0, Vec::len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_every_width_read_and_write_and_negatives_read_as_none() {
        let mut small: Option<u16> = None;
        assert_eq!(small.page_number(), None);
        small.set_page_number(3);
        assert_eq!(small, Some(3));
        small.set_page_number(1 << 40);
        assert_eq!(small, Some(u16::MAX));
        assert_eq!((-1i32).page_number(), None);
        assert_eq!((-1i64).count(), None);
        assert_eq!(Some(7u64).count(), Some(7));
    }

    #[test]
    fn empty_tokens_are_no_tokens() {
        assert_eq!(String::new().token(), None);
        assert_eq!(Some(String::new()).token(), None);
        let mut token: Option<String> = None;
        token.set_token("abc");
        assert_eq!(token.token(), Some("abc"));
    }

    #[test]
    fn an_absent_list_is_empty() {
        assert!(None::<Vec<u8>>.into_items().is_empty());
        assert_eq!(Some(vec![1, 2]).into_items(), [1, 2]);
    }
}
