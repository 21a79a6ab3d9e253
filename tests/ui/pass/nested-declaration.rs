//! A full declaration: a product, a list of nested structures, an enum, a flattened structure,
//! optional fields, bounds and a validation function; `main` checks the exact parameters.

use aliyun_rpc::{ParamWriter, Problem, RpcAction, RpcParams, RpcValue, Shape};

/// The product every action below belongs to.
struct Domain;

impl aliyun_rpc::Product for Domain {
    const NAME: &'static str = "Domain";
    const VERSION: &'static str = "2018-01-29";
    const ENDPOINT: &'static str = "domain.aliyuncs.com";
}

#[derive(Debug, Clone, Copy, aliyun_rpc::RpcValue)]
#[rpc(rename_all = "SCREAMING_SNAKE_CASE")]
enum RenewMode {
    AutoRenewal,
    ManualRenewal,
    #[rpc(rename = "notice")]
    Notice,
}

#[derive(aliyun_rpc::RpcParams)]
#[rpc(validate = check_entry)]
struct Entry {
    #[rpc(non_empty, max_len = 253)]
    domain_name: String,
    #[rpc(min = 1, max = 10)]
    subscription_duration: u32,
    #[rpc(rename = "Mode")]
    renew_mode: Option<RenewMode>,
    tags: Vec<Tag>,
}

#[derive(aliyun_rpc::RpcParams)]
struct Tag {
    key: String,
    value: Option<String>,
}

#[derive(aliyun_rpc::RpcParams)]
struct Paging {
    #[rpc(min = 1)]
    page_num: i32,
    #[rpc(min = 1, max = 100)]
    page_size: i32,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "SaveBatchRenewal", product = Domain, validate = check_batch)]
struct SaveBatchRenewal {
    #[rpc(min_len = 1, max_len = 1000)]
    order_renew_param: Vec<Entry>,
    user_client_ip: Option<String>,
    #[rpc(flatten)]
    paging: Paging,
    #[rpc(min = -5, max = 5)]
    offsets: Vec<i64>,
    #[rpc(skip)]
    #[allow(dead_code)]
    local_note: String,
}

fn check_entry(entry: &Entry, writer: &mut ParamWriter) {
    if entry.domain_name.ends_with('.') {
        writer.reject(Problem::Invalid(
            "domain names do not end with a dot".to_owned(),
        ));
    }
}

fn check_batch(batch: &SaveBatchRenewal, writer: &mut ParamWriter) {
    if batch.user_client_ip.as_deref() == Some("") {
        writer.reject(Problem::Invalid("`UserClientIp` is empty".to_owned()));
    }
}

fn entry(name: &str, years: u32) -> Entry {
    Entry {
        domain_name: name.to_owned(),
        subscription_duration: years,
        renew_mode: None,
        tags: Vec::new(),
    }
}

fn request() -> SaveBatchRenewal {
    let mut first = entry("example.com", 1);
    first.renew_mode = Some(RenewMode::AutoRenewal);
    first.tags = vec![
        Tag {
            key: "env".to_owned(),
            value: Some("prod".to_owned()),
        },
        Tag {
            key: "team".to_owned(),
            value: None,
        },
    ];
    let mut second = entry("example.net", 10);
    second.renew_mode = Some(RenewMode::Notice);
    SaveBatchRenewal {
        order_renew_param: vec![first, second],
        user_client_ip: Some("127.0.0.1".to_owned()),
        paging: Paging {
            page_num: 1,
            page_size: 20,
        },
        offsets: vec![-5, 5],
        local_note: "not sent".to_owned(),
    }
}

fn main() {
    assert_eq!(SaveBatchRenewal::ACTION, "SaveBatchRenewal");
    assert_eq!(SaveBatchRenewal::VERSION, "2018-01-29");
    assert_eq!(SaveBatchRenewal::ENDPOINT, "domain.aliyuncs.com");
    assert!(!SaveBatchRenewal::IDEMPOTENT);
    assert_eq!(
        RenewMode::VALUES,
        ["AUTO_RENEWAL", "MANUAL_RENEWAL", "notice"]
    );
    assert_eq!(RenewMode::ManualRenewal.wire_value(), "MANUAL_RENEWAL");

    let mut writer = ParamWriter::new();
    request().write_params(&mut writer);
    let params = writer.finish().unwrap();
    let pairs: Vec<(&str, &str)> = params.iter().collect();
    assert_eq!(
        pairs,
        [
            ("OrderRenewParam.1.DomainName", "example.com"),
            ("OrderRenewParam.1.SubscriptionDuration", "1"),
            ("OrderRenewParam.1.Mode", "AUTO_RENEWAL"),
            ("OrderRenewParam.1.Tags.1.Key", "env"),
            ("OrderRenewParam.1.Tags.1.Value", "prod"),
            ("OrderRenewParam.1.Tags.2.Key", "team"),
            ("OrderRenewParam.2.DomainName", "example.net"),
            ("OrderRenewParam.2.SubscriptionDuration", "10"),
            ("OrderRenewParam.2.Mode", "notice"),
            ("UserClientIp", "127.0.0.1"),
            ("PageNum", "1"),
            ("PageSize", "20"),
            ("Offsets.1", "-5"),
            ("Offsets.2", "5"),
        ]
    );

    let mut broken = request();
    broken.order_renew_param[1].subscription_duration = 11;
    broken.order_renew_param[0].domain_name = "example.com.".to_owned();
    broken.paging.page_size = 0;
    broken.offsets.push(6);
    broken.user_client_ip = Some(String::new());
    let mut writer = ParamWriter::new();
    broken.write_params(&mut writer);
    let problems: Vec<String> = writer
        .finish()
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "`OrderRenewParam.1` domain names do not end with a dot",
            "`OrderRenewParam.2.SubscriptionDuration` is 11, allowed 1..=10",
            "`PageSize` is 0, allowed 1..=100",
            "`Offsets.3` is 6, allowed -5..=5",
            "request `UserClientIp` is empty",
        ]
    );

    let fields = SaveBatchRenewal::FIELDS;
    let names: Vec<&str> = fields.iter().map(|field| field.wire_name).collect();
    assert_eq!(names, ["OrderRenewParam", "UserClientIp", "", "Offsets"]);
    assert!(fields[0].required() && !fields[1].required());
    assert!(fields[2].flatten);
    assert!(matches!((fields[2].shape)(), Shape::Struct(paging) if paging.len() == 2));
    match (fields[0].shape)() {
        Shape::List(element) => match element() {
            Shape::Struct(entry_fields) => {
                assert_eq!(entry_fields.len(), 4);
                assert_eq!(entry_fields[2].wire_name, "Mode");
                assert!(
                    matches!((entry_fields[2].shape)().unwrap_optional().0, Shape::Enum { values } if values.len() == 3)
                );
            }
            other => panic!("expected a struct, got {}", other.kind()),
        },
        other => panic!("expected a list, got {}", other.kind()),
    }
    assert_eq!(Entry::FIELDS[1].rules.max, Some(10));
    assert_eq!(fields[3].rules.min, Some(-5));
}
