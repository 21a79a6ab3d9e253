//! Runtime behaviour of `#[derive(Rpc)]`, `#[derive(RpcParams)]` and `#[derive(RpcValue)]`: the
//! parameters written, the problems reported and the metadata declared.

use aliyun_rpc::{
    FieldMeta, ParamProblem, ParamWriter, Params, Problem, RpcAction, RpcParams, RpcValue, Rules,
    Shape,
};

/// The parameters an action writes, or the problems it reports.
fn write(action: &impl RpcAction) -> Result<Params, Vec<ParamProblem>> {
    let mut writer = ParamWriter::new();
    action.write_params(&mut writer);
    writer.finish()
}

/// `name=value` for every parameter, in order.
fn pairs(action: &impl RpcAction) -> Vec<String> {
    write(action)
        .expect("the request is valid")
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect()
}

/// Every problem, as displayed.
fn problems(action: &impl RpcAction) -> Vec<String> {
    write(action)
        .expect_err("the request is invalid")
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "kebab-case")]
enum Status {
    PendingPayment,
    #[rpc(rename = "OK")]
    Done,
    Failed,
}

#[derive(Debug, Clone, Copy, aliyun_rpc::RpcValue)]
enum Plain {
    FirstValue,
    r#Second,
}

#[derive(aliyun_rpc::RpcParams)]
struct Leaf {
    #[rpc(rename = "C")]
    value: u8,
}

#[derive(aliyun_rpc::RpcParams)]
struct Middle {
    #[rpc(rename = "B")]
    leaves: Vec<Leaf>,
}

#[derive(aliyun_rpc::RpcParams)]
struct Extra {
    lang: Option<String>,
    #[rpc(min = 1)]
    page_num: Option<i32>,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "QueryDomainList")]
#[rpc(version = "2018-01-29", endpoint = "domain.aliyuncs.com")]
#[rpc(idempotent = true, validate = at_most_one_filter)]
struct QueryDomainList {
    domain_name: Option<String>,
    user_client_ip: Option<String>,
    #[rpc(rename = "OrderByType")]
    order: Option<String>,
    r#type: Option<String>,
    #[rpc(skip)]
    #[allow(dead_code)]
    cache_key: u64,
    #[rpc(min = 1, max = 100)]
    page_size: u32,
    #[rpc(non_empty, max_len = 3)]
    status: Vec<Status>,
    #[rpc(min_len = 2, max_len = 5)]
    query_type: Option<String>,
    #[rpc(rename = "A")]
    nested: Vec<Middle>,
    #[rpc(flatten)]
    extra: Extra,
}

fn at_most_one_filter(request: &QueryDomainList, writer: &mut ParamWriter) {
    if request.domain_name.is_some() && request.query_type.is_some() {
        writer.reject(Problem::Invalid(
            "give `DomainName` or `QueryType`, not both".to_owned(),
        ));
    }
}

fn query() -> QueryDomainList {
    QueryDomainList {
        domain_name: None,
        user_client_ip: None,
        order: None,
        r#type: None,
        cache_key: 7,
        page_size: 20,
        status: vec![Status::PendingPayment],
        query_type: None,
        nested: Vec::new(),
        extra: Extra {
            lang: None,
            page_num: None,
        },
    }
}

#[test]
fn field_names_become_pascal_case_wire_names() {
    let mut request = query();
    request.domain_name = Some("example.com".to_owned());
    request.user_client_ip = Some("127.0.0.1".to_owned());
    request.r#type = Some("New".to_owned());
    assert_eq!(
        pairs(&request),
        [
            "DomainName=example.com",
            "UserClientIp=127.0.0.1",
            "Type=New",
            "PageSize=20",
            "Status.1=pending-payment",
        ]
    );
}

#[test]
fn rename_overrides_the_wire_name() {
    let mut request = query();
    request.order = Some("ASC".to_owned());
    assert!(pairs(&request).contains(&"OrderByType=ASC".to_owned()));
}

#[test]
fn skipped_fields_are_neither_written_nor_declared() {
    let written = pairs(&query());
    assert!(written.iter().all(|pair| !pair.starts_with("CacheKey")));
    assert!(
        QueryDomainList::FIELDS
            .iter()
            .all(|field| field.rust_name != "cache_key")
    );
}

#[test]
fn absent_options_and_empty_lists_write_nothing() {
    assert_eq!(pairs(&query()), ["PageSize=20", "Status.1=pending-payment"]);
}

#[test]
fn nested_lists_number_every_level_from_one() {
    let mut request = query();
    request.nested = vec![
        Middle {
            leaves: vec![Leaf { value: 1 }],
        },
        Middle {
            leaves: vec![Leaf { value: 2 }, Leaf { value: 3 }],
        },
    ];
    let nested: Vec<String> = pairs(&request)
        .into_iter()
        .filter(|pair| pair.starts_with("A."))
        .collect();
    assert_eq!(nested, ["A.1.B.1.C=1", "A.2.B.1.C=2", "A.2.B.2.C=3"]);
}

#[test]
fn flattened_fields_are_written_without_a_prefix() {
    let mut request = query();
    request.extra = Extra {
        lang: Some("en".to_owned()),
        page_num: Some(3),
    };
    let written = pairs(&request);
    assert_eq!(&written[written.len() - 2..], ["Lang=en", "PageNum=3"]);
}

