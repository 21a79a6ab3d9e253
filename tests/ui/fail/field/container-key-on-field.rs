#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "A", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct A {
    #[rpc(action = "B", idempotent)]
    name: String,
    #[rpc(rename_all = "lowercase")]
    kind: String,
}

fn main() {}
