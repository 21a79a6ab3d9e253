// Page keys belong on a page's fields or on the field that chooses an action's page; parameter
// keys have no meaning on a page.

#[derive(serde::Deserialize, aliyun_rpc::RpcPage)]
struct Page {
    #[rpc(items, rename = "Things")]
    things: Vec<u32>,
}

#[derive(Clone, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeThings", version = "2020-01-01", endpoint = "example.aliyuncs.com", response = Page)]
struct DescribeThings {
    #[rpc(items)]
    page_number: Option<u32>,
}

#[derive(aliyun_rpc::RpcParams)]
struct Nested {
    #[rpc(page_number)]
    page: u32,
}

fn main() {}
