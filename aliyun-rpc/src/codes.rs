//! What Alibaba's error codes say about a failed request: whether it was refused for its rate
//! (and so not processed) or failed in a way that reads as transient.
//!
//! Both [`ServiceError`](crate::ServiceError) and the retry rules read these lists; they live
//! here, depending on neither, so that the error type and the retry policy do not depend on
//! each other. The public paths are `aliyun_rpc::retry::{THROTTLING_CODES, TRANSIENT_CODES,
//! is_throttling_code}`.

/// Error codes that mean the service refused the request for its rate, without processing it.
/// Any code starting with `Throttling` counts too.
pub const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "Throttling.User",
    "Throttling.Api",
    "Throttling.Concurrent",
    "ServiceUnavailable.Throttling",
];

/// Error codes that read as transient but may come after the request was processed.
pub const TRANSIENT_CODES: &[&str] = &[
    "ServiceUnavailable",
    "InternalError",
    "Busy",
    "NetworkIOError",
    "QueryRegistryFailed",
    "UnknownError",
];

/// Whether `code` is a throttling code.
pub fn is_throttling_code(code: &str) -> bool {
    code.starts_with("Throttling") || THROTTLING_CODES.contains(&code)
}
