trait Named {}

macro_rules! same {
    ($ty:ty) => {
        $ty
    };
}

#[derive(aliyun_rpc::RpcParams)]
struct Entry {
    name: &'static str,
    pair: (u32, u32),
    nothing: (),
    callback: fn() -> u32,
    named: Box<dyn Named>,
    pointer: *const u8,
    tags: Vec<(String, String)>,
    slots: [&'static str; 2],
    generated: same!(u32),
}

fn main() {}
