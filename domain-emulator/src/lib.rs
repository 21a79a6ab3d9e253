//! A local HTTP server that behaves like Alibaba Cloud's Domain API (version 2018-01-29), for
//! your own tests and demos: no account, no money, nothing leaves the machine.
//!
//! It verifies signatures (V1 HMAC-SHA1 parameters and V3 `ACS3-HMAC-SHA256` headers) with its own
//! code, independent of the client crates, so `aliyun-rpc` and Alibaba's official SDKs work
//! against it unchanged. It runs tasks asynchronously, persists its state, records every call,
//! lets a test move its clock, and injects deterministic faults.
//!
//! # In a test
//!
//! ```no_run
//! use std::time::Duration;
//! use domain_emulator::{CallOutcome, DomainRecord, Emulator};
//!
//! # async fn demo() -> std::io::Result<()> {
//! let emulator = Emulator::builder()
//!     .domain(DomainRecord::expiring_in_days("my-shop.com", 20).transfer_locked())
//!     .domain(DomainRecord::expiring_in_days("coffee.example", 90).premium())
//!     .start()
//!     .await?;
//! // Point a client at it: `emulator.endpoint()` (`http://127.0.0.1:PORT`), signed with
//! // `emulator.access_key()`, then run the code under test...
//! emulator.advance_clock(Duration::from_secs(3600))?; // every pending task finishes
//! for call in emulator.calls_of("SaveSingleTaskForCreatingOrderRenew") {
//!     assert_eq!(call.outcome, CallOutcome::Success);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Each emulator listens on its own free loopback port with its own account, clock, recorder and
//! faults, so a test binary can run many at once. Dropping the [`Emulator`] stops it (server,
//! task ticker, connections); [`Emulator::shutdown`] stops it gracefully. Without any domain
//! given, the account holds a demo set of a dozen domains ([`EmulatorConfig::demo_domains`]).
//! With the default 200 ms task stage a renewal takes about 400 ms; make stages long
//! ([`EmulatorConfig::task_step`]) and move them with [`Emulator::advance_clock`],
//! [`Emulator::step_tasks`] or [`Emulator::finish_tasks`] for tests that never wait.
//!
//! # Emulated actions
//!
//! [`EMULATED_ACTIONS`] (64 of the API's 133): every read action (`Query*`, `Check*`, `List*`,
//! `Scroll*`, `PollTaskResult`, `LookupTmchNotice`, `VerifyContactField`, the sensitive-word
//! matches), answered from the account where it holds the answer (domains, groups, contacts,
//! DNS hosts, tasks and their results, the change log, transfers out, registrant profiles derived
//! from the domains, e-mail verifications, real-name status) and with an empty answer of the
//! service's shape where it holds nothing (server locks, transfers in, DS records, ENS,
//! qualifications, audits); and the write actions of the main lifecycles: DNS hosts
//! (`SaveSingleTaskFor{Creating,Modifying,Deleting,Synchronizing}DnsHost`), contact changes
//! (`SaveBatchTaskForUpdatingContactInfoByNewContact`), renewals
//! (`SaveSingleTaskForCreatingOrderRenew`, `SaveBatchTaskForCreatingOrderRenew`), name-server
//! changes (`SaveBatchTaskForModifyingDomainDns`), the transfer and update locks
//! (`SaveSingleTaskFor{Transfer,Update}ProhibitionLock` and their `SaveBatchTask…` forms) and the
//! transfer out (`SaveSingleTaskForQueryingTransferAuthorizationCode`,
//! `SaveSingleTaskFor{Approving,Canceling}TransferOut`, `…TransferOutByAuthorizationCode`,
//! `…ApplyQuickTransferOutOpenly`, single and batch). The write actions queue tasks that progress
//! waiting → executing → finished and then change the domain; a transfer out, once the gaining
//! registrar's request arrived, waits five days of the emulator's clock (or an approval) and the
//! domain leaves the account, unless its transfer lock is on. Every parameter the API marks
//! required is checked first (`Missing<Name>`).
//!
//! Every other action of the API ([`unemulated_actions`], from Alibaba's metadata) is answered
//! with HTTP 400 `UnsupportedOperation`, whose message names the action and says the emulator
//! does not implement it; a name that is no Domain action gets the service's own 404
//! `InvalidAction.NotFound`. `FIDELITY.md` in the crate lists the known differences from the
//! real service.
//!
//! # Admin endpoints
//!
//! The controls of [`Emulator`] are also served over HTTP, for tests in other languages, under
//! `/_emulator/` ([`Emulator::admin_url`]); the API itself is served at `/` only, so no API
//! request reaches them and they never run an action. They take no signature, are not recorded,
//! not counted and never hit by faults; [`EmulatorConfig::admin_endpoints`] (`--no-admin`) turns
//! them off.
//!
//! | endpoint | does |
//! |---|---|
//! | `GET /_emulator/health` | `{"status":"ok","domains","tasks","pending_tasks","calls","now_ms","clock_offset_ms"}` |
//! | `POST /_emulator/reset` | back to the starting account, no tasks, no calls, system clock, configured faults |
//! | `GET /_emulator/calls`, `DELETE` | the recorded calls (`action`, `parameters` without `Signature`/`SecurityToken`, `outcome` `success`/`error`/`dropped`, `status`, `code`, `applied`, `request_id`); forget them |
//! | `GET /_emulator/clock`, `POST {"advance_ms": N}` | read, or move forward, the emulator's clock |
//! | `POST /_emulator/tasks/step`, `/tasks/finish` | every unfinished task detail one stage on; every task finished |
//! | `POST /_emulator/faults {"action"?, "throttle_rate", …}`, `DELETE` | set [`Faults`] (durations as `…_ms`) for one action or all; all off |
//!
//! # The binary
//!
//! `domain-emulator --port 0 --state state.json` serves the same emulator until Ctrl-C, for the
//! CLI demo and for clients in other languages; `--help` lists its knobs.
#![forbid(unsafe_code)]

mod actions;
mod admin;
mod calendar;
mod clock;
mod config;
mod control;
mod demo;
mod faults;
#[doc(hidden)]
pub mod fuzzing;
mod nonce;
mod quota;
mod recorder;
mod request;
mod respond;
mod server;
mod signature_v1;
mod signature_v3;
mod state;
mod state_file;
mod timed_body;
mod transfer_out;

pub use actions::{EMULATED_ACTIONS, unemulated_actions};
pub use config::{Credential, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, EmulatorConfig};
pub use control::Health;
pub use faults::Faults;
pub use quota::{Quota, QuotaFlags, Rate};
pub use recorder::{CallOutcome, RecordedCall};
pub use server::Emulator;
pub use state::DomainRecord;
