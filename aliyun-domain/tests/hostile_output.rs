//! The `aliyun-domain` binary against a server whose text is hostile to terminals: domain names,
//! task numbers, failure reasons and error messages full of escape sequences (CSI, OSC titles,
//! OSC 8 hyperlinks, C1 controls), carriage returns, bells, bidi overrides and invisible
//! characters, next to CJK and other wide or combining names.
//!
//! In table mode nothing but plain text and newlines reaches stdout or stderr, and wide names
//! keep the columns aligned; in JSON mode every string is exactly what the server sent.
//!
//! The server is a small HTTP/1.1 responder on 127.0.0.1, started by each test and stopped when
//! the test ends.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

mod support;

use serde_json::{Value, json};
use support::{Run, run_against};
use test_support::{Reply, Server};

/// The longest any one run may take.
const RUN_LIMIT: Duration = Duration::from_secs(20);

/// An expiration far enough ahead that every listed domain is current (2030-03-17, UTC).
const EXPIRATION_MS: i64 = 1_900_000_000_000;
const DAY_MS: i64 = 86_400_000;

/// The task the renewal creates: its number drives the terminal too.
/// The renewal's task number. A hostile one is never followed (the workflow refuses any task
/// number that is not 1 to 128 letters, digits, `-` or `_`), so the renewal tests carry hostile
/// domain names and a task number of the service's shape; `task` shows hostile ones.
const RENEWAL_TASK_NO: &str = "T-renewal-9";

/// The names the server lists, hostile ones first.
fn listed_names() -> Vec<&'static str> {
    vec![
        // CSI: clear the screen; OSC 0: retitle the window; BEL.
        "evil\u{1b}[2J\u{1b}]0;pwned\u{7}.com",
        // An OSC 8 hyperlink, terminated with ST.
        "\u{1b}]8;;https://evil.example/\u{1b}\\click-me.com\u{1b}]8;;\u{1b}\\",
        // A bidi override that reverses what follows.
        "gro.\u{202e}evil.com",
        // A carriage return that overwrites the row.
        "ok.com\rfake.com",
        "zero\u{200b}width.com",
        // A C1 CSI, NUL and DEL.
        "c1\u{9b}31m.com",
        "nul\u{0}del\u{7f}.com",
        "isolate\u{2066}x\u{2069}.net",
        "line\u{2028}sep.org",
        "bom\u{feff}.com",
        // Wide and combining, but harmless.
        "中文域名.cn",
        "한국어.kr",
        "ひらがな.jp",
        "\u{1f680}launch.io",
        "เว็บ.th",
        "cafe\u{301}.fr",
        "plain.com",
    ]
}

/// The reason every failed detail gives.
const HOSTILE_REASON: &str =
    "refused \u{1b}[31mRED\u{1b}[0m \u{202e}lanigiro\r\naliyun-domain: all renewed\u{7}";
/// The error every failing call gives.
const HOSTILE_CODE: &str = "Denied\u{1b}[5m";
const HOSTILE_MESSAGE: &str = "no \u{1b}]8;;https://evil.example/\u{7}link\u{1b}]8;;\u{7}\r\n\
                               aliyun-domain: renewed 10 domains \u{202e}\u{200b}\u{9d}";

/// The workspace's loopback server, answering the Domain actions with hostile text.
fn hostile_server() -> Server {
    let flaky_reads = AtomicU32::new(0);
    Server::start(move |request| {
        let mut params: HashMap<String, String> = request.params().into_iter().collect();
        // Signature V3 names the action in a header, V1 among the parameters.
        params.insert("Action".to_owned(), request.action());
        let (status, body) = respond(&params, &flaky_reads);
        Reply::status(status, body.to_string()).with_content_type("application/json")
    })
}

fn error_body() -> Value {
    json!({
        "RequestId": "R\u{1b}[1m",
        "HostId": "domain.aliyuncs.com",
        "Code": HOSTILE_CODE,
        "Message": HOSTILE_MESSAGE,
    })
}

