#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "A", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct A {
    domain_name: String,
    #[rpc(rename = "DomainName")]
    name: String,
    r#type: String,
    type_: String,
    #[rpc(skip)]
    #[allow(dead_code)]
    skipped_name: String,
    #[rpc(rename = "SkippedName")]
    visible_name: String,
}

fn main() {}
