//! `show`, `nameservers set` and `task follow` run as a process against the Domain emulator:
//! the built-in one (`--emulator`), or one started here (`--endpoint`) whose recorder shows
//! what was sent and whose state shows what changed.

mod support;

use std::time::Duration;

use aliyun_rpc::{Client, Credentials};
use domain_api::SaveBatchTaskForModifyingDomainDns;
use domain_emulator::{Emulator, EmulatorConfig};
use support::{Cli, Run};
use test_support::Server;

/// The longest any one run may take; the emulator's tasks finish in well under a second.
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// The name servers the tests delegate to.
const NEW_SERVERS: [&str; 2] = ["ns1.example.net", "ns2.example.net"];

/// An emulator whose task stages take `step`.
async fn emulator(step: Duration) -> Emulator {
    Emulator::start(EmulatorConfig::new().task_step(step))
        .await
        .expect("the emulator starts")
}

/// Runs the binary against `emulator` with its key, off the async threads.
async fn run_against(emulator: &Emulator, args: &[&str]) -> Run {
    let mut all = vec!["--endpoint".to_owned(), emulator.url()];
    all.extend(args.iter().map(|arg| (*arg).to_owned()));
    let cli = Cli::new(&all)
        .credentials(emulator.access_key_id(), emulator.access_key_secret())
        .limit(RUN_LIMIT);
    tokio::task::spawn_blocking(move || cli.run())
        .await
        .expect("the run's thread")
}

/// A client of `emulator`, to set up tasks the binary then follows.
fn client(emulator: &Emulator) -> Client {
    Client::builder()
        .endpoint(emulator.url())
        .credentials(Credentials::new(
            emulator.access_key_id(),
            emulator.access_key_secret(),
        ))
        .build()
        .expect("a client")
}

/// The row of a table that starts with `first` (a domain, a field name).
fn row<'a>(run: &'a Run, first: &str) -> &'a str {
    run.stdout
        .lines()
        .find(|line| line.starts_with(first))
        .unwrap_or_else(|| panic!("no row for {first}:\n{}", run.stdout))
}

/// Runs the binary against the built-in emulator with `args`.
fn on_emulator(args: &[&str]) -> Run {
    let mut all = vec!["--emulator"];
    all.extend_from_slice(args);
    Cli::new(&all).limit(RUN_LIMIT).run()
}

#[test]
fn show_prints_a_demo_domain_as_a_table_and_as_json() {
    let table = on_emulator(&["show", "example-shop.com"]);
    assert_eq!(table.code(), 0);
    assert!(table.stdout.starts_with("FIELD"), "{}", table.stdout);
    let field = |name: &str| row(&table, name);
    assert!(field("EXPIRATION (UTC)").contains("(5 days left)"));
    assert!(field("NAME SERVERS").contains("dns1.hichina.com, dns2.hichina.com"));
    assert!(field("TRANSFER LOCK").ends_with("off"));
    assert!(field("EMAIL").contains("(verified)"));

    let json = on_emulator(&["--output", "json", "show", "demo-一.cn"]);
    assert_eq!(json.code(), 0);
    let document = json.json();
    assert_eq!(document["domain"], "demo-一.cn");
    assert_eq!(document["days_left"], 20);
    assert_eq!(
        document["name_servers"],
        serde_json::json!(["dns1.hichina.com", "dns2.hichina.com"])
    );
    assert_eq!(document["locks"]["update"], "CLOSE");
    assert!(document["registrant"]["email"].is_string());
    assert!(document["expiration_ms"].is_i64());
}

