//! Keeps temporary credentials until shortly before they expire, with one refresh at a time.

use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::sign::{Clock, SystemClock};

/// How long before `Expiration` credentials are refreshed, as in the official SDKs.
pub const DEFAULT_REFRESH_WINDOW: Duration = Duration::from_secs(180);

/// Wraps a source of temporary credentials (STS, metadata, a credentials URI) and asks it again
/// only when the credentials it gave have `DEFAULT_REFRESH_WINDOW` (180 s) or less left.
///
/// - Concurrent callers share one refresh: the first asks the source, the others wait for its
///   answer.
/// - A failed refresh while the old credentials have not yet expired returns the old ones (the
///   next call tries again); once they have expired, the error.
/// - Credentials without an expiration are kept for good.
#[derive(Debug)]
pub struct CachedProvider<P> {
    source: P,
    current: RwLock<Option<Credentials>>,
    refresh: tokio::sync::Mutex<()>,
    refresh_window: Duration,
    clock: Arc<dyn Clock>,
}

impl<P: ProvideCredentials> CachedProvider<P> {
    /// Caches what `source` provides.
    pub fn new(source: P) -> CachedProvider<P> {
        CachedProvider {
            source,
            current: RwLock::new(None),
            refresh: tokio::sync::Mutex::new(()),
            refresh_window: DEFAULT_REFRESH_WINDOW,
            clock: Arc::new(SystemClock),
        }
    }

    /// Refreshes when `window` or less is left before expiration (default 180 s).
    #[must_use]
    pub fn refresh_window(mut self, window: Duration) -> CachedProvider<P> {
        self.refresh_window = window;
        self
    }

    /// Tells the time with `clock` (tests move it forward).
    #[must_use]
    pub fn clock(mut self, clock: impl Clock + 'static) -> CachedProvider<P> {
        self.clock = Arc::new(clock);
        self
    }

    /// The wrapped source.
    pub fn source(&self) -> &P {
        &self.source
    }

    /// The cached credentials, if they need no refresh yet.
    fn fresh(&self) -> Option<Credentials> {
        let now = self.clock.now();
        let current = self.read();
        current
            .as_ref()
            .filter(|credentials| match credentials.expiration() {
                None => true,
                Some(expiration) => !needs_refresh(expiration, now, self.refresh_window),
            })
            .cloned()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Option<Credentials>> {
        // A panic while holding the lock leaves a value that is still whole.
        self.current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The credentials to use now, refreshing them first if needed.
    pub async fn credentials(&self) -> Result<Credentials, CredentialsError> {
        if let Some(credentials) = self.fresh() {
            return Ok(credentials);
        }
        let _refreshing = self.refresh.lock().await;
        // Another caller may have refreshed while this one waited.
        if let Some(credentials) = self.fresh() {
            return Ok(credentials);
        }
        match self.source.provide_credentials().await {
            Ok(credentials) => {
                *self
                    .current
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(credentials.clone());
                Ok(credentials)
            }
            Err(error) => {
                let now = self.clock.now();
                let still_valid = self.read().as_ref().and_then(|old| {
                    old.expiration()
                        .is_some_and(|expiration| now < expiration)
                        .then(|| old.clone())
                });
                match still_valid {
                    Some(old) => {
                        tracing::warn!(
                            %error,
                            "refreshing credentials failed; using the current ones until they expire"
                        );
                        Ok(old)
                    }
                    None => Err(error),
                }
            }
        }
    }
}

/// Whether credentials expiring at `expiration` have `window` or less left at `now`.
fn needs_refresh(expiration: SystemTime, now: SystemTime, window: Duration) -> bool {
    match expiration.duration_since(now) {
        Ok(left) => left <= window,
        Err(_) => true,
    }
}

impl<P: ProvideCredentials> ProvideCredentials for CachedProvider<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.credentials())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::UNIX_EPOCH;

    /// Answers from a script and counts the calls.
    #[derive(Debug)]
    struct Scripted {
        calls: AtomicUsize,
        answers: Mutex<Vec<Result<Credentials, CredentialsError>>>,
    }

    impl Scripted {
        fn new(mut answers: Vec<Result<Credentials, CredentialsError>>) -> Scripted {
            answers.reverse();
            Scripted {
                calls: AtomicUsize::new(0),
                answers: Mutex::new(answers),
            }
        }
    }

    impl ProvideCredentials for Scripted {
        fn provide_credentials(&self) -> CredentialsFuture<'_> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            let answer = self.answers.lock().unwrap().pop().expect("scripted answer");
            Box::pin(async move { answer })
        }
    }

    /// A clock a test can move.
    #[derive(Debug, Clone)]
    struct TestClock(Arc<Mutex<SystemTime>>);

    impl Clock for TestClock {
        fn now(&self) -> SystemTime {
            *self.0.lock().unwrap()
        }
    }

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    fn temporary(id: &str, expires: u64) -> Credentials {
        Credentials::new(id, "s")
            .with_security_token("t")
            .with_expiration(at(expires))
    }

    #[tokio::test]
    async fn keeps_credentials_until_180_seconds_are_left() {
        let clock = TestClock(Arc::new(Mutex::new(at(1_000))));
        let cached = CachedProvider::new(Scripted::new(vec![
            Ok(temporary("first", 4_600)),
            Ok(temporary("second", 8_200)),
        ]))
        .clock(clock.clone());
        assert_eq!(cached.credentials().await.unwrap().access_key_id(), "first");
        *clock.0.lock().unwrap() = at(4_419);
        assert_eq!(cached.credentials().await.unwrap().access_key_id(), "first");
        *clock.0.lock().unwrap() = at(4_420);
        assert_eq!(
            cached.credentials().await.unwrap().access_key_id(),
            "second"
        );
        assert_eq!(cached.source().calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_failed_refresh_keeps_still_valid_credentials_then_fails_after_expiry() {
        let clock = TestClock(Arc::new(Mutex::new(at(1_000))));
        let failure = || Err(CredentialsError::Unavailable("STS is down".into()));
        let cached = CachedProvider::new(Scripted::new(vec![
            Ok(temporary("first", 1_100)),
            failure(),
            failure(),
        ]))
        .clock(clock.clone());
        assert_eq!(cached.credentials().await.unwrap().access_key_id(), "first");
        *clock.0.lock().unwrap() = at(1_050);
        assert_eq!(cached.credentials().await.unwrap().access_key_id(), "first");
        *clock.0.lock().unwrap() = at(1_100);
        assert_eq!(
            cached.credentials().await.unwrap_err(),
            CredentialsError::Unavailable("STS is down".into())
        );
    }

    #[tokio::test]
    async fn credentials_without_expiration_are_kept_for_good() {
        let cached = CachedProvider::new(Scripted::new(vec![Ok(Credentials::new("id", "s"))]));
        for _ in 0..3 {
            assert_eq!(cached.credentials().await.unwrap().access_key_id(), "id");
        }
        assert_eq!(cached.source().calls.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn expired_or_nearly_expired_needs_refresh() {
        let window = DEFAULT_REFRESH_WINDOW;
        assert!(needs_refresh(at(100), at(200), window));
        assert!(needs_refresh(at(380), at(200), window));
        assert!(!needs_refresh(at(381), at(200), window));
    }
}
