#[derive(aliyun_rpc::RpcParams)]
struct Entry {
    #[rpc(rename = "")]
    a: String,
    #[rpc(rename = "Order.Name")]
    b: String,
    #[rpc(rename = "Domain Name")]
    c: String,
    #[rpc(rename = "A=B")]
    d: String,
    #[rpc(rename = DomainName)]
    e: String,
}

fn main() {}