#[test]
fn show_of_a_domain_not_in_the_account_exits_2_and_bad_names_send_nothing() {
    let missing = on_emulator(&["show", "not-mine.com"]);
    assert_eq!(missing.code(), 2);
    assert!(
        missing
            .stderr
            .contains("no domain not-mine.com in this account")
    );
    let server = Server::start(|_| test_support::Reply::ok("{}"));
    for name in ["", " ", "a\u{1b}[2J.com"] {
        let run = support::run_against(&server.url, &["show", name], RUN_LIMIT);
        assert_eq!(run.code(), 2, "{name:?}");
    }
    assert_eq!(server.count(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nameservers_set_with_wait_changes_the_delegation_and_follows_the_task() {
    let emulator = emulator(Duration::from_millis(50)).await;
    let mut args = vec!["--output", "json", "nameservers", "set", "example-shop.com"];
    args.extend(NEW_SERVERS);
    args.extend(["--yes", "--wait"]);
    let run = run_against(&emulator, &args).await;
    assert_eq!(run.code(), 0);
    let document = run.json();
    assert_eq!(document["details"][0]["domain"], "example-shop.com");
    assert_eq!(document["details"][0]["type"], "CHG_DNS");
    assert_eq!(document["details"][0]["status"], "EXECUTE_SUCCESS");
    assert_eq!(document["summary"]["succeeded"], 1);
    // One change was sent, with the wire names the action declares.
    let changes = emulator.calls_of("SaveBatchTaskForModifyingDomainDns");
    assert_eq!(changes.len(), 1);
    assert_eq!(
        changes[0].parameter("DomainName.1"),
        Some("example-shop.com")
    );
    assert_eq!(changes[0].parameter("AliyunDns"), Some("false"));
    assert_eq!(
        changes[0].parameter("DomainNameServer.1"),
        Some(NEW_SERVERS[0])
    );
    assert_eq!(
        changes[0].parameter("DomainNameServer.2"),
        Some(NEW_SERVERS[1])
    );
    assert_eq!(
        emulator.domain("example-shop.com").unwrap().dns_list,
        NEW_SERVERS
    );
    // `show` reads the new delegation back.
    let shown = run_against(&emulator, &["show", "example-shop.com"]).await;
    assert_eq!(shown.code(), 0);
    assert!(
        shown
            .stdout
            .contains("NAME SERVERS      ns1.example.net, ns2.example.net"),
        "{}",
        shown.stdout
    );
    // And `--aliyun-dns` hands it back.
    let back = run_against(
        &emulator,
        &[
            "nameservers",
            "set",
            "example-shop.com",
            "--aliyun-dns",
            "-y",
            "--wait",
        ],
    )
    .await;
    assert_eq!(back.code(), 0);
    assert!(row(&back, "example-shop.com").contains("EXECUTE_SUCCESS"));
    assert_eq!(
        emulator.domain("example-shop.com").unwrap().dns_list,
        ["dns1.hichina.com", "dns2.hichina.com"]
    );
    emulator.shutdown().await.unwrap();
}

#[test]
fn nameservers_set_with_wait_keeps_reading_a_task_that_lists_no_details_yet() {
    // The change is accepted; the first read of its task lists nothing, the next its detail.
    let server = Server::start_numbered(|number, request| {
        let body = match (request.action().as_str(), number) {
            ("SaveBatchTaskForModifyingDomainDns", _) => {
                serde_json::json!({"RequestId": "R-0", "TaskNo": "T-new"})
            }
            (_, 1) => serde_json::json!({"RequestId": "R-1", "Data": {"TaskDetail": []}}),
            _ => serde_json::json!({
                "RequestId": "R-2", "CurrentPageNum": 1, "TotalItemNum": 1, "TotalPageNum": 1,
                "Data": {"TaskDetail": [{
                    "DomainName": "a.com", "TaskNo": "T-new", "TaskType": "CHG_DNS",
                    "TaskStatus": "EXECUTE_SUCCESS", "TaskStatusCode": 2,
                }]},
            }),
        };
        test_support::Reply::ok(body.to_string()).with_content_type("application/json")
    });
    let mut args = vec!["nameservers", "set", "a.com"];
    args.extend(NEW_SERVERS);
    args.extend(["--yes", "--wait"]);
    let run = support::run_against(&server.url, &args, RUN_LIMIT);
    assert_eq!(run.code(), 0);
    assert!(row(&run, "a.com").contains("EXECUTE_SUCCESS"));
    let actions: Vec<String> = server.requests().iter().map(|r| r.action()).collect();
    assert_eq!(
        actions,
        [
            "SaveBatchTaskForModifyingDomainDns",
            "QueryTaskDetailList",
            "QueryTaskDetailList"
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nameservers_set_without_wait_prints_the_task_to_follow() {
    let emulator = emulator(Duration::from_millis(50)).await;
    let run = run_against(
        &emulator,
        &[
            "nameservers",
            "set",
            "my-blog.net",
            NEW_SERVERS[0],
            NEW_SERVERS[1],
            "--yes",
        ],
    )
    .await;
    assert_eq!(run.code(), 0);
    assert!(
        run.stdout
            .contains("follow it with `aliyun-domain task follow "),
        "{}",
        run.stdout
    );
    assert_eq!(
        emulator
            .calls_of("SaveBatchTaskForModifyingDomainDns")
            .len(),
        1
    );
    assert_eq!(emulator.calls_of("QueryTaskDetailList").len(), 0);
    emulator.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nameservers_set_dry_run_refusal_and_bad_input_send_nothing() {
    let emulator = emulator(Duration::from_millis(50)).await;
    let servers = ["example-shop.com", NEW_SERVERS[0], NEW_SERVERS[1]];
    let mut dry_run = vec!["--dry-run", "nameservers", "set"];
    dry_run.extend(servers);
    let printed = run_against(&emulator, &dry_run).await;
    assert_eq!(printed.code(), 0);
    assert!(
        printed
            .stdout
            .contains("x-acs-action: SaveBatchTaskForModifyingDomainDns")
    );
    assert!(
        printed
            .stdout
            .contains("DomainNameServer.2=ns2.example.net")
    );
    assert!(printed.stdout.contains("Signature=** redacted **"));
    assert!(printed.stdout.contains("Dry run: nothing was sent."));
    let mut unconfirmed = vec!["nameservers", "set"];
    unconfirmed.extend(servers);
    let refused = run_against(&emulator, &unconfirmed).await;
    assert_eq!(refused.code(), 2);
    assert!(refused.stderr.contains("pass --yes"), "{}", refused.stderr);
    for bad in [
        &[
            "nameservers",
            "set",
            "example-shop.com",
            NEW_SERVERS[0],
            "--yes",
        ][..],
        &[
            "nameservers",
            "set",
            "",
            NEW_SERVERS[0],
            NEW_SERVERS[1],
            "--yes",
        ],
        &["nameservers", "set", "example-shop.com", "--yes"],
        &[
            "nameservers",
            "set",
            "example-shop.com",
            "ns1.a.net",
            "--aliyun-dns",
            "--yes",
        ],
        &[
            "nameservers",
            "set",
            "example-shop.com",
            "ns1.a.net",
            "",
            "--yes",
        ],
    ] {
        let run = run_against(&emulator, bad).await;
        assert_eq!(run.code(), 2, "{bad:?}");
    }
    assert_eq!(emulator.calls().len(), 0, "{:?}", emulator.calls());
    assert_eq!(
        emulator.domain("example-shop.com").unwrap().dns_list.len(),
        2
    );
    emulator.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn task_follow_follows_a_name_server_task_and_prints_each_final_state() {
    let emulator = emulator(Duration::from_millis(50)).await;
    // One domain of the account and one that is not: the task fails for the second.
    let task = client(&emulator)
        .call(&SaveBatchTaskForModifyingDomainDns::to_name_servers(
            ["example-shop.com", "not-mine.com"],
            NEW_SERVERS,
        ))
        .await
        .unwrap();
    let run = run_against(&emulator, &["task", "follow", &task.task_no]).await;
    assert_eq!(run.code(), 1, "one detail failed");
    assert!(row(&run, "example-shop.com").contains("CHG_DNS"));
    assert!(row(&run, "example-shop.com").contains("EXECUTE_SUCCESS"));
    assert!(row(&run, "not-mine.com").contains("EXECUTE_FAILURE"));
    assert!(
        run.stdout
            .contains("2 details: 1 succeeded, 1 failed, 0 running")
    );
    // The old form still reads the same task.
    let old = run_against(
        &emulator,
        &["--output", "json", "task", &task.task_no, "--wait"],
    )
    .await;
    assert_eq!(old.code(), 1);
    assert_eq!(old.json()["summary"]["failed"], 1);
    emulator.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn task_follow_gives_up_at_the_deadline_with_the_details_last_read() {
    // Stages of a minute: the task cannot end within the two seconds allowed.
    let emulator = emulator(Duration::from_secs(60)).await;
    let task = client(&emulator)
        .call(&SaveBatchTaskForModifyingDomainDns::to_aliyun_dns([
            "example-shop.com",
        ]))
        .await
        .unwrap();
    let run = run_against(
        &emulator,
        &[
            "--timeout",
            "2",
            "--output",
            "json",
            "task",
            "follow",
            &task.task_no,
        ],
    )
    .await;
    assert_eq!(run.code(), 1, "gave up while running");
    assert!(run.took < Duration::from_secs(10), "{:?}", run.took);
    assert!(run.stderr.contains("gave up waiting"), "{}", run.stderr);
    let document = run.json();
    assert_eq!(document["summary"]["running"], 1);
    assert_eq!(document["details"][0]["final"], false);
    // The pause grows: a handful of reads in two seconds, not one per few milliseconds.
    let reads = emulator.calls_of("QueryTaskDetailList").len();
    assert!((2..=10).contains(&reads), "{reads} reads");
    emulator.shutdown().await.unwrap();
}

#[test]
fn task_follow_of_an_unknown_task_exits_2_and_needs_a_task_number() {
    let unknown = on_emulator(&["task", "follow", "no-such-task"]);
    assert_eq!(unknown.code(), 2);
    assert!(unknown.stderr.contains("no such task"));
    for args in [&["task", "follow"][..], &["task", "follow", ""], &["task"]] {
        let run = Cli::new(args).limit(RUN_LIMIT).run();
        assert_eq!(run.code(), 2, "{args:?}");
    }
}