fn one_page(items: &str, list: Vec<Value>) -> Value {
    json!({
        "RequestId": "R",
        "CurrentPageNum": 1,
        "TotalItemNum": list.len(),
        "TotalPageNum": 1,
        "NextPage": false,
        "Data": {items: list},
    })
}

fn respond(params: &HashMap<String, String>, flaky_reads: &AtomicU32) -> (u16, Value) {
    let action = params.get("Action").map_or("", String::as_str);
    let task_no = params.get("TaskNo").map_or("", String::as_str);
    match action {
        "QueryDomainList" => {
            let domains = listed_names()
                .into_iter()
                .enumerate()
                .map(|(i, name)| {
                    json!({
                        "DomainName": name,
                        "ExpirationDateLong": EXPIRATION_MS + i64::try_from(i).unwrap() * DAY_MS,
                        "Premium": false,
                    })
                })
                .collect();
            (200, one_page("Domain", domains))
        }
        "QueryDomainByDomainName" => {
            // Asked after the renewal: every listed domain a year later than listed, as a
            // renewed domain is (the workflow reports `renewed` only for one that moved).
            let name = params.get("DomainName").cloned().unwrap_or_default();
            let index = listed_names().iter().position(|n| *n == name).unwrap_or(0);
            let listed = EXPIRATION_MS + i64::try_from(index).unwrap() * DAY_MS;
            (
                200,
                json!({
                    "RequestId": "R",
                    "DomainName": name,
                    "ExpirationDateLong": listed + 365 * DAY_MS,
                }),
            )
        }
        "SaveBatchTaskForCreatingOrderRenew" => {
            (200, json!({"RequestId": "R", "TaskNo": RENEWAL_TASK_NO}))
        }
        "QueryTaskDetailList" if task_no == "ERR" => (400, error_body()),
        "QueryTaskDetailList" if task_no == "FLAKY" => {
            if flaky_reads.fetch_add(1, Ordering::SeqCst) == 0 {
                let detail = json!({"DomainName": "plain.com", "TaskStatus": "EXECUTING"});
                (200, one_page("TaskDetail", vec![detail]))
            } else {
                (400, error_body())
            }
        }
        "QueryTaskDetailList" if task_no == "T1" => {
            let details = vec![
                json!({"DomainName": listed_names()[0], "TaskNo": "T1",
                       "TaskStatus": "EXECUTE_FAILURE", "ErrorMsg": HOSTILE_REASON}),
                json!({"DomainName": "中文域名.cn", "TaskNo": "T1",
                       "TaskStatus": "EXECUTE_SUCCESS", "TaskResult": "order\u{1b}]0;t\u{7}42"}),
                json!({"DomainName": "gro.\u{202e}evil.com", "TaskNo": "T1",
                       "TaskStatus": "EXECUTE_FAILURE", "FailReason": "\u{9b}6n\u{1b}[6n"}),
            ];
            (200, one_page("TaskDetail", details))
        }
        "QueryTaskDetailList" => {
            // The renewal's task: plain.com renewed, every other domain refused.
            let details = listed_names()
                .into_iter()
                .map(|name| {
                    if name == "plain.com" {
                        json!({"DomainName": name, "TaskNo": task_no,
                               "TaskStatus": "EXECUTE_SUCCESS"})
                    } else {
                        json!({"DomainName": name, "TaskNo": task_no,
                               "TaskStatus": "EXECUTE_FAILURE", "ErrorMsg": HOSTILE_REASON})
                    }
                })
                .collect();
            (200, one_page("TaskDetail", details))
        }
        _ => (400, error_body()),
    }
}

/// Runs the binary against `server` with test credentials, killed after [`RUN_LIMIT`].
fn run(server: &Server, args: &[&str]) -> Run {
    run_against(&server.url, args, RUN_LIMIT)
}

