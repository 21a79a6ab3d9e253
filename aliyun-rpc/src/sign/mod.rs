//! Request signing: V1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256), and the clock and nonce sources
//! they draw on.
//!
//! Both sources are traits so that tests can pin them and reproduce a published signature.

use std::fmt::Debug;
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

mod v1;
mod v3;

pub use v1::{V1Signature, sign_v1};
pub(crate) use v1::{
    V1Stream, canonical_query as v1_canonical_query, string_to_sign as v1_string_to_sign,
};
pub(crate) use v3::{CanonicalRequest, EMPTY_PAYLOAD_SHA256, v3_canonical_query};
pub use v3::{V3_ALGORITHM, V3Signature, sha256_hex, sign_v3};

/// Where the `Timestamp` of a request comes from.
pub trait Clock: Send + Sync + Debug {
    /// The current time.
    fn now(&self) -> SystemTime;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock stopped at one instant, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub SystemTime);

impl Clock for FixedClock {
    fn now(&self) -> SystemTime {
        self.0
    }
}

/// Where the `SignatureNonce` of a request comes from. Every attempt needs a fresh one.
pub trait NonceSource: Send + Sync + Debug {
    /// A value never returned before.
    fn nonce(&self) -> String;
}

/// 128 bits from the operating system's CSPRNG, as 32 lowercase hex digits (the official SDKs'
/// format). The bytes are fetched in blocks and never handed out twice; a process that forks
/// should not sign in both parent and child without an `exec`.
#[derive(Debug, Clone, Copy, Default)]
pub struct RandomNonce;

/// Bytes from the operating system's random source, fetched a block at a time and each handed
/// out once: one system call serves 64 nonces.
struct RandomPool {
    bytes: [u8; 1024],
    used: usize,
}

static RANDOM_POOL: Mutex<RandomPool> = Mutex::new(RandomPool {
    bytes: [0; 1024],
    used: 1024,
});

impl RandomPool {
    fn take(&mut self, out: &mut [u8]) {
        if self.used + out.len() > self.bytes.len() {
            // The OS random source only fails on platforms without one; a predictable nonce
            // would let requests be replayed, so refusing to continue is the safe answer.
            getrandom::fill(&mut self.bytes)
                .expect("the operating system's random source is unavailable");
            self.used = 0;
        }
        out.copy_from_slice(&self.bytes[self.used..self.used + out.len()]);
        // Wiped as taken, so that no later reader of the pool sees a nonce already used.
        self.bytes[self.used..self.used + out.len()].fill(0);
        self.used += out.len();
    }
}

impl NonceSource for RandomNonce {
    fn nonce(&self) -> String {
        let mut bytes = [0u8; 16];
        RANDOM_POOL
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take(&mut bytes);
        let mut out = String::with_capacity(32);
        for byte in bytes {
            out.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
            out.push(char::from_digit(u32::from(byte & 0xf), 16).unwrap_or('0'));
        }
        out
    }
}

/// A nonce that is the same every time, for tests that reproduce a known signature.
#[derive(Debug, Clone)]
pub struct FixedNonce(pub String);

impl NonceSource for FixedNonce {
    fn nonce(&self) -> String {
        self.0.clone()
    }
}

/// Formats a time as the UTC `YYYY-MM-DDThh:mm:ssZ` that `Timestamp` takes.
pub fn format_timestamp(time: SystemTime) -> String {
    humantime::format_rfc3339_seconds(time).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn timestamp_is_utc_whole_seconds() {
        let time = UNIX_EPOCH + Duration::from_millis(1_456_231_584_999);
        assert_eq!(format_timestamp(time), "2016-02-23T12:46:24Z");
    }

    #[test]
    fn random_nonces_are_32_hex_digits_and_differ() {
        let a = RandomNonce.nonce();
        let b = RandomNonce.nonce();
        assert_eq!(a.len(), 32);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
        assert_ne!(a, b);
    }

    #[test]
    fn nonces_stay_distinct_across_many_pool_refills() {
        // 64 nonces per refill: 20,000 span over 300 refills.
        let nonces: std::collections::HashSet<String> =
            (0..20_000).map(|_| RandomNonce.nonce()).collect();
        assert_eq!(nonces.len(), 20_000);
    }
}
