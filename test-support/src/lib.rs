//! What the workspace's tests share, so that each test file keeps only what it checks.
//!
//! - [`Server`]: a real HTTP/1.1 server on 127.0.0.1 that records every [`Request`] and answers
//!   each with the [`Reply`] a test's handler gives, including the misbehaviour a real service
//!   never shows on demand (a stall, a body a byte at a time, a chunked body that never ends).
//!   It runs on a thread of its own, so that blocking tests (the CLI runs) and async tests use
//!   the same one, and it stops when dropped.
//! - [`leaks`]: every form in which a piece of a credential could be shown, and the check that
//!   none is.
//! - [`TempDir`]: a directory removed when dropped.

#![forbid(unsafe_code)]

pub mod leaks;
mod reply;
mod request;
mod server;
mod temp;

pub use reply::{Delivery, Reply};
pub use request::{Request, decode_form, percent_decode};
pub use server::{Server, closed_url};
pub use temp::TempDir;
