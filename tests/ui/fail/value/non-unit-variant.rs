#[derive(aliyun_rpc::RpcValue)]
enum Period {
    Month,
    Years(u32),
    Custom { days: u32 },
}

fn main() {}
