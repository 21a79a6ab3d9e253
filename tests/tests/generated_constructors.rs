//! The `new` and `with_…` methods `#[derive(Rpc)]` and `#[derive(RpcParams)]` generate: `new`
//! takes the required parameters in declaration order (strings as `impl Into<String>`, lists as
//! iterators), starts the rest unset (the page at 1, a `default` field at its default), each
//! setter sets one parameter, and `no_constructor` leaves `new` to the struct. Checked through
//! the parameters written, and once through a request sent to a loopback server.

use aliyun_rpc::{Client, Credentials, ParamWriter, Rpc, RpcAction, RpcPage, RpcParams, RpcValue};
use futures_util::TryStreamExt;
use serde::Deserialize;
use test_support::{Reply, Server};

#[derive(Debug, Clone, Copy, PartialEq, Eq, RpcValue)]
#[rpc(rename_all = "lowercase")]
enum Status {
    Active,
    Expired,
}

/// A nested entry: its own `new` takes the required `DomainName` and `Years`.
#[derive(Debug, Clone, PartialEq, Eq, RpcParams)]
struct Entry {
    #[rpc(non_empty)]
    domain_name: String,
    #[rpc(min = 1, max = 10)]
    years: u32,
    permit_premium: Option<bool>,
}

/// Options every call of a product takes, all optional: a `default` field of the actions.
#[derive(Debug, Clone, Default, PartialEq, Eq, RpcParams)]
struct CommonOptions {
    lang: Option<String>,
}

/// Every kind of field the constructor treats differently.
#[derive(Debug, Clone, PartialEq, Rpc)]
#[rpc(action = "RenewThings", version = "2020-01-01", endpoint = "example.aliyuncs.com", response = ThingPage)]
struct RenewThings {
    /// Required string.
    domain_group: String,
    /// Required enum.
    status: Status,
    /// Required flag.
    auto_renew: bool,
    /// Required list of structures (it must not be empty).
    #[rpc(min_len = 1, max_len = 10)]
    entry: Vec<Entry>,
    /// Required list of strings.
    #[rpc(non_empty)]
    name_server: Vec<String>,
    /// Starts at the first page.
    #[rpc(min = 1, page_number)]
    page_num: u32,
    /// Optional integer.
    #[rpc(min = 1, max = 100)]
    page_size: Option<u32>,
    /// A list that may be empty: optional.
    tag: Vec<String>,
    /// An optional list.
    instance_ids: Option<Vec<String>>,
    /// Starts at its declared default.
    #[rpc(default = Some(30))]
    timeout_seconds: Option<u32>,
    /// Starts at its type's default.
    #[rpc(flatten, default)]
    options: CommonOptions,
    /// Not sent; starts at its type's default.
    #[rpc(skip)]
    note: String,
}

#[derive(Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase")]
struct ThingPage {
    #[rpc(total_items)]
    total_count: Option<u64>,
    #[rpc(items)]
    #[serde(default)]
    things: Vec<u32>,
}

/// A struct that writes its own `new`, with a parameter list of its choosing.
#[derive(Debug, Clone, PartialEq, Eq, Rpc)]
#[rpc(
    action = "DescribeThing",
    version = "2020-01-01",
    endpoint = "example.aliyuncs.com",
    no_constructor
)]
struct DescribeThing {
    thing_id: String,
    lang: Option<String>,
}

impl DescribeThing {
    /// The thing numbered `number`, whose id the service spells `t-<number>`.
    fn new(number: u32) -> DescribeThing {
        DescribeThing {
            thing_id: format!("t-{number}"),
            lang: None,
        }
    }
}

/// `name=value` for every parameter written, in declaration order; panics on a rule broken.
fn pairs(action: &impl RpcAction) -> Vec<String> {
    let mut writer = ParamWriter::new();
    action.write_params(&mut writer);
    writer
        .finish()
        .expect("the request is valid")
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect()
}

fn renew() -> RenewThings {
    RenewThings::new(
        "group-1",
        Status::Active,
        true,
        [
            Entry::new("a.com", 2),
            Entry::new("b.com", 1).with_permit_premium(true),
        ],
        ["ns1.example.net", "ns2.example.net"],
    )
}

