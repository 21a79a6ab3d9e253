//! The running server: accept loop, request handling with faults, the task ticker, and the
//! [`Emulator`] handle tests hold.

use std::collections::BTreeMap;
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
use crate::admin;
use crate::calendar::now_ms;
use crate::clock::Clock;
use crate::config::{Credential, EmulatorConfig};
use crate::demo::demo_domains;
use crate::faults::{FaultBook, FaultDecision, Faults, SplitMix64};
use crate::recorder::{CallOutcome, Recorder};
use crate::request::{Authenticator, RawRequest, parse_urlencoded, requested_format};
use crate::respond::{ApiError, Format, error_body, success_body};
use crate::state::{DomainRecord, State, load_seed};
use crate::state_file::StateFile;
use crate::timed_body::TimedBody;

/// How long [`Emulator::shutdown`] lets in-flight requests finish before cutting them off.
const GRACEFUL_SHUTDOWN_LIMIT: Duration = Duration::from_secs(5);

/// Everything the request handlers, the admin endpoints, the ticker and the handle share.
pub(crate) struct Shared {
    pub(crate) state: Mutex<State>,
    /// The claimed state file, if any. Held locked while writing, so that a later write never
    /// carries an older snapshot; emptied when the emulator stops, which ends the claim and keeps
    /// a straggling request from writing after it.
    state_file: Mutex<Option<StateFile>>,
    auth: Authenticator,
    pub(crate) faults: Mutex<FaultBook>,
    /// The faults the emulator started with, which a reset restores.
    pub(crate) configured_faults: Faults,
    /// Request ids and task numbers; seeded from the OS so task numbers stay unique across restarts.
    ids: Mutex<SplitMix64>,
    request_count: AtomicU64,
    pub(crate) task_step: Duration,
    /// Wakes the ticker when a task is created or the clock moves.
    pub(crate) new_work: Notify,
    /// The account's time: the system clock plus what tests advanced it by.
    pub(crate) clock: Clock,
    /// Every API call answered.
    pub(crate) recorder: Recorder,
    /// The domains the emulator started with, which a reset restores.
    pub(crate) initial_domains: Vec<DomainRecord>,
    /// Late-delivered requests still on their way, aborted when the emulator stops.
    late_deliveries: Mutex<JoinSet<()>>,
    /// Request quotas per AccessKey and action: authenticated calls past them are throttled.
    quota: crate::quota::Quota,
}

