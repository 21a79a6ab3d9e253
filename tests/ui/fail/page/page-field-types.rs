// Each part of paging has the type it needs, and a paged action's response is a page.

#[derive(serde::Deserialize, aliyun_rpc::RpcPage)]
struct Page {
    #[rpc(items)]
    things: String,
    #[rpc(next_page)]
    next_page: u32,
}

#[derive(serde::Deserialize)]
struct NotAPage {
    things: Vec<u32>,
}

#[derive(Clone, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeThings", version = "2020-01-01", endpoint = "example.aliyuncs.com", response = NotAPage)]
struct DescribeThings {
    #[rpc(page_number)]
    page_number: Option<String>,
}

fn main() {}
