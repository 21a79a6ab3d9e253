// A struct that writes its own `new` says so with `#[rpc(no_constructor)]`; without it the
// generated `new` and its own are two definitions of one name.

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeThings", version = "2020-01-01", endpoint = "example.aliyuncs.com")]
struct DescribeThing {
    thing_id: String,
}

impl DescribeThing {
    fn new(number: u32) -> DescribeThing {
        DescribeThing {
            thing_id: format!("t-{number}"),
        }
    }
}

fn main() {
    let _ = DescribeThing::new(7);
}
