// `no_constructor` is a flag of actions and parameter structures, and with it `default` (which
// says where the generated `new` starts a field) has nothing to act on.

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeThings", version = "2020-01-01", endpoint = "example.aliyuncs.com")]
#[rpc(no_constructor = true)]
struct WithValue {
    thing_id: String,
}

#[derive(aliyun_rpc::RpcValue)]
#[rpc(no_constructor)]
enum Status {
    Active,
}

#[derive(aliyun_rpc::RpcParams)]
#[rpc(no_constructor)]
struct DefaultWithoutConstructor {
    #[rpc(default = Some(10))]
    page_size: Option<u32>,
}

fn main() {}
