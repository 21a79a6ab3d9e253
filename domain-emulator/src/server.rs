//! The running server: accept loop, request handling with faults, the task ticker, and the
//! [`Emulator`] handle tests hold.

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Extension, State as AxumState};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse as _, Response};
use axum::routing::get;
use hyper::service::Service as _;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::task::{JoinHandle, JoinSet};

use crate::actions::{self, Context};
use crate::calendar::now_ms;
use crate::config::EmulatorConfig;
use crate::demo::demo_domains;
use crate::faults::{FaultDecision, FaultInjector, SplitMix64};
use crate::request::{Authenticator, RawRequest, parse_urlencoded, requested_format};
use crate::respond::{ApiError, Format, error_body, success_body};
use crate::state::{DomainRecord, State, load_seed};
use crate::state_file::StateFile;
use crate::timed_body::TimedBody;

/// How long [`Emulator::shutdown`] lets in-flight requests finish before cutting them off.
const GRACEFUL_SHUTDOWN_LIMIT: Duration = Duration::from_secs(5);

/// Everything the request handlers and the ticker share.
struct Shared {
    state: Mutex<State>,
    /// The claimed state file, if any. Held locked while writing, so that a later write never
    /// carries an older snapshot; emptied when the emulator stops, which ends the claim and keeps
    /// a straggling request from writing after it.
    state_file: Mutex<Option<StateFile>>,
    auth: Authenticator,
    faults: Mutex<FaultInjector>,
    latency: Duration,
    /// Request ids and task numbers; seeded from the OS so task numbers stay unique across restarts.
    ids: Mutex<SplitMix64>,
    request_count: AtomicU64,
    task_step: Duration,
    /// Wakes the ticker when a task is created.
    new_work: Notify,
    quota: crate::quota::Quota,
}

/// Locks a mutex, carrying on after a panic elsewhere: the data is plain values, never half-updated
/// across an unwind point that matters here.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    fn uuid(&self) -> String {
        let (high, low) = {
            let mut ids = lock(&self.ids);
            (ids.next_u64(), ids.next_u64())
        };
        // Shape of a version-4 UUID.
        let high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000;
        let low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            high >> 32,
            (high >> 16) & 0xFFFF,
            high & 0xFFFF,
            low >> 48,
            low & 0xFFFF_FFFF_FFFF
        )
    }

    /// Writes the current state to the state file, if there is one.
    fn persist(&self) -> io::Result<()> {
        let writer = lock(&self.state_file);
        let Some(file) = writer.as_ref() else {
            return Ok(());
        };
        // Snapshot taken after acquiring the writer lock: each write carries everything that
        // changed before it started.
        let snapshot = lock(&self.state).clone();
        snapshot.save(file.path())
    }

    /// Ends the claim on the state file: nothing is written to it any more, and another emulator
    /// may take it.
    fn release_state_file(&self) {
        lock(&self.state_file).take();
    }
}

/// Per-connection data handed to the handler.
#[derive(Clone)]
struct Connection {
    peer: SocketAddr,
    /// Notified by the handler to make the connection task close the socket without answering.
    drop_now: Arc<Notify>,
}

