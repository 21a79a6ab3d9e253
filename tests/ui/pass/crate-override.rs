//! `#[rpc(crate = "…")]` routes every generated path through a re-export of the runtime, even
//! when a local module shadows the crate's own name.

// A local module with the runtime's name.
mod aliyun_rpc {}

/// The runtime as another crate would re-export it.
mod rpc_runtime {
    pub use ::aliyun_rpc::*;

    pub mod __private {
        pub use ::aliyun_rpc::__private::*;

        /// Shadows the glob import: an action without `response` gets this type only if its
        /// generated code went through this module.
        #[derive(::serde::Deserialize)]
        pub struct GenericResponse {}
    }
}

#[derive(rpc_runtime::RpcValue)]
#[rpc(crate = "crate::rpc_runtime")]
enum Period {
    Month,
    Year,
}

#[derive(rpc_runtime::RpcParams)]
#[rpc(crate = "crate::rpc_runtime")]
struct Entry {
    period: Period,
}

#[derive(rpc_runtime::Rpc)]
#[rpc(
    action = "Buy",
    version = "2018-01-29",
    endpoint = "domain.aliyuncs.com"
)]
#[rpc(crate = "crate::rpc_runtime")]
struct Buy {
    entry: Vec<Entry>,
}

fn main() {
    use rpc_runtime::RpcAction as _;
    // Compiles only if `Response` is the marker type of `rpc_runtime::__private`.
    let _: <Buy as rpc_runtime::RpcAction>::Response = rpc_runtime::__private::GenericResponse {};

    let buy = Buy {
        entry: vec![
            Entry {
                period: Period::Year,
            },
            Entry {
                period: Period::Month,
            },
        ],
    };
    let mut writer = rpc_runtime::ParamWriter::new();
    buy.write_params(&mut writer);
    let params = writer.finish().unwrap();
    let pairs: Vec<(&str, &str)> = params.iter().collect();
    assert_eq!(
        pairs,
        [("Entry.1.Period", "Year"), ("Entry.2.Period", "Month")]
    );
    assert_eq!(Buy::ACTION, "Buy");
}
