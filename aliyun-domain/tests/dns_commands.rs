//! `aliyun-domain dns …` run as a process against a loopback server that answers Alidns JSON:
//! what each command sends (action, parameters), what it prints and how it exits; and that a dry
//! run, a refused confirmation and bad input send nothing.

mod support;

use std::time::Duration;

use serde_json::json;
use support::{Cli, Run};
use test_support::{Reply, Request, Server};

/// The longest any one run may take.
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// The records the fake Alidns holds for `example.com`, two to a page.
const RECORDS: [(&str, &str, &str, &str); 3] = [
    ("1001", "www", "A", "192.0.2.1"),
    ("1002", "@", "MX", "mx.example.net"),
    ("1003", "api", "CNAME", "api.example.net"),
];

/// Records per page the fake answers, whatever page size is asked for: the listing must walk
/// every page.
const PAGE_SIZE: usize = 2;

/// Answers the Alidns record actions as the service does; a value of `taken` is refused as a
/// duplicate.
fn alidns(request: &Request) -> Reply {
    let body = match request.action().as_str() {
        "DescribeDomainRecords" => {
            let page: usize = request
                .param("PageNumber")
                .and_then(|n| n.parse().ok())
                .unwrap_or(1);
            let records: Vec<_> = RECORDS
                .iter()
                .skip((page - 1) * PAGE_SIZE)
                .take(PAGE_SIZE)
                .map(|(id, rr, kind, value)| {
                    json!({
                        "RecordId": id, "RR": rr, "Type": kind, "Value": value, "TTL": 600,
                        "Line": "default", "Status": "ENABLE", "Locked": false,
                        "DomainName": "example.com",
                        "Priority": if *kind == "MX" { Some(10) } else { None },
                    })
                })
                .collect();
            json!({
                "RequestId": "R-list", "TotalCount": RECORDS.len(), "PageNumber": page,
                "PageSize": PAGE_SIZE, "DomainRecords": {"Record": records},
            })
        }
        "AddDomainRecord" if request.param("Value").as_deref() == Some("taken") => {
            return Reply::status(
                400,
                json!({
                    "RequestId": "R-dup", "Code": "DomainRecordDuplicate",
                    "Message": "The DNS record already exists.",
                })
                .to_string(),
            );
        }
        "AddDomainRecord" => json!({"RequestId": "R-add", "RecordId": "2001"}),
        "UpdateDomainRecord" | "DeleteDomainRecord" => json!({
            "RequestId": "R-change",
            "RecordId": request.param("RecordId").unwrap_or_default(),
        }),
        other => {
            return Reply::status(
                400,
                json!({"RequestId": "R-x", "Code": "InvalidAction", "Message": other}).to_string(),
            );
        }
    };
    Reply::ok(body.to_string()).with_content_type("application/json")
}

/// Runs `aliyun-domain --dns-endpoint <server> ARGS` with test credentials.
fn run(server: &Server, args: &[&str]) -> Run {
    let mut all = vec!["--dns-endpoint", server.url.as_str()];
    all.extend_from_slice(args);
    Cli::new(&all)
        .credentials("test-id", "test-secret")
        .limit(RUN_LIMIT)
        .run()
}

/// [`run`] against a fresh fake Alidns, the arguments written as one line of words: the server
/// (to see what it received) and the run.
fn served(words: &str) -> (Server, Run) {
    let server = Server::start(alidns);
    let run = run(&server, &words.split_whitespace().collect::<Vec<_>>());
    (server, run)
}

/// Checks that `request` carries each `Name=value` of `expected` (separated by spaces).
fn assert_params(request: &Request, expected: &str) {
    for pair in expected.split_whitespace() {
        let (name, value) = pair.split_once('=').expect("Name=value");
        assert_eq!(request.param(name).as_deref(), Some(value), "{name}");
    }
}

/// The one request `server` received, after checking that it was `action` with `params`.
fn sent_once(server: &Server, action: &str, params: &str) -> Request {
    let request = only_request(server);
    assert_eq!(request.action(), action);
    assert_params(&request, params);
    request
}

