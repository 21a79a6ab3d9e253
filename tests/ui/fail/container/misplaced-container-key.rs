#[derive(aliyun_rpc::RpcParams)]
#[rpc(action = "A", idempotent, rename_all = "lowercase")]
struct Entry {
    name: String,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "B", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
#[rpc(rename = "Other", skip, rename_all = "lowercase")]
struct B {}

fn main() {}
