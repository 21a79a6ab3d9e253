#[derive(aliyun_rpc::Rpc)]
#[rpc(
    action = "Describe Regions",
    version = "2014-5-26",
    endpoint = "https://ecs.aliyuncs.com"
)]
struct A {}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "", version = "2014-13-01", endpoint = "ecs.aliyuncs.com/")]
struct B {}

fn main() {}
