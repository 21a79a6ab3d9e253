#[derive(aliyun_rpc::RpcParams)]
struct Inner {
    name: String,
}

#[derive(aliyun_rpc::RpcParams)]
struct Outer {
    #[rpc(skip, rename = "Name")]
    name: String,
    #[rpc(flatten, rename = "Inner")]
    inner: Inner,
    #[rpc(flatten, min = 1, non_empty)]
    other: Inner,
    #[rpc(non_empty, min_len = 2)]
    tags: Vec<String>,
}

fn main() {}
