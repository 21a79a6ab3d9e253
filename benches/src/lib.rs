//! The performance suite of the `aliyun-rpc` workspace.
//!
//! `cargo bench -p aliyun-rpc-benches` runs three harness-less bench binaries, each printing rows of
//! one Markdown table that compares this workspace ("ours") with a baseline measured in the same
//! run:
//!
//! - `suite`: signing ([`floor`] is the hand-written baseline), response decoding, end-to-end calls
//!   against a loopback server ([`loopback`]) and the emulator's throughput;
//! - `renewal`: a 10,000-domain renewal through `domain-emulator` in a child process
//!   ([`process`] reads CPU time and peak memory);
//! - `pacing`: a renewal job against the emulator's per-action quota, paced, with today's
//!   policy, and with no retries ([`seed`] writes its account).
//!
//! `scripts/bench.sh` runs them plus `scripts/compile-cost.sh` (and, in a full run,
//! `scripts/footprint.sh`) and prints the table with the machine it ran on. Nothing here is a `#[test]`: timings are reported, never asserted.

pub mod fixtures;
pub mod floor;
pub mod floor_page;
pub mod harness;
pub mod loopback;
pub mod process;
pub mod seed;
pub mod table;
