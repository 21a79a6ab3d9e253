struct Ecs;

impl aliyun_rpc::Product for Ecs {
    const NAME: &'static str = "Ecs";
    const VERSION: &'static str = "2014-05-26";
    const ENDPOINT: &'static str = "ecs.aliyuncs.com";
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeRegions", product = Ecs, version = "2014-05-26")]
struct A {}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeRegions", product = Ecs, endpoint = "ecs.cn-hangzhou.aliyuncs.com")]
struct B {}

fn main() {}
