#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "A", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct A {
    action: String,
    #[rpc(rename = "Signature")]
    sig: String,
    timestamp: Option<String>,
    security_token: Option<String>,
    // `RegionId` is an ordinary parameter: no error here.
    region_id: Option<String>,
}

fn main() {}
