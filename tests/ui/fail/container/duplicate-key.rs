#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "QueryDomainList", action = "QueryTaskList")]
#[rpc(version = "2018-01-29", endpoint = "domain.aliyuncs.com")]
#[rpc(version = "2018-01-29", idempotent, idempotent = true)]
struct QueryDomainList {
    #[rpc(min = 1, min = 2)]
    page_num: i32,
    #[rpc(rename = "PageSize")]
    #[rpc(rename = "Size")]
    page_size: i32,
}

fn main() {}
