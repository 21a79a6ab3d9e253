#[derive(aliyun_rpc::RpcParams)]
struct Entry {
    #[rpc(skip = true)]
    a: String,
    #[rpc(flatten("x"))]
    b: String,
    #[rpc(rename)]
    c: String,
}

fn main() {}