/// A running emulator. Dropping it stops the server without saving; [`Emulator::shutdown`]
/// stops it gracefully and saves the state file.
pub struct Emulator {
    address: SocketAddr,
    access_key_id: String,
    access_key_secret: String,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    accept_task: Option<JoinHandle<()>>,
    ticker_task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("address", &self.address)
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Loads the account (state file, else seed file, else demo domains), binds
    /// `127.0.0.1:port` and starts serving and processing tasks.
    ///
    /// A state file that another emulator is using is refused, with
    /// [`io::ErrorKind::ResourceBusy`].
    pub async fn start(config: EmulatorConfig) -> io::Result<Emulator> {
        // Claimed before it is read: the state loaded is then the one this emulator goes on from.
        let state_file = config
            .state_file
            .as_deref()
            .map(StateFile::claim)
            .transpose()?;
        let state = match (&state_file, &config.seed_file) {
            (Some(file), _) if file.path().exists() => State::load(file.path())?,
            (_, Some(seed)) => State::with_domains(load_seed(seed)?),
            _ => State::with_domains(demo_domains(now_ms())),
        };
        let credential = config.credentials.first().cloned().ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "no credentials configured")
        })?;
        let listener = TcpListener::bind(("127.0.0.1", config.port)).await?;
        let address = listener.local_addr()?;
        let id_seed = getrandom::u64().map_err(|e| io::Error::other(e.to_string()))?;
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            state_file: Mutex::new(state_file),
            auth: Authenticator::new(config.credentials.clone()).with_timestamp_window(
                i64::try_from(config.timestamp_window.as_millis()).unwrap_or(i64::MAX),
            ),
            latency: config.faults.latency,
            faults: Mutex::new(FaultInjector::new(config.faults.clone())),
            ids: Mutex::new(SplitMix64::new(id_seed)),
            request_count: AtomicU64::new(0),
            task_step: config.task_step,
            new_work: Notify::new(),
            quota: config.quota.clone(),
        });
        // Write the file at once, so a state file always exists while the emulator runs.
        shared.persist()?;
        let (shutdown, shutdown_rx) = watch::channel(false);
        let accept_task = tokio::spawn(accept_loop(
            listener,
            shared.clone(),
            shutdown_rx.clone(),
            config.header_timeout,
        ));
        let ticker_task = tokio::spawn(run_tasks(shared.clone(), shutdown_rx));
        Ok(Emulator {
            address,
            access_key_id: credential.access_key_id,
            access_key_secret: credential.access_key_secret,
            shared,
            shutdown,
            accept_task: Some(accept_task),
            ticker_task: Some(ticker_task),
        })
    }

    /// `http://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// The listening address.
    pub fn local_addr(&self) -> SocketAddr {
        self.address
    }

    /// The first configured AccessKey id (the demo one by default).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The secret of [`Emulator::access_key_id`].
    pub fn access_key_secret(&self) -> &str {
        &self.access_key_secret
    }

    /// How many renewal orders (task details) were accepted for `domain`, whatever their
    /// outcome: more than one after a single intended renewal means a duplicate.
    pub fn orders_for(&self, domain: &str) -> u32 {
        lock(&self.shared.state)
            .orders
            .get(&domain.to_ascii_lowercase())
            .copied()
            .unwrap_or(0)
    }

    /// The domain as it is now (ASCII case ignored).
    pub fn domain(&self, name: &str) -> Option<DomainRecord> {
        lock(&self.shared.state).domain(name).cloned()
    }

    /// All domains of the account.
    pub fn domains(&self) -> Vec<DomainRecord> {
        lock(&self.shared.state).domains.clone()
    }

    /// HTTP requests received so far, faulty ones included.
    pub fn request_count(&self) -> u64 {
        self.shared.request_count.load(Ordering::SeqCst)
    }

    /// Stops accepting, lets in-flight requests finish (up to 5 s), stops the ticker and saves
    /// the state file. Unfinished tasks resume when an emulator starts from that file.
    pub async fn shutdown(mut self) -> io::Result<()> {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.accept_task.take() {
            let _ = task.await;
        }
        if let Some(task) = self.ticker_task.take() {
            let _ = task.await;
        }
        let saved = self.shared.persist();
        self.shared.release_state_file();
        saved
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        // Aborting also closes open connections: their tasks live in the accept task's JoinSet.
        for task in [self.accept_task.take(), self.ticker_task.take()]
            .into_iter()
            .flatten()
        {
            task.abort();
        }
        // Aborted connection tasks wind down later: the claim ends now, with no more writes.
        self.shared.release_state_file();
    }
}

async fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut shutdown: watch::Receiver<bool>,
    header_timeout: Duration,
) {
    let router = Router::new()
        .route("/", get(handle).post(handle))
        .with_state(shared);
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    connections.spawn(serve_connection(stream, peer, router.clone(), shutdown.clone(), header_timeout));
                }
                Err(error) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            _ = shutdown.changed() => break,
        }
    }
    drop(listener);
    let drained = tokio::time::timeout(GRACEFUL_SHUTDOWN_LIMIT, async {
        while connections.join_next().await.is_some() {}
    });
    let _ = drained.await;
    // Dropping the JoinSet aborts whatever is still running.
}

/// Serves one connection with hyper directly (not `axum::serve`) so that a fault can close the
/// socket without writing a response: dropping the connection future drops the stream.
///
/// A client gets `header_timeout` to send each request's head, counted from when the emulator
/// starts waiting for it, so a connection that stalls half-way through a head, or sits idle
/// between requests, is closed rather than held open for ever; then `header_timeout` again for
/// the body. `Duration::ZERO` turns both limits off.
async fn serve_connection(
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
    header_timeout: Duration,
) {
    let drop_now = Arc::new(Notify::new());
    let connection_info = Connection {
        peer,
        drop_now: drop_now.clone(),
    };
    let router = TowerToHyperService::new(router);
    let limit = (!header_timeout.is_zero()).then_some(header_timeout);
    let service =
        hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
            let mut request = match limit {
                Some(limit) => {
                    request.map(|body| axum::body::Body::new(TimedBody::new(body, limit)))
                }
                None => request.map(axum::body::Body::new),
            };
            request.extensions_mut().insert(connection_info.clone());
            router.call(request)
        });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(limit);
    let connection = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    let mut shutting_down = *shutdown.borrow();
    if shutting_down {
        connection.as_mut().graceful_shutdown();
    }
    loop {
        tokio::select! {
            result = connection.as_mut() => {
                if let Err(error) = result {
                    tracing::debug!(%error, "connection ended with an error");
                }
                return;
            }
            () = drop_now.notified() => return,
            changed = shutdown.changed(), if !shutting_down => {
                shutting_down = true;
                if changed.is_ok() {
                    connection.as_mut().graceful_shutdown();
                }
            }
        }
    }
}

async fn handle(
    AxumState(shared): AxumState<Arc<Shared>>,
    Extension(connection): Extension<Connection>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    shared.request_count.fetch_add(1, Ordering::SeqCst);
    let request = RawRequest {
        method: method.as_str().to_owned(),
        query: uri.query().unwrap_or("").to_owned(),
        headers: headers
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.to_vec(),
    };
    let decision = lock(&shared.faults).decide_request(is_renewal_order(&request));
    let request_id = shared.uuid().to_uppercase();
    let format = requested_format(&request);
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    let fault_error = match decision {
        FaultDecision::DropBefore => return drop_connection(&connection).await,
        FaultDecision::Throttle => Some(ApiError::new(
            400,
            "Throttling.User",
            "Request was denied due to user flow control.",
        )),
        FaultDecision::InternalError => Some(internal_error()),
        FaultDecision::Late(delay) => {
            // The gateway gives up on the connection at once; the request is still on its way
            // and reaches the service later, authenticated (time stamp included) only then.
            let late_shared = shared.clone();
            tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                let _ = process(&late_shared, &request, connection.peer, &request_id);
            });
            return drop_connection(&connection).await;
        }
        FaultDecision::None | FaultDecision::UnavailableAfter | FaultDecision::DropAfter => None,
    };
    if let Some(error) = fault_error {
        return error_response(&error, &request_id, format);
    }
    debug_assert!(decision.processes());
    let response = process(&shared, &request, connection.peer, &request_id);
    match decision {
        FaultDecision::DropAfter => drop_connection(&connection).await,
        FaultDecision::UnavailableAfter => error_response(
            &ApiError::new(
                503,
                "ServiceUnavailable",
                "The request has failed due to a temporary failure of the server.",
            ),
            &request_id,
            format,
        ),
        _ => response,
    }
}

