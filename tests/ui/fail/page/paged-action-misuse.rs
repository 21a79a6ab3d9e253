// One field chooses an action's page, it is sent, and the action names its page type.

#[derive(serde::Deserialize, aliyun_rpc::RpcPage)]
struct Page {
    #[rpc(items)]
    things: Vec<u32>,
}

#[derive(Clone, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeThings", version = "2020-01-01", endpoint = "example.aliyuncs.com", response = Page)]
struct TwoChoosers {
    #[rpc(page_number)]
    page_number: Option<u32>,
    #[rpc(next_token)]
    next_token: Option<String>,
}

#[derive(Clone, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeThings", version = "2020-01-01", endpoint = "example.aliyuncs.com", response = Page)]
struct Skipped {
    #[rpc(page_number, skip)]
    page_number: Option<u32>,
}

#[derive(Clone, aliyun_rpc::Rpc)]
#[rpc(action = "DescribeThings", version = "2020-01-01", endpoint = "example.aliyuncs.com")]
struct NoResponse {
    #[rpc(page_number)]
    page_number: Option<u32>,
}

fn main() {}
