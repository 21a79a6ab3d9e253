//! `aliyun_rpc::decode_response` on any body, for a renewal and a task-detail page: never a
//! panic, and every error keeps the status and a bounded excerpt of the body.

#![no_main]

use aliyun_rpc::{Error, RpcAction, decode_response};
use domain_api::{QueryTaskDetailList, SaveBatchTaskForCreatingOrderRenew};
use libfuzzer_sys::fuzz_target;

fn check<A: RpcAction>(status: u16, body: &[u8]) {
    match decode_response::<A>(status, body) {
        Ok(_) => assert!(
            (200..300).contains(&status),
            "a success decoded from HTTP {status}"
        ),
        Err(Error::Response(error)) => {
            assert_eq!(error.status(), status);
            // 2048 bytes of lossy UTF-8 (at most 3 bytes per replaced byte) and an ellipsis.
            assert!(error.body_excerpt().len() <= 3 * 2048 + 3);
        }
        Err(Error::Service(error)) => {
            assert_eq!(error.http_status(), status);
        }
        Err(other) => panic!("decode_response gave {other:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    if let Some((status, body)) = aliyun_rpc_fuzz::response(data) {
        check::<SaveBatchTaskForCreatingOrderRenew>(status, body);
        check::<QueryTaskDetailList>(status, body);
    }
});