/// Runs the binary against a new hostile server with `args`, and asserts that it exits with
/// `status` and that neither stdout nor stderr shows a terminal anything but plain text.
fn run_terminal_safe(args: &[&str], status: i32) -> Run {
    let server = hostile_server();
    let run = run(&server, args);
    assert_eq!(run.code(), status, "{}", run.stderr);
    assert_terminal_safe("stdout", &run.stdout);
    assert_terminal_safe("stderr", &run.stderr);
    run
}

/// Characters that must not reach a terminal raw: every control character but the newline
/// that ends a line, and the format and invisible characters the server sent.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{ad}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
        )
}

fn assert_terminal_safe(what: &str, text: &str) {
    let found: Vec<char> = text.chars().filter(|&c| is_unsafe(c)).collect();
    assert!(found.is_empty(), "{what} carries raw {found:?}: {text:?}");
}

/// Terminal columns of `text`, for the characters these tests use: CJK, kana, Hangul and the
/// rocket take two, the combining acute and the Thai mark none.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0x0301 | 0x0E47 => 0,
            0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 | 0x1F680 => 2,
            _ => 1,
        })
        .sum()
}

#[test]
fn listing_hostile_names_prints_them_escaped_and_aligned() {
    let run = run_terminal_safe(&["list"], 0);
    for shown in [
        "evil\\u{1b}[2J\\u{1b}]0;pwned\\u{7}.com",
        "\\u{1b}]8;;https://evil.example/\\u{1b}\\click-me.com",
        "gro.\\u{202e}evil.com",
        "ok.com\\rfake.com",
        "zero\\u{200b}width.com",
        "c1\\u{9b}31m.com",
        "nul\\u{0}del\\u{7f}.com",
        "isolate\\u{2066}x\\u{2069}.net",
        "line\\u{2028}sep.org",
        "bom\\u{feff}.com",
        "中文域名.cn",
        "cafe\u{301}.fr",
    ] {
        assert!(run.stdout.contains(shown), "{shown:?} not shown as such");
    }
    // One line per domain: no name broke its row.
    let lines: Vec<&str> = run.stdout.lines().collect();
    let names = listed_names().len();
    assert_eq!(lines.len(), 1 + names + 2, "header, rows, blank, summary");
    assert_eq!(lines[names + 2], format!("{names} domains"));
    // Every row's EXPIRATION column starts at the header's column, wide names or not.
    let header_column = columns(&lines[0][..lines[0].find("EXPIRATION").unwrap()]);
    for line in &lines[1..=names] {
        let at = line
            .find("  2030-")
            .or_else(|| line.find("  2030"))
            .unwrap()
            + 2;
        assert_eq!(
            columns(&line[..at]),
            header_column,
            "misaligned row {line:?}"
        );
    }
}