/// The one request the server received, after checking there was exactly one.
fn only_request(server: &Server) -> Request {
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    requests.into_iter().next().unwrap_or_default()
}

#[test]
fn records_walks_every_page_with_the_filters_in_advanced_mode() {
    let (server, run) = served("--output json dns records example.com --type a --rr ww");
    assert_eq!(run.code(), 0);
    let document = run.json();
    assert_eq!(document["total"], 3);
    assert_eq!(document["domain"], "example.com");
    let ids: Vec<&str> = document["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["record_id"].as_str().unwrap())
        .collect();
    // Sorted by host: `@`, `api`, `www`.
    assert_eq!(ids, ["1002", "1003", "1001"]);
    assert_eq!(document["records"][0]["priority"], 10);
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "two pages");
    for (page, request) in requests.iter().enumerate() {
        assert_eq!(request.action(), "DescribeDomainRecords");
        assert_eq!(request.header("x-acs-version"), Some("2015-01-09"));
        assert_params(
            request,
            "DomainName=example.com Type=A RRKeyWord=ww SearchMode=ADVANCED",
        );
        let number = request.param("PageNumber").unwrap_or_else(|| "1".into());
        assert_eq!(number, (page + 1).to_string());
    }
}

#[test]
fn records_as_a_table_show_each_record_and_the_count() {
    let (server, run) = served("dns records example.com");
    assert_eq!(run.code(), 0);
    assert!(run.stdout.starts_with("RECORD ID"), "{}", run.stdout);
    let row = run.stdout.lines().find(|l| l.starts_with("1002")).unwrap();
    assert!(
        row.contains("MX") && row.contains("10 mx.example.net"),
        "{row}"
    );
    assert!(run.stdout.contains("3 records of example.com"));
    // Without filters, no search mode is asked for.
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.param("SearchMode").is_none())
    );
}

#[test]
fn hostile_record_text_is_escaped_in_the_table_and_exact_in_json() {
    const HOSTILE: &str = "v=spf1 \u{1b}[2J\u{202e}moc.live\r\nOK";
    let server = Server::start(|_| {
        let record =
            json!({"RecordId": "9\u{1b}]0;t\u{7}", "RR": "@", "Type": "TXT", "Value": HOSTILE});
        let page =
            json!({"RequestId": "R", "TotalCount": 1, "DomainRecords": {"Record": [record]}});
        Reply::ok(page.to_string()).with_content_type("application/json")
    });
    let table = run(&server, &["dns", "records", "example.com"]);
    assert_eq!(table.code(), 0);
    assert!(
        table
            .stdout
            .contains("v=spf1 \\u{1b}[2J\\u{202e}moc.live\\r\\nOK"),
        "{}",
        table.stdout
    );
    assert!(!table.stdout.contains('\u{1b}') && !table.stdout.contains('\u{202e}'));
    let json = run(
        &server,
        &["--output", "json", "dns", "records", "example.com"],
    );
    assert!(!json.stdout.contains('\u{1b}'), "escaped as \\u001b");
    assert_eq!(json.json()["records"][0]["value"], HOSTILE);
    assert_eq!(json.json()["records"][0]["record_id"], "9\u{1b}]0;t\u{7}");
}

#[test]
fn add_with_yes_sends_one_add_domain_record_and_prints_the_new_id() {
    let (server, run) = served("--output json dns add example.com www a 192.0.2.7 --ttl 300 --yes");
    assert_eq!(run.code(), 0);
    assert_eq!(
        run.json(),
        json!({"result": "added", "record_id": "2001", "request_id": "R-add"})
    );
    let request = sent_once(
        &server,
        "AddDomainRecord",
        "DomainName=example.com RR=www Type=A Value=192.0.2.7 TTL=300",
    );
    assert_eq!(request.param("Priority"), None);
}

