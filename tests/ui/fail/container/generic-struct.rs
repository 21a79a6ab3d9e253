#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "A", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct A<T> {
    value: T,
}

#[derive(aliyun_rpc::RpcParams)]
struct B<'a> {
    name: std::borrow::Cow<'a, str>,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "C", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct C
where
    u32: Copy,
{
    value: u32,
}

fn main() {}
