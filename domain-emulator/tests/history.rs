//! The cursor-paged task histories: QueryTaskInfoHistory and QueryTaskDetailHistory walk every
//! task and detail once, following `NextPageCursor`.

mod support;

use domain_emulator::{DomainRecord, Emulator};
use serde_json::Value;
use support::{answer, submit};

/// Walks a history from the start, sending `cursor_fields` of each `NextPageCursor` back;
/// returns `key` of every object seen and the number of pages.
async fn walk(
    emulator: &Emulator,
    action: &str,
    base: &[(&str, String)],
    cursor_fields: &[(&str, &str)],
    key: &str,
) -> (Vec<String>, usize) {
    let mut seen = Vec::new();
    let mut cursor: Option<Value> = None;
    for pages in 1..=10 {
        let mut params = base.to_vec();
        if let Some(next) = &cursor {
            for (parameter, field) in cursor_fields {
                params.push((
                    parameter,
                    next[*field].to_string().trim_matches('"').to_owned(),
                ));
            }
        }
        let body = answer(emulator, action, &params).await;
        let objects = body["Objects"].as_array().unwrap();
        seen.extend(objects.iter().map(|o| o[key].as_str().unwrap().to_owned()));
        match body.get("NextPageCursor") {
            Some(next) => cursor = Some(next.clone()),
            None => return (seen, pages),
        }
    }
    panic!("the history never ended: {seen:?}");
}

#[tokio::test]
async fn histories_walk_every_task_and_detail_once_behind_their_cursors() {
    let names = ["a.com", "b.com", "c.com"];
    let emulator = Emulator::builder()
        .domains(names.map(|n| DomainRecord::expiring_in_days(n, 50)))
        .start()
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for name in names {
        tasks.push(support::renew(&emulator, name).await);
    }
    let (listed, pages) = walk(
        &emulator,
        "QueryTaskInfoHistory",
        &[("PageSize", "2".to_owned())],
        &[
            ("TaskNoCursor", "TaskNo"),
            ("CreateTimeCursor", "CreateTimeLong"),
        ],
        "TaskNo",
    )
    .await;
    tasks.reverse();
    assert_eq!(
        (listed, pages),
        (tasks.clone(), 2),
        "newest first, two pages"
    );

    let mut change = vec![("AliyunDns", "true".to_owned())];
    change.extend(
        [
            ("DomainName.1", "a.com"),
            ("DomainName.2", "b.com"),
            ("DomainName.3", "c.com"),
        ]
        .map(|(k, v)| (k, v.to_owned())),
    );
    let task_no = submit(&emulator, "SaveBatchTaskForModifyingDomainDns", &change).await;
    let (domains, pages) = walk(
        &emulator,
        "QueryTaskDetailHistory",
        &[("TaskNo", task_no), ("PageSize", "2".to_owned())],
        &[
            ("TaskDetailNoCursor", "TaskDetailNo"),
            ("DomainNameCursor", "DomainName"),
        ],
        "DomainName",
    )
    .await;
    assert_eq!((domains, pages), (names.map(str::to_owned).to_vec(), 2));
    // A cursor naming nothing gives an empty page, not the first one again.
    let nowhere = [
        ("PageSize", "2".to_owned()),
        ("TaskNoCursor", "nope".to_owned()),
    ];
    let body = answer(&emulator, "QueryTaskInfoHistory", &nowhere).await;
    assert_eq!(body["Objects"], serde_json::json!([]));
}
