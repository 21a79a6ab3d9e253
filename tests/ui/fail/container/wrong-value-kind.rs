mod api {
    pub struct Domain;
    pub struct Response;
    pub fn check() {}
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = 5, version = 20140526, endpoint = ecs)]
#[rpc(
    idempotent = "yes",
    response = "api::Response",
    validate = "api::check"
)]
struct A {}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "B", product = "api::Domain", crate = "not a path", validate = 1 + 1)]
#[rpc(action)]
struct B {}

fn main() {}
