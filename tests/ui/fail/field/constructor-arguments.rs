// The generated `new` takes every required parameter, with its type; a required field has no
// setter; a `default` expression has the field's type.

#[derive(Clone, Copy, aliyun_rpc::RpcValue)]
enum Status {
    On,
    Off,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "SetThing", version = "2020-01-01", endpoint = "example.aliyuncs.com")]
struct SetThing {
    thing_id: String,
    status: Status,
    #[rpc(default = "ten")]
    page_size: Option<u32>,
}

fn main() {
    let _missing = SetThing::new("t-1");
    let _wrong_type = SetThing::new("t-1", true);
    let _required_has_no_setter = SetThing::new("t-1", Status::On).with_thing_id("t-2");
}
