#[derive(aliyun_rpc::RpcValue)]
#[rpc(rename_all = "snake-case")]
enum A {
    One,
}

#[derive(aliyun_rpc::RpcValue)]
#[rpc(rename_all = "Title Case")]
enum B {
    One,
}

#[derive(aliyun_rpc::RpcValue)]
#[rpc(rename_all = lowercase)]
enum C {
    One,
}

fn main() {}
