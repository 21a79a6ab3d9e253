// A page names its list of items once, and each field plays one part.

#[derive(serde::Deserialize, aliyun_rpc::RpcPage)]
struct NoItems {
    total: u64,
}

#[derive(serde::Deserialize, aliyun_rpc::RpcPage)]
struct TwoLists {
    #[rpc(items)]
    first: Vec<u32>,
    #[rpc(items)]
    second: Vec<u32>,
    #[rpc(total_items, total_pages)]
    total: u64,
}

fn main() {}
