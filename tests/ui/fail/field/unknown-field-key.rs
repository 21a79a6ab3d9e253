#[derive(aliyun_rpc::RpcParams)]
struct Entry {
    #[rpc(renam = "DomainName")]
    domain_name: String,
    #[rpc(minlen = 1, nonempty)]
    tags: Vec<String>,
    #[rpc(serialize_with = "years_text")]
    years: u32,
}

fn main() {}
