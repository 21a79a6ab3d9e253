#[derive(aliyun_rpc::RpcValue)]
struct NotAnEnum {
    value: String,
}

#[derive(aliyun_rpc::RpcValue)]
#[rpc(action = "A", rename = "x", validate = check)]
enum Status {
    #[rpc(min = 1, action = "B", renam = "on")]
    On,
    #[rpc(rename = "")]
    Off,
}

#[derive(aliyun_rpc::RpcValue)]
enum Generic<T> {
    One,
    #[allow(dead_code)]
    Two(std::marker::PhantomData<T>),
}

fn main() {}