fn internal_error() -> ApiError {
    ApiError::new(
        500,
        "InternalError",
        "The request processing has failed due to some unknown error, exception or failure.",
    )
}

/// Whether the request is a paid renewal order (the action read without authenticating it).
fn is_renewal_order(request: &RawRequest) -> bool {
    let is_order = |action: &str| {
        matches!(
            action,
            "SaveBatchTaskForCreatingOrderRenew" | "SaveSingleTaskForCreatingOrderRenew"
        )
    };
    if let Some((_, action)) = request.headers.iter().find(|(n, _)| n == "x-acs-action") {
        return is_order(action);
    }
    parse_urlencoded(&request.query)
        .into_iter()
        .chain(request.form_body_pairs())
        .any(|(name, value)| name == "Action" && is_order(&value))
}

/// Makes the connection task close the socket, and never answers.
async fn drop_connection(connection: &Connection) -> Response {
    connection.drop_now.notify_one();
    std::future::pending().await
}

/// Authenticates and runs the action; saves the state before acknowledging a change.
fn process(shared: &Shared, request: &RawRequest, peer: SocketAddr, request_id: &str) -> Response {
    let call = match shared.auth.authenticate(request, now_ms()) {
        Ok(call) => call,
        Err((error, format)) => return error_response(&error, request_id, format),
    };
    if let Err(refusal) = shared.quota.admit(request, &call) {
        return refusal.respond(error_response(&refusal.error(), request_id, call.format));
    }
    let client_ip = peer.ip().to_string();
    let listing_lag_ms = lock(&shared.faults).listing_lag_ms();
    let outcome = {
        let mut state = lock(&shared.state);
        let mut new_task_no = || shared.uuid();
        let mut context = Context {
            state: &mut state,
            now_ms: now_ms(),
            client_ip: &client_ip,
            new_task_no: &mut new_task_no,
            listing_lag_ms,
        };
        actions::dispatch(&call.action, &call.params, &mut context)
    };
    match outcome {
        Ok(outcome) => {
            if outcome.mutated {
                shared.new_work.notify_one();
                if let Err(error) = shared.persist() {
                    tracing::error!(%error, "saving the state file failed");
                    return error_response(&internal_error(), request_id, call.format);
                }
            }
            let body = success_body(&call.action, request_id, outcome.fields, call.format);
            response(StatusCode::OK, call.format, request_id, body)
        }
        Err(error) => error_response(&error, request_id, call.format),
    }
}

fn error_response(error: &ApiError, request_id: &str, format: Format) -> Response {
    let status = StatusCode::from_u16(error.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response(
        status,
        format,
        request_id,
        error_body(error, request_id, format),
    )
}

fn response(status: StatusCode, format: Format, request_id: &str, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, format.content_type().to_owned()),
            (
                header::HeaderName::from_static("x-acs-request-id"),
                request_id.to_owned(),
            ),
        ],
        body,
    )
        .into_response()
}

/// Moves task details through their stages, one stage per `task_step`, saving after each change.
async fn run_tasks(shared: Arc<Shared>, mut shutdown: watch::Receiver<bool>) {
    let step_ms = i64::try_from(shared.task_step.as_millis()).unwrap_or(i64::MAX);
    let period = (shared.task_step / 5).clamp(Duration::from_millis(1), Duration::from_millis(50));
    loop {
        let (changed, pending) = {
            let mut state = lock(&shared.state);
            let changed = state.advance(now_ms(), step_ms);
            (changed, state.has_pending_work())
        };
        if changed && let Err(error) = shared.persist() {
            tracing::error!(%error, "saving the state file failed");
        }
        tokio::select! {
            () = tokio::time::sleep(period), if pending => {}
            () = shared.new_work.notified() => {}
            _ = shutdown.changed() => return,
        }
    }
}