#[test]
fn listing_as_json_keeps_every_name_exactly() {
    // Control, format and invisible characters are written as JSON `\uXXXX` escapes, so none
    // is raw in the document, and each decodes back to exactly the server's character.
    let run = run_terminal_safe(&["--output", "json", "list"], 0);
    for escape in [
        "\\u001b[2J",
        "\\u009b31m",
        "\\u007f",
        "\\u202e",
        "\\u200b",
        "\\ufeff",
    ] {
        assert!(run.stdout.contains(escape), "{escape} missing");
    }
    let document: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    let mut shown: Vec<&str> = document["domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["domain"].as_str().unwrap())
        .collect();
    let mut listed = listed_names();
    shown.sort_unstable();
    listed.sort_unstable();
    assert_eq!(shown, listed, "the names, byte for byte");
    assert_eq!(document["total"], listed.len());
}

#[test]
fn a_task_shows_hostile_names_reasons_and_results_escaped() {
    // Two details failed.
    let run = run_terminal_safe(&["task", "T1"], 1);
    assert!(run.stdout.contains(
        "refused \\u{1b}[31mRED\\u{1b}[0m \\u{202e}lanigiro\\r\\naliyun-domain: all renewed\\u{7}"
    ));
    assert!(run.stdout.contains("result order\\u{1b}]0;t\\u{7}42"));
    assert!(run.stdout.contains("\\u{9b}6n\\u{1b}[6n"));
    assert_eq!(run.stdout.lines().count(), 1 + 3 + 2);
}

#[test]
fn a_task_as_json_keeps_every_reason_exactly() {
    let server = hostile_server();
    let run = run(&server, &["--output", "json", "task", "T1"]);
    assert_eq!(run.code(), 1);
    assert_terminal_safe("stdout", &run.stdout);
    let document: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    let details = document["details"].as_array().unwrap();
    assert_eq!(details[0]["domain"], listed_names()[0]);
    assert_eq!(details[0]["reason"], HOSTILE_REASON);
    assert_eq!(details[1]["result"], "order\u{1b}]0;t\u{7}42");
    assert_eq!(details[2]["reason"], "\u{9b}6n\u{1b}[6n");
}

#[test]
fn a_service_error_message_is_printed_escaped_on_one_line() {
    let server = hostile_server();
    for args in [
        &["task", "ERR"][..],
        &["--output", "json", "task", "ERR"][..],
    ] {
        let run = run(&server, args);
        assert_eq!(run.code(), 3);
        assert_terminal_safe("stderr", &run.stderr);
        let errors: Vec<&str> = run
            .stderr
            .lines()
            .filter(|l| l.contains("Denied"))
            .collect();
        assert_eq!(errors.len(), 1, "one error line: {:?}", run.stderr);
        let line = errors[0];
        assert!(line.starts_with("aliyun-domain: error: cannot read task ERR: "));
        assert!(line.contains("Denied\\u{1b}[5m"), "{line}");
        assert!(
            line.contains("\\r\\naliyun-domain: renewed 10 domains \\u{202e}\\u{200b}\\u{9d}"),
            "the forged line stays inside the error line: {line}"
        );
        assert!(line.contains("RequestId R\\u{1b}[1m"), "{line}");
    }
}

#[test]
fn a_warning_while_waiting_on_a_task_is_printed_escaped() {
    let server = hostile_server();
    let run = run(&server, &["--timeout", "2", "task", "FLAKY", "--wait"]);
    assert_terminal_safe("stdout", &run.stdout);
    assert_terminal_safe("stderr", &run.stderr);
    assert!(
        run.stderr.contains("warning: cannot read task FLAKY: ")
            && run.stderr.contains("Denied\\u{1b}[5m"),
        "{:?}",
        run.stderr
    );
}

#[test]
fn renewing_shows_hostile_names_escaped() {
    // Every domain but one was refused.
    let run = run_terminal_safe(&["renew", "--expiring-within", "3650", "--yes"], 1);
    let task = RENEWAL_TASK_NO;
    assert!(
        run.stderr.contains(&format!("task {task} accepted")),
        "{:?}",
        run.stderr
    );
    let renewed = run
        .stdout
        .lines()
        .find(|l| l.starts_with("plain.com"))
        .expect("a row for plain.com");
    assert!(renewed.contains(&format!("task {task}")), "{renewed}");
    assert!(
        run.stdout
            .contains("evil\\u{1b}[2J\\u{1b}]0;pwned\\u{7}.com")
    );
    let names = listed_names().len();
    assert_eq!(run.stdout.lines().count(), 1 + names + 2);
}

#[test]
fn renewing_as_json_keeps_every_name_exactly() {
    let run = run_terminal_safe(
        &[
            "--output",
            "json",
            "renew",
            "--expiring-within",
            "3650",
            "--yes",
        ],
        1,
    );
    let document: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    let outcomes = document["outcomes"].as_array().unwrap();
    let plain = outcomes
        .iter()
        .find(|o| o["domain"] == "plain.com")
        .expect("plain.com");
    assert_eq!(plain["task_no"], RENEWAL_TASK_NO);
    assert_eq!(plain["result"], "renewed");
    let refused = outcomes
        .iter()
        .find(|o| o["domain"] == listed_names()[0])
        .expect("the first hostile name");
    assert_eq!(refused["reason"], HOSTILE_REASON);
}
