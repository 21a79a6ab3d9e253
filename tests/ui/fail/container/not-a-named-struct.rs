#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "A", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
enum A {
    One,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "B", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct B(String, u32);

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "C", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct C;

#[derive(aliyun_rpc::RpcParams)]
enum D {
    One,
}

#[derive(aliyun_rpc::RpcParams)]
union E {
    one: u32,
}

fn main() {}
