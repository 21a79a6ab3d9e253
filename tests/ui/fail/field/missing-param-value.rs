struct Coupon {
    number: String,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "A", version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct A {
    coupon: Coupon,
    coupons: Vec<Coupon>,
}

fn main() {}
