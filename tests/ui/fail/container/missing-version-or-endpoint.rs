#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "A", version = "2014-05-26")]
struct A {}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "B", endpoint = "ecs.aliyuncs.com")]
struct B {}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "C")]
struct C {}

fn main() {}