/// Locks a mutex, carrying on after a panic elsewhere: the data is plain values, never half-updated
/// across an unwind point that matters here.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
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

    /// Writes the current state, with the nonces used recently, to the state file, if there is
    /// one.
    pub(crate) fn persist(&self) -> io::Result<()> {
        let writer = lock(&self.state_file);
        let Some(file) = writer.as_ref() else {
            return Ok(());
        };
        // Snapshot taken after acquiring the writer lock: each write carries everything that
        // changed before it started.
        let mut snapshot = lock(&self.state).clone();
        snapshot.recent_nonces = self.auth.recent_nonces(now_ms());
        snapshot.save(file.path())
    }

    /// Records an answered call, its parameters read from the request as sent.
    fn record(
        &self,
        request: &RawRequest,
        action: Option<&str>,
        outcome: CallOutcome,
        applied: bool,
        request_id: &str,
    ) {
        let parameters: BTreeMap<String, String> = parse_urlencoded(&request.query)
            .into_iter()
            .chain(request.form_body_pairs())
            .collect();
        self.recorder.record(
            action.unwrap_or(""),
            parameters,
            outcome,
            applied,
            request_id,
        );
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

/// A running emulator. Dropping it stops the server, its task ticker and its connections at
/// once (every change was already saved when it was answered); [`Emulator::shutdown`] stops it
/// gracefully, letting requests in flight finish.
///
/// Every instance is independent: its own port, account, clock, recorder and faults, so one test
/// binary may run many at once.
pub struct Emulator {
    address: SocketAddr,
    credential: Credential,
    pub(crate) shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    accept_task: Option<JoinHandle<()>>,
    ticker_task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("address", &self.address)
            .field("access_key_id", &self.credential.access_key_id)
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// A configuration to finish with [`EmulatorConfig::start`]:
    /// `Emulator::builder().domain(..).start().await?`.
    pub fn builder() -> EmulatorConfig {
        EmulatorConfig::new()
    }

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
        let state = match &state_file {
            Some(file) if file.path().exists() => State::load(file.path())?,
            _ => State::with_domains(seeded_domains(&config)?),
        };
        let initial_domains = state.domains.clone();
        let recent_nonces = state.recent_nonces.clone();
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
            faults: Mutex::new(FaultBook::new(config.faults.clone())),
            configured_faults: config.faults.clone(),
            ids: Mutex::new(SplitMix64::new(id_seed)),
            request_count: AtomicU64::new(0),
            task_step: config.task_step,
            new_work: Notify::new(),
            clock: Clock::default(),
            recorder: Recorder::default(),
            initial_domains,
            late_deliveries: Mutex::new(JoinSet::new()),
            quota: config.quota.clone(),
        });
        // A request signed before a restart cannot be replayed after it.
        shared.auth.restore_nonces(&recent_nonces);
        // Write the file at once, so a state file always exists while the emulator runs.
        shared.persist()?;
        let (shutdown, shutdown_rx) = watch::channel(false);
        let accept_task = tokio::spawn(accept_loop(
            listener,
            shared.clone(),
            shutdown_rx.clone(),
            config.header_timeout,
            config.admin_endpoints,
        ));
        let ticker_task = tokio::spawn(run_tasks(shared.clone(), shutdown_rx));
        Ok(Emulator {
            address,
            credential,
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

    /// `http://127.0.0.1:PORT`: the endpoint to give a client (`aliyun-rpc`'s
    /// `ClientBuilder::endpoint`, or an official SDK's `endpoint` with `protocol` `http`).
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.address)
    }

    /// `127.0.0.1:PORT`: the endpoint in the form official SDKs take it (`Config(endpoint=…,
    /// protocol='http')`).
    pub fn host(&self) -> String {
        self.address.to_string()
    }

    /// The first accepted credential (the demo pair unless configured otherwise), to sign
    /// requests with.
    pub fn access_key(&self) -> &Credential {
        &self.credential
    }

    /// `http://127.0.0.1:PORT/_emulator`: the root of the admin endpoints (when enabled).
    pub fn admin_url(&self) -> String {
        format!("http://{}{}", self.address, admin::PREFIX)
    }

    /// The listening address.
    pub fn local_addr(&self) -> SocketAddr {
        self.address
    }

    /// The first configured AccessKey id (the demo one by default).
    pub fn access_key_id(&self) -> &str {
        &self.credential.access_key_id
    }

    /// The secret of [`Emulator::access_key_id`].
    pub fn access_key_secret(&self) -> &str {
        &self.credential.access_key_secret
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
        lock(&self.shared.late_deliveries).abort_all();
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
        lock(&self.shared.late_deliveries).abort_all();
        // Aborted connection tasks wind down later: the claim ends now, with no more writes.
        self.shared.release_state_file();
    }
}

async fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut shutdown: watch::Receiver<bool>,
    header_timeout: Duration,
    admin_endpoints: bool,
) {
    let mut router = Router::new().route("/", get(handle).post(handle));
    if admin_endpoints {
        // Distinct paths: an API request (always at `/`) can never reach them, whatever its
        // parameters, and they never reach the API.
        router = router.nest(admin::PREFIX, admin::router());
    }
    let router = router.with_state(shared);
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
    let action = request_action(&request);
    let plan = lock(&shared.faults).plan(
        action.as_deref(),
        action.as_deref().is_some_and(is_renewal_order),
    );
    let request_id = shared.uuid().to_uppercase();
    let format = requested_format(&request);
    if !plan.latency.is_zero() {
        tokio::time::sleep(plan.latency).await;
    }
    let fault_error = match plan.decision {
        FaultDecision::DropBefore => {
            shared.record(
                &request,
                action.as_deref(),
                CallOutcome::Dropped,
                false,
                &request_id,
            );
            return drop_connection(&connection).await;
        }
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
            {
                let mut late = lock(&shared.late_deliveries);
                while late.try_join_next().is_some() {}
                late.spawn(async move {
                    tokio::time::sleep(delay).await;
                    let answer = process(
                        &late_shared,
                        &request,
                        connection.peer,
                        &request_id,
                        plan.listing_lag_ms,
                    );
                    late_shared.record(
                        &request,
                        action.as_deref(),
                        CallOutcome::Dropped,
                        answer.applied,
                        &request_id,
                    );
                });
            }
            return drop_connection(&connection).await;
        }
        FaultDecision::None | FaultDecision::UnavailableAfter | FaultDecision::DropAfter => None,
    };
    if let Some(error) = fault_error {
        shared.record(
            &request,
            action.as_deref(),
            error.outcome(),
            false,
            &request_id,
        );
        return error_response(&error, &request_id, format);
    }
    debug_assert!(plan.decision.processes());
    let answer = process(
        &shared,
        &request,
        connection.peer,
        &request_id,
        plan.listing_lag_ms,
    );
    match plan.decision {
        FaultDecision::DropAfter => {
            shared.record(
                &request,
                action.as_deref(),
                CallOutcome::Dropped,
                answer.applied,
                &request_id,
            );
            drop_connection(&connection).await
        }
        FaultDecision::UnavailableAfter => {
            let error = ApiError::new(
                503,
                "ServiceUnavailable",
                "The request has failed due to a temporary failure of the server.",
            );
            shared.record(
                &request,
                action.as_deref(),
                error.outcome(),
                answer.applied,
                &request_id,
            );
            error_response(&error, &request_id, format)
        }
        _ => {
            shared.record(
                &request,
                action.as_deref(),
                answer.outcome,
                answer.applied,
                &request_id,
            );
            answer.response
        }
    }
}

