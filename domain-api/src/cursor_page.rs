//! The page of Domain's cursor listings (`QueryTaskDetailHistory`, `QueryTaskInfoHistory`).
//!
//! These listings page by the last item rather than by number: to read the next page, send the
//! cursor fields of [`CursorPage::next_page_cursor`] back (a task's `TaskNo` and
//! `CreateTimeLong`, a detail's `DomainName` and `TaskDetailNo`). The cursor spans several request
//! fields, so a page stream cannot move it on its own, and these listings are read one page at a
//! time.

use serde::{Deserialize, Deserializer};

/// One page of a cursor listing, with the items that bound it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", bound = "T: Deserialize<'de>")]
#[non_exhaustive]
pub struct CursorPage<T> {
    /// `RequestId`: the request's id; quote it to Alibaba Cloud support.
    pub request_id: String,
    /// `PageSize`: the items asked for per page.
    pub page_size: Option<u32>,
    /// `Objects`: the items of this page.
    #[serde(default, deserialize_with = "aliyun_rpc::wrapped_list")]
    pub objects: Vec<T>,
    /// `CurrentPageCursor`: the item this page starts from.
    #[serde(default, deserialize_with = "cursor")]
    pub current_page_cursor: Option<T>,
    /// `NextPageCursor`: the item the next page starts from; absent on the last page.
    #[serde(default, deserialize_with = "cursor")]
    pub next_page_cursor: Option<T>,
    /// `PrePageCursor`: the item the previous page starts from; absent on the first page.
    #[serde(default, deserialize_with = "cursor")]
    pub pre_page_cursor: Option<T>,
}

/// A cursor item, or none for a missing, `null` or empty one: XML sends an empty element
/// (`<nextPageCursor/>`) where there is no cursor, which a plain `Option` would read as an item
/// with every field missing.
fn cursor<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    // A lone item reads as a one-item list, and an empty element as an empty one.
    let items: Vec<T> = aliyun_rpc::wrapped_list(deserializer)?;
    if items.len() > 1 {
        return Err(serde::de::Error::custom(
            "a cursor holds one item, found a list",
        ));
    }
    Ok(items.into_iter().next())
}
