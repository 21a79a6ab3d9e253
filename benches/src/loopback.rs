//! A loopback server that answers every request with one fixed JSON body, on a runtime of its own,
//! and the timed loops both sides of the end-to-end comparison run against it.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A body that decodes as a `SaveBatchTaskForCreatingOrderRenew` and as a
/// `QueryDomainByDomainName` answer (unknown keys are ignored).
pub const FIXED_BODY: &str = r#"{"RequestId":"F51977F9-2B40-462B-BCCD-CF5BB1E9DB56","TaskNo":"d3babb0a-c939-4c25-8c65-c47b65f5492a","DomainName":"example.com","InstanceId":"S20261H1234567","ExpirationDateLong":1767225600000,"DomainStatus":"1"}"#;

/// A server thread and the runtime it runs on.
#[derive(Debug)]
pub struct FixedServer {
    /// `http://127.0.0.1:port/`.
    pub url: String,
}

/// Starts the server on a one-worker runtime in a thread of its own; it runs until the process ends.
pub fn start_fixed_server() -> FixedServer {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = server_runtime();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("a loopback port");
            let address = listener.local_addr().expect("a bound address");
            sender
                .send(format!("http://{address}/"))
                .expect("the caller waits");
            let app = axum::Router::new().fallback(|body: axum::body::Bytes| async move {
                // Read the whole request, as a real server must, then answer.
                std::hint::black_box(body.len());
                (
                    [(
                        axum::http::header::CONTENT_TYPE,
                        "application/json;charset=utf-8",
                    )],
                    FIXED_BODY,
                )
            });
            axum::serve(listener, app).await.expect("the server runs");
        });
    });
    FixedServer {
        url: receiver.recv().expect("the server starts"),
    }
}

/// The runtime a server runs on: one worker, so that client and server each have a core.
pub fn server_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime")
}

/// The runtime the client side runs on: one worker as well.
pub fn client_runtime() -> tokio::runtime::Runtime {
    server_runtime()
}

/// Completed calls per second of `call`, `in_flight` at a time, for `duration`.
///
/// Each of `in_flight` tasks loops on `call` until the time is up; every call must succeed.
pub async fn rate<F, Fut>(in_flight: usize, duration: Duration, call: F) -> f64
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send,
{
    let call = Arc::new(call);
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..in_flight)
        .map(|_| {
            let (call, stop, done) = (call.clone(), stop.clone(), done.clone());
            tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    call().await;
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    tokio::time::sleep(duration).await;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        task.await.expect("a call panicked");
    }
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}
