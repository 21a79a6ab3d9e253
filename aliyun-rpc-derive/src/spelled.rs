//! What a field's type is, read from how it is spelled: a derive sees tokens, not types, so
//! `Option<T>`, `Vec<T>` and `String` are recognised by the last segment of their path (`Option`,
//! `std::option::Option` and `::core::option::Option` alike).

use syn::{GenericArgument, PathArguments, Type};

/// `T` when `ty` is spelled `Option<T>`.
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    single_argument(ty, "Option")
}

/// `T` when `ty` is spelled `Vec<T>`.
pub(crate) fn vec_inner(ty: &Type) -> Option<&Type> {
    single_argument(ty, "Vec")
}

/// Whether `ty` is spelled `String`.
pub(crate) fn is_string(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|segment| {
        segment.ident == "String" && matches!(segment.arguments, PathArguments::None)
    })
}

/// The one type argument of `ty` when its path ends in `name<…>`.
fn single_argument<'t>(ty: &'t Type, name: &str) -> Option<&'t Type> {
    let segment = last_segment(ty).filter(|segment| segment.ident == name)?;
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    match arguments.args.iter().collect::<Vec<_>>().as_slice() {
        [GenericArgument::Type(inner)] => Some(inner),
        _ => None,
    }
}

/// The last segment of a path type, looking through parentheses and the invisible groups that
/// `macro_rules!` puts around a `$ty` fragment.
fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        Type::Group(group) => last_segment(&group.elem),
        Type::Paren(paren) => last_segment(&paren.elem),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str) -> Type {
        syn::parse_str(text).expect("a type")
    }

    #[test]
    fn recognises_options_lists_and_strings_by_their_last_segment() {
        assert!(option_inner(&ty("::core::option::Option<u32>")).is_some());
        assert!(option_inner(&ty("Option<Vec<String>>")).is_some());
        assert!(option_inner(&ty("Vec<u32>")).is_none());
        assert!(vec_inner(&ty("std::vec::Vec<Tag>")).is_some());
        assert!(vec_inner(&ty("[u32; 3]")).is_none());
        assert!(is_string(&ty("::std::string::String")));
        assert!(!is_string(&ty("str")));
        assert!(!is_string(&ty("Box<String>")));
    }
}
