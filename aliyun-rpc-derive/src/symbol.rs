//! Every keyword of the `rpc` attribute, named once so that parsing and messages agree on spelling.

use std::fmt;

use syn::{Ident, Path};

/// One keyword of the `rpc` attribute.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Symbol(&'static str);

/// The attribute itself: `#[rpc(...)]`.
pub(crate) const RPC: Symbol = Symbol("rpc");

/// Container: the action name.
pub(crate) const ACTION: Symbol = Symbol("action");
/// Container: a type implementing `Product`, for version and endpoint.
pub(crate) const PRODUCT: Symbol = Symbol("product");
/// Container: the API version, when no product is named.
pub(crate) const VERSION: Symbol = Symbol("version");
/// Container: the default host, when no product is named.
pub(crate) const ENDPOINT: Symbol = Symbol("endpoint");
/// Container: the decoded response type.
pub(crate) const RESPONSE: Symbol = Symbol("response");
/// Container: whether the action may be resent.
pub(crate) const IDEMPOTENT: Symbol = Symbol("idempotent");
/// Container: a hand-written validation function.
pub(crate) const VALIDATE: Symbol = Symbol("validate");
/// Container: the path of the runtime crate.
pub(crate) const CRATE: Symbol = Symbol("crate");
/// Container (`RpcValue`): how variant names become wire values.
pub(crate) const RENAME_ALL: Symbol = Symbol("rename_all");
/// Container (`Rpc`, `RpcParams`): no generated `new`, for a struct that writes its own.
pub(crate) const NO_CONSTRUCTOR: Symbol = Symbol("no_constructor");

/// Field or variant: the wire name.
pub(crate) const RENAME: Symbol = Symbol("rename");
/// Field: not sent.
pub(crate) const SKIP: Symbol = Symbol("skip");
/// Field: the fields of a nested structure, written without a prefix.
pub(crate) const FLATTEN: Symbol = Symbol("flatten");
/// Field: the parameter goes in the form body whatever the request's size (`formData`).
pub(crate) const BODY: Symbol = Symbol("body");
/// Field: the value is sent as one JSON text (the metadata's `json` style).
pub(crate) const JSON: Symbol = Symbol("json");
/// Field: the smallest allowed integer.
pub(crate) const MIN: Symbol = Symbol("min");
/// Field: the largest allowed integer.
pub(crate) const MAX: Symbol = Symbol("max");
/// Field: the smallest allowed length.
pub(crate) const MIN_LEN: Symbol = Symbol("min_len");
/// Field: the largest allowed length.
pub(crate) const MAX_LEN: Symbol = Symbol("max_len");
/// Field: shorthand for `min_len = 1`.
pub(crate) const NON_EMPTY: Symbol = Symbol("non_empty");
/// Field: not a parameter of the generated `new`, which starts it at its default.
pub(crate) const DEFAULT: Symbol = Symbol("default");

/// Field of an action or a page: the page number asked for, or answered.
pub(crate) const PAGE_NUMBER: Symbol = Symbol("page_number");
/// Field of an action or a page: the token of the next page.
pub(crate) const NEXT_TOKEN: Symbol = Symbol("next_token");
/// Field of a page: the list of items.
pub(crate) const ITEMS: Symbol = Symbol("items");
/// Field of a page: whether another page follows.
pub(crate) const NEXT_PAGE: Symbol = Symbol("next_page");
/// Field of a page: items over all pages.
pub(crate) const TOTAL_ITEMS: Symbol = Symbol("total_items");
/// Field of a page: pages in all.
pub(crate) const TOTAL_PAGES: Symbol = Symbol("total_pages");

/// Every key that belongs on the struct or enum itself.
pub(crate) const CONTAINER_KEYS: &[Symbol] = &[
    ACTION,
    PRODUCT,
    VERSION,
    ENDPOINT,
    RESPONSE,
    IDEMPOTENT,
    VALIDATE,
    CRATE,
    RENAME_ALL,
    NO_CONSTRUCTOR,
];

/// Every key that belongs on a field.
pub(crate) const FIELD_KEYS: &[Symbol] = &[
    RENAME, SKIP, FLATTEN, JSON, BODY, MIN, MAX, MIN_LEN, MAX_LEN, NON_EMPTY, DEFAULT,
];

/// The keys an action's field takes to say how it pages.
pub(crate) const REQUEST_PAGE_KEYS: &[Symbol] = &[PAGE_NUMBER, NEXT_TOKEN];

/// Every key that belongs on a field of a page (`#[derive(RpcPage)]`).
pub(crate) const PAGE_FIELD_KEYS: &[Symbol] = &[
    ITEMS,
    NEXT_PAGE,
    TOTAL_ITEMS,
    TOTAL_PAGES,
    PAGE_NUMBER,
    NEXT_TOKEN,
];

/// Every key that belongs on an enum variant.
pub(crate) const VARIANT_KEYS: &[Symbol] = &[RENAME];

impl Symbol {
    /// The keyword as written.
    pub(crate) fn as_str(self) -> &'static str {
        self.0
    }

    /// The known keyword spelled `word`, if any, from `keys`.
    pub(crate) fn find(keys: &[Symbol], path: &Path) -> Option<Symbol> {
        keys.iter().copied().find(|key| path == key)
    }
}

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.0)
    }
}

/// The candidate closest to `word`, if it is close enough to be a likely misspelling.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = match word.chars().count() {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    };
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(word, candidate), candidate))
        .filter(|&(distance, _)| distance <= limit)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// The optimal string alignment distance: insertions, deletions, substitutions and
/// transpositions of neighbours each cost one.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[Symbol]) -> impl Iterator<Item = &'static str> + '_ {
        list.iter().map(|key| key.as_str())
    }

    #[test]
    fn near_misses_suggest_the_intended_key() {
        assert_eq!(closest("renam", keys(FIELD_KEYS)), Some("rename"));
        assert_eq!(closest("acton", keys(CONTAINER_KEYS)), Some("action"));
        assert_eq!(
            closest("idempotnet", keys(CONTAINER_KEYS)),
            Some("idempotent")
        );
        assert_eq!(closest("minlen", keys(FIELD_KEYS)), Some("min_len"));
        assert_eq!(closest("nonempty", keys(FIELD_KEYS)), Some("non_empty"));
        assert_eq!(closest("defualt", keys(FIELD_KEYS)), Some("default"));
        assert_eq!(
            closest("no_constructors", keys(CONTAINER_KEYS)),
            Some("no_constructor")
        );
    }

    #[test]
    fn unrelated_words_suggest_nothing() {
        assert_eq!(closest("serialize_with", keys(FIELD_KEYS)), None);
        assert_eq!(closest("xy", keys(FIELD_KEYS)), None);
        assert_eq!(closest("with", keys(FIELD_KEYS)), None);
    }

    #[test]
    fn transpositions_cost_one() {
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("rename", "rename"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