#[test]
fn new_takes_the_required_parameters_in_order_and_starts_the_rest_unset() {
    let request = renew();
    assert_eq!(request.domain_group, "group-1");
    assert_eq!(request.status, Status::Active);
    assert!(request.auto_renew);
    assert_eq!(request.entry[1].domain_name, "b.com");
    assert_eq!(request.entry[1].permit_premium, Some(true));
    assert_eq!(request.name_server, ["ns1.example.net", "ns2.example.net"]);
    assert_eq!(
        request.page_num, 1,
        "a page number starts at the first page"
    );
    assert_eq!(request.page_size, None);
    assert!(request.tag.is_empty());
    assert_eq!(request.instance_ids, None);
    assert_eq!(request.timeout_seconds, Some(30), "the declared default");
    assert_eq!(request.options, CommonOptions::default());
    assert_eq!(request.note, "");
    assert_eq!(
        pairs(&request),
        [
            "DomainGroup=group-1",
            "Status=active",
            "AutoRenew=true",
            "Entry.1.DomainName=a.com",
            "Entry.1.Years=2",
            "Entry.2.DomainName=b.com",
            "Entry.2.Years=1",
            "Entry.2.PermitPremium=true",
            "NameServer.1=ns1.example.net",
            "NameServer.2=ns2.example.net",
            "PageNum=1",
            "TimeoutSeconds=30",
        ]
    );
}

#[test]
fn lists_are_taken_from_any_iterator_and_strings_from_anything_into_string() {
    let servers = vec![
        String::from("ns1.example.net"),
        String::from("ns2.example.net"),
    ];
    let entries = (1..=3).map(|years| Entry::new(format!("d{years}.com"), years));
    let request = RenewThings::new(String::from("g"), Status::Expired, false, entries, servers);
    assert_eq!(request.entry.len(), 3);
    assert_eq!(request.entry[2], Entry::new("d3.com", 3));
    assert_eq!(request.name_server[1], "ns2.example.net");
    assert_eq!(request.status, Status::Expired);
}

#[test]
fn each_setter_sets_its_parameter_and_a_list_setter_replaces_the_list() {
    let request = renew()
        .with_page_num(3)
        .with_page_size(50)
        .with_tag(["first"])
        .with_tag(vec!["x".to_owned(), "y".to_owned()])
        .with_instance_ids(["i-1", "i-2"])
        .with_timeout_seconds(5)
        .with_options(CommonOptions::new().with_lang("en"))
        .with_note("kept locally");
    assert_eq!(
        request.tag,
        ["x", "y"],
        "the second list replaced the first"
    );
    assert_eq!(request.note, "kept locally");
    let sent = pairs(&request);
    for expected in [
        "PageNum=3",
        "PageSize=50",
        "Tag.1=x",
        "Tag.2=y",
        "InstanceIds.1=i-1",
        "InstanceIds.2=i-2",
        "TimeoutSeconds=5",
        "Lang=en",
    ] {
        assert!(
            sent.iter().any(|pair| pair == expected),
            "{expected} in {sent:?}"
        );
    }
    assert!(
        !sent
            .iter()
            .any(|pair| pair.starts_with("Tag.3") || pair.contains("kept"))
    );
}

#[test]
fn a_required_list_left_empty_is_still_refused_before_sending() {
    let request = RenewThings::new("g", Status::Active, true, [], Vec::<String>::new());
    let mut writer = ParamWriter::new();
    request.write_params(&mut writer);
    let problems: Vec<String> = writer
        .finish()
        .expect_err("empty required lists are refused")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "`Entry` has 0 entries, allowed 1..=10",
            "`NameServer` has 0 entries, allowed at least 1",
        ]
    );
}

#[test]
fn no_constructor_leaves_new_to_the_struct_and_keeps_the_setters() {
    let request = DescribeThing::new(7).with_lang("zh");
    assert_eq!(pairs(&request), ["ThingId=t-7", "Lang=zh"]);
}

#[tokio::test]
async fn a_listing_built_with_new_asks_for_the_first_page_and_streams_from_it() {
    let server = Server::start(|request| {
        let page: u32 = request.param("PageNum").map_or(0, |n| n.parse().unwrap());
        let items = if page == 1 { "[1,2]" } else { "[3]" };
        Reply::ok(format!(
            r#"{{"RequestId":"R","TotalCount":3,"Things":{items}}}"#
        ))
    });
    let client = Client::builder()
        .endpoint(&server.url)
        .credentials(Credentials::new("id", "secret"))
        .build()
        .unwrap();
    let items: Vec<u32> = client.items(renew()).try_collect().await.unwrap();
    assert_eq!(items, [1, 2, 3]);
    let asked: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|request| request.param("PageNum"))
        .collect();
    assert_eq!(asked, [Some("1".into()), Some("2".into())]);
}
