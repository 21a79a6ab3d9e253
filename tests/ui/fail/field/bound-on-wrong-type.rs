#[derive(aliyun_rpc::RpcParams)]
struct Entry {
    #[rpc(min = 1)]
    name: String,
    #[rpc(max_len = 10)]
    years: u32,
    #[rpc(non_empty)]
    flag: Option<bool>,
}

fn main() {}