fn internal_error() -> ApiError {
    ApiError::new(
        500,
        "InternalError",
        "The request processing has failed due to some unknown error, exception or failure.",
    )
}

/// Whether `action` is a paid renewal order.
fn is_renewal_order(action: &str) -> bool {
    matches!(
        action,
        "SaveBatchTaskForCreatingOrderRenew" | "SaveSingleTaskForCreatingOrderRenew"
    )
}

/// The action a request names (`x-acs-action`, else `Action`), read without authenticating it:
/// to choose its faults and to record it.
fn request_action(request: &RawRequest) -> Option<String> {
    if let Some((_, action)) = request.headers.iter().find(|(n, _)| n == "x-acs-action") {
        return Some(action.clone());
    }
    parse_urlencoded(&request.query)
        .into_iter()
        .chain(request.form_body_pairs())
        .rfind(|(name, _)| name == "Action")
        .map(|(_, value)| value)
}

/// Makes the connection task close the socket, and never answers.
async fn drop_connection(connection: &Connection) -> Response {
    connection.drop_now.notify_one();
    std::future::pending().await
}

/// The answer to one processed request, and what to record about it.
struct Answer {
    response: Response,
    outcome: CallOutcome,
    /// Whether the action succeeded (its effect, if any, took place).
    applied: bool,
}

impl Answer {
    fn error(error: &ApiError, request_id: &str, format: Format) -> Self {
        Self {
            response: error_response(error, request_id, format),
            outcome: error.outcome(),
            applied: false,
        }
    }
}

/// Authenticates and runs the action; saves the state (and the nonce just used) before
/// answering.
fn process(
    shared: &Shared,
    request: &RawRequest,
    peer: SocketAddr,
    request_id: &str,
    listing_lag_ms: i64,
) -> Answer {
    // Time stamps are checked against the system clock, which clients sign with; the account
    // lives on the emulator's clock, which tests may advance.
    let call = match shared.auth.authenticate(request, now_ms()) {
        Ok(call) => call,
        Err((error, format)) => return Answer::error(&error, request_id, format),
    };
    if let Err(refusal) = shared.quota.admit(request, &call) {
        let mut answer = Answer::error(&refusal.error(), request_id, call.format);
        answer.response = refusal.respond(answer.response);
        return answer;
    }
    let client_ip = peer.ip().to_string();
    let outcome = {
        let mut state = lock(&shared.state);
        let mut new_task_no = || shared.uuid();
        let mut context = Context {
            state: &mut state,
            now_ms: shared.clock.now_ms(),
            client_ip: &client_ip,
            new_task_no: &mut new_task_no,
            listing_lag_ms,
        };
        actions::dispatch(&call.action, &call.params, &mut context)
    };
    if outcome.as_ref().is_ok_and(|o| o.mutated) {
        shared.new_work.notify_one();
    }
    // Saved after every authenticated call, changed or not: the nonce it used must survive a
    // restart, or the request could be replayed after one.
    if let Err(error) = shared.persist() {
        tracing::error!(%error, "saving the state file failed");
        return Answer::error(&internal_error(), request_id, call.format);
    }
    match outcome {
        Ok(outcome) => {
            let body = success_body(&call.action, request_id, outcome.fields, call.format);
            Answer {
                response: response(StatusCode::OK, call.format, request_id, body),
                outcome: CallOutcome::Success,
                applied: true,
            }
        }
        Err(error) => Answer::error(&error, request_id, call.format),
    }
}

/// The account the emulator starts with when there is no state file yet: the seed file's
/// domains, the configured ones and the demo set if asked for; the demo set alone when nothing
/// was given.
fn seeded_domains(config: &EmulatorConfig) -> io::Result<Vec<DomainRecord>> {
    let mut domains = match &config.seed_file {
        Some(seed) => load_seed(seed)?,
        None => Vec::new(),
    };
    domains.extend(config.domains.iter().cloned());
    let nothing_given = config.seed_file.is_none() && config.domains.is_empty();
    if config.demo_domains || nothing_given {
        domains.extend(demo_domains(now_ms()));
    }
    Ok(domains)
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
            let changed = state.advance(shared.clock.now_ms(), step_ms);
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
