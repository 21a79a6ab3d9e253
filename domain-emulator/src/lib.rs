//! A local HTTP server that behaves like Alibaba Cloud's Domain API (version 2018-01-29), for
//! end-to-end tests and demos.
//!
//! It verifies signatures (V1 HMAC-SHA1 parameters and V3 `ACS3-HMAC-SHA256` headers) with its own
//! code, independent of the client crates, serves the renewal and query actions, executes renewal
//! tasks asynchronously, persists its state, and injects deterministic faults.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use domain_emulator::{Emulator, EmulatorConfig};
//! let emulator = Emulator::start(EmulatorConfig::new()).await?;
//! println!("{} {}", emulator.url(), emulator.access_key_id());
//! emulator.shutdown().await
//! # }
//! ```
#![forbid(unsafe_code)]

mod actions;
mod calendar;
mod config;
mod demo;
mod faults;
#[doc(hidden)]
pub mod fuzzing;
mod nonce;
mod quota;
mod request;
mod respond;
mod server;
mod signature_v1;
mod signature_v3;
mod state;
mod state_file;
mod timed_body;

pub use config::{Credential, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, EmulatorConfig};
pub use faults::Faults;
pub use quota::{Quota, QuotaFlags, Rate};
pub use server::Emulator;
pub use state::DomainRecord;
