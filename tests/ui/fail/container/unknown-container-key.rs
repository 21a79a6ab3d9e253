#[derive(aliyun_rpc::Rpc)]
#[rpc(
    acton = "DescribeRegions",
    version = "2014-05-26",
    endpoint = "ecs.aliyuncs.com"
)]
#[rpc(idempotnet, serialize_with = "x", retry(3))]
struct DescribeRegions {
    region_id: Option<String>,
}

fn main() {}
