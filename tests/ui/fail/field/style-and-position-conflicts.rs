#[derive(aliyun_rpc::RpcParams)]
struct Options {
    name: String,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeThings", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct DescribeThings {
    #[rpc(json, max_len = 100)]
    instance_ids: Vec<String>,
    #[rpc(json, flatten)]
    options: Vec<String>,
    #[rpc(body, flatten)]
    more: Options,
}

fn main() {}