#[test]
fn every_broken_bound_is_reported_with_its_full_name() {
    let mut request = query();
    request.page_size = 101;
    request.status = Vec::new();
    request.query_type = Some("x".to_owned());
    request.extra.page_num = Some(0);
    assert_eq!(
        problems(&request),
        [
            "`PageSize` is 101, allowed 1..=100",
            "`Status` has 0 entries, allowed 1..=3",
            "`QueryType` has 1 characters, allowed 2..=5",
            "`PageNum` is 0, allowed at least 1",
        ]
    );
}

#[test]
fn the_validate_function_runs_after_the_fields() {
    let mut request = query();
    request.domain_name = Some("example.com".to_owned());
    request.query_type = Some("ab".to_owned());
    let reported = write(&request).unwrap_err();
    assert_eq!(reported.len(), 1);
    assert_eq!(reported[0].name, "");
    assert_eq!(
        reported[0].to_string(),
        "request give `DomainName` or `QueryType`, not both"
    );
}

#[test]
fn action_constants_come_from_the_container_attributes() {
    assert_eq!(QueryDomainList::ACTION, "QueryDomainList");
    assert_eq!(QueryDomainList::VERSION, "2018-01-29");
    assert_eq!(QueryDomainList::ENDPOINT, "domain.aliyuncs.com");
    // `idempotent = true` here; with no key, `Ping` (not a read verb) is not idempotent.
    assert_eq!(
        [QueryDomainList::IDEMPOTENT, Ping::IDEMPOTENT],
        [true, false]
    );
    let _: fn(<QueryDomainList as RpcAction>::Response) -> aliyun_rpc::GenericResponse = |r| r;
}

#[test]
fn enum_wire_values_follow_rename_all_and_rename() {
    assert_eq!(Status::VALUES, ["pending-payment", "OK", "failed"]);
    assert_eq!(Status::Done.wire_value(), "OK");
    assert_eq!(Status::Failed.wire_value(), "failed");
    assert_eq!(Plain::VALUES, ["FirstValue", "Second"]);
    assert_eq!(Plain::r#Second.wire_value(), "Second");
    assert_eq!(Plain::FirstValue.wire_value(), "FirstValue");
}

/// The declared field called `wire_name` (or, for a flattened field, `rust_name`).
fn field(fields: &'static [FieldMeta], name: &str) -> &'static FieldMeta {
    fields
        .iter()
        .find(|field| field.wire_name == name || field.rust_name == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

#[test]
fn fields_metadata_lists_wire_names_in_declaration_order() {
    let names: Vec<(&str, &str)> = QueryDomainList::FIELDS
        .iter()
        .map(|field| (field.rust_name, field.wire_name))
        .collect();
    assert_eq!(
        names,
        [
            ("domain_name", "DomainName"),
            ("user_client_ip", "UserClientIp"),
            ("order", "OrderByType"),
            ("type", "Type"),
            ("page_size", "PageSize"),
            ("status", "Status"),
            ("query_type", "QueryType"),
            ("nested", "A"),
            ("extra", ""),
        ]
    );
}

#[test]
fn fields_metadata_records_requiredness_and_rules() {
    let fields = QueryDomainList::FIELDS;
    assert!(!field(fields, "DomainName").required());
    assert!(field(fields, "PageSize").required());
    assert_eq!(
        field(fields, "PageSize").rules,
        Rules {
            min: Some(1),
            max: Some(100),
            ..Rules::NONE
        }
    );
    assert_eq!(
        field(fields, "Status").rules,
        Rules {
            min_len: Some(1),
            max_len: Some(3),
            ..Rules::NONE
        }
    );
    assert!(field(fields, "DomainName").rules.is_empty());
    let extra = field(fields, "extra");
    assert!(extra.flatten && extra.rules.is_empty());
}

#[test]
fn fields_metadata_describes_shapes() {
    let fields = QueryDomainList::FIELDS;
    let kind = |name: &str| (field(fields, name).shape)().unwrap_optional().0.kind();
    assert_eq!(kind("DomainName"), "string");
    assert_eq!(kind("PageSize"), "integer");
    assert_eq!(kind("Status"), "list");
    assert_eq!(kind("A"), "list");
    assert_eq!(kind("extra"), "struct");

    let Shape::List(element) = (field(fields, "Status").shape)() else {
        panic!("`Status` is a list");
    };
    let Shape::Enum { values } = element() else {
        panic!("`Status` holds enum values");
    };
    assert_eq!(values, Status::VALUES);

    let Shape::Struct(extra) = (field(fields, "extra").shape)() else {
        panic!("a flattened field is a struct");
    };
    assert_eq!(extra.len(), Extra::FIELDS.len());
    assert_eq!(extra[1].wire_name, "PageNum");

    let Shape::List(middle) = (field(fields, "A").shape)() else {
        panic!("`A` is a list");
    };
    let Shape::Struct(middle) = middle() else {
        panic!("`A` holds structs");
    };
    assert_eq!(middle[0].wire_name, "B");
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "Ping")]
#[rpc(version = "2020-01-01", endpoint = "example.aliyuncs.com")]
struct Ping {}

#[test]
fn an_action_without_fields_writes_nothing() {
    assert!(Ping::FIELDS.is_empty());
    assert!(pairs(&Ping {}).is_empty());
}
