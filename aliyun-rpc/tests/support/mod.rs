//! The client tests' server is the workspace's loopback server ([`test_support::Server`]): it
//! records each request and answers with whatever the test scripts, including the misbehaviour
//! a real server never shows on demand (stalls, HTML pages, huge bodies, drips). It stops when
//! dropped.

#![allow(dead_code, unreachable_pub, unused_imports)]

pub use test_support::{Delivery, Reply, Request, Server};

/// A body the client would accept, were it ever complete.
pub const COMPLETE_BODY: &str = r#"{"RequestId":"R-slow","TaskNo":"T-slow"}"#;

/// A server that answers every request with [`COMPLETE_BODY`], delivered as `delivery` says
/// (too slowly, in the deadline tests).
pub fn slow_server(delivery: Delivery) -> Server {
    Server::start(move |_| Reply::ok(COMPLETE_BODY).delivered(delivery))
}
