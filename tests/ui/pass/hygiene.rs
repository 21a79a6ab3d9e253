//! Generated code names everything by absolute path: shadowing the prelude, the runtime's item
//! names and the crate name itself changes nothing.

#![allow(dead_code, non_camel_case_types, clippy::all)]

// A local module with the runtime's name: generated paths start with `::aliyun_rpc`.
mod aliyun_rpc {}
mod core {}

type Result<T> = ::std::result::Result<T, ()>;
struct Option;
struct Some;
struct None;
struct String;
struct Vec;
struct Box;
struct Ok;
struct Err;
struct RpcAction;
struct RpcParams;
struct ParamValue;
struct ParamWriter;
struct FieldMeta;
struct Rules;
struct Shape;
struct Product;
struct GenericResponse;
trait Into {}
trait From {}
trait Default {}
trait Fn {}
fn unreachable() {}
fn panic() {}

#[derive(::aliyun_rpc::RpcValue, Clone, Copy)]
#[rpc(rename_all = "lowercase")]
enum Status {
    Active,
    Expired,
}

#[derive(::aliyun_rpc::RpcParams)]
struct Entry {
    #[rpc(non_empty, max_len = 253)]
    domain_name: ::std::string::String,
    #[rpc(min = 1, max = 10)]
    years: ::core::option::Option<u32>,
    status: Status,
}

#[derive(::aliyun_rpc::RpcParams)]
struct Common {
    lang: ::std::string::String,
}

#[derive(::aliyun_rpc::Rpc)]
#[rpc(action = "Renew", version = "2018-01-29", endpoint = "domain.aliyuncs.com", validate = check)]
struct Renew {
    #[rpc(min_len = 1)]
    entries: ::std::vec::Vec<Entry>,
    #[rpc(flatten)]
    common: Common,
    #[rpc(skip)]
    note: ::std::string::String,
}

fn check(_: &Renew, _: &mut ::aliyun_rpc::ParamWriter) {}

fn main() {
    use ::aliyun_rpc::RpcAction as _;
    // The generated `new` and setters, under the same shadowing.
    let renew = Renew::new(
        [Entry::new("example.com", Status::Active).with_years(2)],
        Common::new("en"),
    )
    .with_note("local");
    let mut writer = ::aliyun_rpc::ParamWriter::new();
    renew.write_params(&mut writer);
    let params = writer.finish().unwrap();
    let pairs: ::std::vec::Vec<(&str, &str)> = params.iter().collect();
    assert_eq!(
        pairs,
        [
            ("Entries.1.DomainName", "example.com"),
            ("Entries.1.Years", "2"),
            ("Entries.1.Status", "active"),
            ("Lang", "en"),
        ]
    );
}
