struct Plain {
    name: String,
}

#[derive(aliyun_rpc::RpcParams)]
struct Entry {
    #[rpc(flatten)]
    name: String,
    #[rpc(flatten)]
    plain: Plain,
}

fn main() {}
