struct NotAProduct;
struct NotDeserialize;

fn check_wrong(_: &str) {}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "A", product = NotAProduct, response = NotDeserialize, validate = check_wrong)]
struct A {}

fn main() {}
