#[derive(aliyun_rpc::RpcValue)]
#[rpc(rename_all = "lowercase")]
enum Lang {
    Zh,
    En,
    #[rpc(rename = "en")]
    English,
    EN,
}

fn main() {}
