#[derive(aliyun_rpc::Rpc)]
#[rpc(version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct DescribeRegions {
    region_id: Option<String>,
}

fn main() {}
