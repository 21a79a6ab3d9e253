//! Cursor paging, as the `…History` listings do it: a page starts at the entry the cursor names,
//! and the answer names the first entries of this page, the next and the previous one.

use serde_json::{Map, Value, json};

/// One page of `entries` (already in listing order) starting at `start`, `size` long:
/// `Objects`, `PageSize`, and `CurrentPageCursor`, `NextPageCursor`, `PrePageCursor` (each the
/// first entry of that page, absent when there is no such page). Send the fields of
/// `NextPageCursor` back as the cursor parameters to read on.
pub(super) fn cursor_page(entries: &[Value], start: usize, size: usize) -> Map<String, Value> {
    let start = start.min(entries.len());
    let end = start.saturating_add(size).min(entries.len());
    let mut fields = Map::new();
    fields.insert("PageSize".to_owned(), json!(size));
    fields.insert(
        "Objects".to_owned(),
        Value::Array(entries[start..end].to_vec()),
    );
    let mut cursor = |name: &str, index: Option<usize>| {
        if let Some(entry) = index.and_then(|i| entries.get(i)) {
            fields.insert(name.to_owned(), entry.clone());
        }
    };
    cursor("CurrentPageCursor", Some(start));
    cursor("NextPageCursor", (end < entries.len()).then_some(end));
    cursor(
        "PrePageCursor",
        start.checked_sub(size).or((start > 0).then_some(0)),
    );
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_name_the_first_entries_of_this_the_next_and_the_previous_page() {
        let entries: Vec<Value> = (0..5).map(|i| json!({ "N": i })).collect();
        let first = cursor_page(&entries, 0, 2);
        assert_eq!(first["Objects"], json!([{ "N": 0 }, { "N": 1 }]));
        assert_eq!(first["NextPageCursor"], json!({ "N": 2 }));
        assert!(!first.contains_key("PrePageCursor"));
        let last = cursor_page(&entries, 4, 2);
        assert_eq!(last["Objects"], json!([{ "N": 4 }]));
        assert_eq!(last["PrePageCursor"], json!({ "N": 2 }));
        assert!(!last.contains_key("NextPageCursor"));
        assert_eq!(
            cursor_page(&entries, 1, 2)["PrePageCursor"],
            json!({ "N": 0 })
        );
        assert_eq!(cursor_page(&entries, 9, 2)["Objects"], json!([]));
    }
}