#[test]
fn update_and_delete_with_yes_send_the_record_id() {
    let (server, updated) = served("dns update 1002 @ MX mx2.example.net --priority 5 -y");
    assert_eq!(updated.code(), 0);
    assert_eq!(updated.stdout, "updated record 1002\n");
    sent_once(
        &server,
        "UpdateDomainRecord",
        "RecordId=1002 RR=@ Type=MX Value=mx2.example.net Priority=5",
    );

    let (server, deleted) = served("--output json dns delete 1003 --yes");
    assert_eq!(deleted.code(), 0);
    assert_eq!(deleted.json()["result"], "deleted");
    assert_eq!(deleted.json()["record_id"], "1003");
    sent_once(&server, "DeleteDomainRecord", "RecordId=1003");
}

#[test]
fn a_change_the_service_refuses_exits_3_with_its_code() {
    let (server, run) = served("dns add example.com www A taken --yes");
    assert_eq!(run.code(), 3);
    assert!(
        run.stderr.contains("DomainRecordDuplicate"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
    assert_eq!(server.count(), 1, "sent once, never resent");
}

#[test]
fn a_change_whose_answer_never_comes_ends_at_the_timeout_and_says_it_may_be_made() {
    let server = Server::start(|_| Reply::ok("{}").after(Duration::from_secs(30)));
    let run = run(
        &server,
        &["--timeout", "2", "dns", "delete", "1001", "--yes"],
    );
    assert_eq!(run.code(), 3);
    assert!(run.took < Duration::from_secs(15), "{:?}", run.took);
    assert!(
        run.stderr.contains("before sending it again"),
        "{}",
        run.stderr
    );
    assert_eq!(server.count(), 1, "a change is never resent on its own");
}

#[test]
fn a_dry_run_prints_the_signed_request_and_sends_nothing() {
    let server = Server::start(alidns);
    for (args, action) in [
        (
            &["dns", "add", "example.com", "www", "A", "192.0.2.7"][..],
            "AddDomainRecord",
        ),
        (
            &["dns", "update", "1001", "www", "A", "192.0.2.8"],
            "UpdateDomainRecord",
        ),
        (&["dns", "delete", "1001"], "DeleteDomainRecord"),
    ] {
        let mut all = vec!["--dry-run"];
        all.extend_from_slice(args);
        let run = run(&server, &all);
        assert_eq!(run.code(), 0, "{args:?}");
        assert!(
            run.stdout.contains(&format!("x-acs-action: {action}")),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains("Signature=** redacted **"));
        assert!(run.stdout.contains("Dry run: nothing was sent."));
        let mut json = vec!["--output", "json"];
        json.extend_from_slice(&all);
        let document = self::run(&server, &json).json();
        assert_eq!(document["dry_run"], true);
        assert_eq!(document["action"], action);
    }
    assert_eq!(server.count(), 0, "a dry run sends nothing");
}

#[test]
fn without_yes_and_no_terminal_the_change_is_refused_and_nothing_sent() {
    let server = Server::start(alidns);
    for args in [
        &["dns", "add", "example.com", "www", "A", "192.0.2.7"][..],
        &["dns", "update", "1001", "www", "A", "192.0.2.8"],
        &["dns", "delete", "1001"],
    ] {
        let run = run(&server, args);
        assert_eq!(run.code(), 2, "{args:?}");
        assert!(run.stderr.contains("pass --yes"), "{}", run.stderr);
        assert!(
            run.stderr.contains("about to "),
            "the change is shown first"
        );
    }
    assert_eq!(server.count(), 0);
}

/// `dns delete 1001` on a terminal where the user types `typed` at the prompt.
fn delete_on_a_terminal(server: &Server, typed: &str) -> Run {
    let binary = env!("CARGO_BIN_EXE_aliyun-domain");
    let command = format!("{binary} --dns-endpoint {} dns delete 1001", server.url);
    Cli::on_terminal(&command, typed)
        .credentials("test-id", "test-secret")
        .limit(RUN_LIMIT)
        .run()
}

#[test]
fn declining_at_the_terminal_prompt_sends_nothing() {
    let server = Server::start(alidns);
    let run = delete_on_a_terminal(&server, "n\n");
    assert_eq!(run.code(), 0, "declining is not an error");
    assert!(
        run.stdout.contains("Delete the record? [y/N]"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("nothing changed"), "{}", run.stdout);
    assert_eq!(server.count(), 0);
}

#[test]
fn agreeing_at_the_terminal_prompt_sends_the_change_once() {
    let server = Server::start(alidns);
    let run = delete_on_a_terminal(&server, "yes\n");
    assert_eq!(run.code(), 0);
    assert!(run.stdout.contains("deleted record 1001"), "{}", run.stdout);
    assert_eq!(only_request(&server).action(), "DeleteDomainRecord");
}

#[test]
fn bad_input_exits_2_before_anything_is_sent() {
    let server = Server::start(alidns);
    // Arguments that hold an empty string or a blank, then whole command lines.
    let with_blanks: [(&[&str], &str); 6] = [
        (&["dns", "records", ""], "cannot be empty"),
        (&["dns", "records", "a b.com"], "not a domain name"),
        (
            &["dns", "add", "", "www", "A", "192.0.2.7", "--yes"],
            "cannot be empty",
        ),
        (
            &["dns", "add", "example.com", "", "A", "192.0.2.7", "--yes"],
            "cannot be empty",
        ),
        (
            &["dns", "add", "example.com", "www", "A", "", "--yes"],
            "cannot be empty",
        ),
        (&["dns", "delete", "1 2", "--yes"], "not a record id"),
    ];
    let lines = [
        ("dns add example.com www AXFR x --yes", "not a record type"),
        ("dns records example.com --type SPF", "not a record type"),
        ("dns add example.com www A 192.0.2.7 --ttl 0 --yes", "TTL"),
        ("dns update 1 www A 192.0.2.7 --ttl 86401 --yes", "TTL"),
        (
            "dns add example.com @ MX mx.a.net --priority 70000 --yes",
            "Priority",
        ),
        ("dns add example.com www A 192.0.2.7 --ttl soon", "invalid"),
    ];
    let cases = with_blanks
        .into_iter()
        .map(|(args, said)| (args.to_vec(), said))
        .chain(
            lines
                .into_iter()
                .map(|(line, said)| (line.split_whitespace().collect(), said)),
        );
    for (args, said) in cases {
        let run = run(&server, &args);
        assert_eq!(run.code(), 2, "{args:?}");
        assert!(run.stderr.contains(said), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"));
    }
    assert_eq!(server.count(), 0, "nothing was sent");
}

#[test]
fn dns_refuses_the_domain_only_emulator_and_a_domain_endpoint_alone() {
    let server = Server::start(alidns);
    let emulator = Cli::new(["--emulator", "dns", "records", "example.com"])
        .limit(RUN_LIMIT)
        .run();
    assert_eq!(emulator.code(), 2);
    assert!(
        emulator.stderr.contains("answers Domain only"),
        "{}",
        emulator.stderr
    );
    let endpoint_alone = Cli::new(["--endpoint", server.url.as_str(), "dns", "records", "a.com"])
        .credentials("test-id", "test-secret")
        .limit(RUN_LIMIT)
        .run();
    assert_eq!(endpoint_alone.code(), 2);
    assert!(
        endpoint_alone.stderr.contains("--dns-endpoint"),
        "{}",
        endpoint_alone.stderr
    );
    // Both endpoints: the Alidns one serves `dns`.
    let both = Cli::new([
        "--endpoint",
        "http://127.0.0.1:1/",
        "--dns-endpoint",
        server.url.as_str(),
        "dns",
        "records",
        "example.com",
    ])
    .credentials("test-id", "test-secret")
    .limit(RUN_LIMIT)
    .run();
    assert_eq!(both.code(), 0);
    assert_eq!(
        server.count(),
        2,
        "only the run with --dns-endpoint sent anything"
    );
}
