//! The admin endpoints under `/_emulator/`: the controls of [`Emulator`](crate::Emulator) over
//! HTTP, for tests in other languages and for the CLI demo.
//!
//! They live on their own paths, apart from the API, which is served at `/` only: no API request,
//! signed or not and whatever its `Action`, reaches them, and they never run an action. They
//! take no signature (anyone who can reach the loopback port can use them), are not counted in
//! [`Emulator::request_count`](crate::Emulator::request_count), not recorded, and never hit by
//! faults. [`EmulatorConfig::admin_endpoints`](crate::EmulatorConfig::admin_endpoints) turns them
//! off.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse as _, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::faults::Faults;
use crate::recorder::{CallOutcome, RecordedCall};
use crate::server::Shared;

/// Where the admin endpoints are mounted.
pub(crate) const PREFIX: &str = "/_emulator";

type Admin = AxumState<Arc<Shared>>;

/// The routes, relative to [`PREFIX`].
pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/health", get(health))
        .route("/reset", post(reset))
        .route("/calls", get(calls).delete(clear_calls))
        .route("/clock", get(clock).post(advance_clock))
        .route("/tasks/step", post(step_tasks))
        .route("/tasks/finish", post(finish_tasks))
        .route("/faults", post(set_faults).delete(clear_faults))
}

fn reply(status: StatusCode, body: &Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn ok(body: &Value) -> Response {
    reply(StatusCode::OK, body)
}

fn bad_request(message: &str) -> Response {
    reply(StatusCode::BAD_REQUEST, &json!({ "error": message }))
}

fn saved(result: std::io::Result<Value>) -> Response {
    match result {
        Ok(body) => ok(&body),
        Err(error) => reply(
            StatusCode::INTERNAL_SERVER_ERROR,
            &json!({ "error": format!("saving the state file failed: {error}") }),
        ),
    }
}

/// `GET /_emulator/health`.
async fn health(AxumState(shared): Admin) -> Response {
    let health = shared.health();
    ok(&json!({
        "status": "ok",
        "domains": health.domains,
        "tasks": health.tasks,
        "pending_tasks": health.pending_tasks,
        "calls": health.calls,
        "now_ms": health.now_ms,
        "clock_offset_ms": health.clock_offset_ms,
    }))
}

/// `POST /_emulator/reset`.
async fn reset(AxumState(shared): Admin) -> Response {
    saved(shared.reset().map(|()| json!({ "status": "reset" })))
}

fn call_json(call: &RecordedCall) -> Value {
    let (outcome, status, code) = match &call.outcome {
        CallOutcome::Success => ("success", Value::from(200), Value::Null),
        CallOutcome::Error { status, code } => {
            ("error", Value::from(*status), Value::from(code.as_str()))
        }
        CallOutcome::Dropped => ("dropped", Value::Null, Value::Null),
    };
    json!({
        "action": call.action,
        "parameters": call.parameters,
        "outcome": outcome,
        "status": status,
        "code": code,
        "applied": call.applied,
        "request_id": call.request_id,
    })
}

/// `GET /_emulator/calls`: the recorded calls, oldest first.
async fn calls(AxumState(shared): Admin) -> Response {
    let calls: Vec<Value> = shared.recorder.calls().iter().map(call_json).collect();
    ok(&json!({ "calls": calls }))
}

/// `DELETE /_emulator/calls`.
async fn clear_calls(AxumState(shared): Admin) -> Response {
    shared.recorder.clear();
    ok(&json!({ "calls": [] }))
}

fn clock_json(shared: &Shared) -> Value {
    json!({ "now_ms": shared.clock.now_ms(), "offset_ms": shared.clock.offset_ms() })
}

/// `GET /_emulator/clock`.
async fn clock(AxumState(shared): Admin) -> Response {
    ok(&clock_json(&shared))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Advance {
    advance_ms: u64,
}

/// `POST /_emulator/clock` with `{"advance_ms": N}`.
async fn advance_clock(AxumState(shared): Admin, body: Bytes) -> Response {
    let advance: Advance = match serde_json::from_slice(&body) {
        Ok(advance) => advance,
        Err(error) => return bad_request(&format!("expected {{\"advance_ms\": N}}: {error}")),
    };
    saved(
        shared
            .advance_clock(Duration::from_millis(advance.advance_ms))
            .map(|()| clock_json(&shared)),
    )
}

/// `POST /_emulator/tasks/step`: every unfinished detail one stage on.
async fn step_tasks(AxumState(shared): Admin) -> Response {
    saved(shared.step_tasks().map(|moved| json!({ "moved": moved })))
}

/// `POST /_emulator/tasks/finish`: every unfinished task finished.
async fn finish_tasks(AxumState(shared): Admin) -> Response {
    saved(
        shared
            .finish_tasks()
            .map(|()| json!({ "pending_tasks": 0 })),
    )
}

/// The body of `POST /_emulator/faults`: the [`Faults`] knobs, durations in milliseconds, for
/// one `action` or, without it, for every action without faults of its own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FaultsBody {
    action: Option<String>,
    #[serde(default)]
    throttle_rate: f64,
    #[serde(default)]
    server_error_rate: f64,
    #[serde(default)]
    drop_rate: f64,
    #[serde(default)]
    drop_after_processing_rate: f64,
    #[serde(default)]
    latency_ms: u64,
    #[serde(default)]
    listing_lag_ms: u64,
    #[serde(default)]
    late_delivery_rate: f64,
    #[serde(default)]
    late_delivery_delay_ms: u64,
    #[serde(default)]
    seed: u64,
}

/// `POST /_emulator/faults`.
async fn set_faults(AxumState(shared): Admin, body: Bytes) -> Response {
    let body: FaultsBody = match serde_json::from_slice(&body) {
        Ok(body) => body,
        Err(error) => return bad_request(&format!("malformed faults: {error}")),
    };
    let rates = [
        body.throttle_rate,
        body.server_error_rate,
        body.drop_rate,
        body.drop_after_processing_rate,
        body.late_delivery_rate,
    ];
    if rates.iter().any(|rate| !(0.0..=1.0).contains(rate)) {
        return bad_request("every rate must be between 0 and 1");
    }
    let faults = Faults {
        throttle_rate: body.throttle_rate,
        server_error_rate: body.server_error_rate,
        latency: Duration::from_millis(body.latency_ms),
        drop_rate: body.drop_rate,
        drop_after_processing_rate: body.drop_after_processing_rate,
        seed: body.seed,
        late_orders: Vec::new(),
        late_delivery_rate: body.late_delivery_rate,
        late_delivery_delay: Duration::from_millis(body.late_delivery_delay_ms),
        listing_lag: Duration::from_millis(body.listing_lag_ms),
    };
    shared.set_faults(body.action.as_deref(), faults);
    ok(&json!({ "action": body.action, "status": "set" }))
}

/// `DELETE /_emulator/faults`: every fault off.
async fn clear_faults(AxumState(shared): Admin) -> Response {
    shared.clear_faults();
    ok(&json!({ "status": "cleared" }))
}
