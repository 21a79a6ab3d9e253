#[derive(aliyun_rpc::RpcParams)]
struct Entry {
    #[rpc(min = 10, max = 1)]
    years: u32,
    #[rpc(min_len = 5, max_len = 2)]
    name: String,
    #[rpc(non_empty, max_len = 0)]
    tags: Vec<String>,
    #[rpc(min = "1", max = 1.5, min_len = -1)]
    count: u32,
    #[rpc(min = -5, max = -10)]
    offset: i64,
}

fn main() {}
