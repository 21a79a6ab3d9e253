#[derive(aliyun_rpc::Rpc)]
#[rpc(
    action = "QueryDomainList",
    action = "QueryTaskList",
    version = "2018-01-29"
)]
struct QueryDomainList {
    #[rpc(renam = "DomainName")]
    domain_name: String,
    #[rpc(min = "1")]
    page_num: i32,
    timestamp: Option<String>,
    lang: &'static str,
}

fn main() {}
